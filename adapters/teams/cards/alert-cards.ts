/** One Teams message for a batch of alerts: each new story linked, with its outlets, topic and date (the Slack alert's twin). */
import { entityName, formatDay } from '../../../digests/brief/labels.js';
import type { AlertItem } from '../../../src/delivery/deliverer.js';
import { isRightToLeft, uiText, type UiLang } from '../../../src/i18n/interface-text.js';
import { readsRightToLeft } from '../../../src/text/direction.js';
import { adaptiveCard, type CardElement, type Container, heading, subtle, type TeamsMessage, textBlock } from './adaptive-card.js';
import { cardText, safeCardUrl } from './text.js';

/** Alerts per message: a batch is a glance, not a brief (the sender caps the day anyway). */
const MAX_ITEMS = 20;

/** `lang`: the subscriber's language (the delivery target's); an Arabic card is rtl, an Arabic title in English sits in an rtl container. */
export function renderAlertCard(items: readonly AlertItem[], lang: UiLang = 'en'): TeamsMessage {
  const t = uiText(lang);
  const rtl = isRightToLeft(lang);
  const shown = items.slice(0, MAX_ITEMS);
  const topics = [...new Set(shown.map((i) => cardText(entityName(i.topic, lang), 80)))].join(t.listSeparator);
  const body: CardElement[] = [heading(t.newOn(topics))];
  for (const item of shown) {
    const title = cardText(item.title, 300);
    const url = safeCardUrl(item.url);
    const also = item.alsoReportedBy?.length ? t.alsoBy(item.alsoReportedBy.slice(0, 5).map((s) => cardText(s, 80)).join(t.listSeparator)) : '';
    const meta = [item.published ? formatDay(item.published.slice(0, 10), lang) : t.undated, item.source ? cardText(item.source, 80) : '', also, cardText(entityName(item.topic, lang), 80), cardText(t.languageName(item.lang), 40)]
      .filter((m) => m !== '')
      .join(' · ');
    const story: Container = {
      type: 'Container',
      spacing: 'Medium',
      items: [textBlock(title, { weight: 'Bolder', ...(url ? { color: 'Accent' as const } : {}) }), subtle(meta)],
      ...(!rtl && readsRightToLeft(item.title) ? { rtl: true as const } : {}),
      ...(url ? { selectAction: { type: 'Action.OpenUrl' as const, title, url } } : {}),
    };
    body.push(story);
  }
  const quoted = (c: string): string => (rtl ? `«${c}»` : `"${c}"`);
  body.push(subtle(t.alertsFooter(quoted, quoted)));
  return { text: t.newStories(shown.length, topics).slice(0, 500), card: adaptiveCard(body, rtl) };
}

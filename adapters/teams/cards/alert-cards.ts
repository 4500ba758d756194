/** One Teams message for a batch of alerts: each new story linked, with its outlets, topic and date (the Slack alert's twin). */
import { formatDay } from '../../../digests/brief/labels.js';
import type { AlertItem } from '../../../src/delivery/deliverer.js';
import { adaptiveCard, type CardElement, type Container, heading, subtle, type TeamsMessage, textBlock } from './adaptive-card.js';
import { cardText, safeCardUrl } from './text.js';

/** Alerts per message: a batch is a glance, not a brief (the sender caps the day anyway). */
const MAX_ITEMS = 20;

export function renderAlertCard(items: readonly AlertItem[]): TeamsMessage {
  const shown = items.slice(0, MAX_ITEMS);
  const topics = [...new Set(shown.map((i) => cardText(i.topic.name, 80)))];
  const body: CardElement[] = [heading(`New on ${topics.join(', ')}`)];
  for (const item of shown) {
    const title = cardText(item.title, 300);
    const url = safeCardUrl(item.url);
    const also = item.alsoReportedBy?.length ? `also ${item.alsoReportedBy.slice(0, 5).map((s) => cardText(s, 80)).join(', ')}` : '';
    const meta = [item.published ? formatDay(item.published.slice(0, 10), 'en') : 'undated', item.source ? cardText(item.source, 80) : '', also, cardText(item.topic.name, 80), item.lang]
      .filter((m) => m !== '')
      .join(' · ');
    const story: Container = {
      type: 'Container',
      spacing: 'Medium',
      items: [textBlock(title, { weight: 'Bolder', ...(url ? { color: 'Accent' as const } : {}) }), subtle(meta)],
      ...(url ? { selectAction: { type: 'Action.OpenUrl' as const, title, url } } : {}),
    };
    body.push(story);
  }
  body.push(subtle('Alerts come for topics you follow with "alerts"; "follow <topic>" turns them off for a topic.'));
  return { text: `${shown.length} new ${shown.length === 1 ? 'story' : 'stories'} on ${topics.join(', ')}`.slice(0, 500), card: adaptiveCard(body) };
}

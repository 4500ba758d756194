/** One Slack message for a batch of alerts: each new story's article linked, with its outlets, topic and date. */
import type { KnownBlock } from '@slack/types';
import { entityName, formatDay } from '../../../digests/brief/labels.js';
import { isRightToLeft, uiText, type UiLang } from '../../../src/i18n/interface-text.js';
import { readsRightToLeft } from '../../../src/text/direction.js';
import { directedLines } from './direction.js';
import type { AlertItem } from '../../../src/delivery/deliverer.js';
import { mrkdwnContext, mrkdwnSection } from './elements.js';
import { escapeMrkdwn, link, ownMrkdwn } from './mrkdwn.js';
import type { SlackReply } from './result-blocks.js';

/** Alerts per message: a batch is a glance, not a brief (the sender caps the day anyway). */
const MAX_ITEMS = 20;

/** `lang`: the subscriber's language (the delivery target's); Arabic lines read right to left, as do Arabic titles in English. */
export function renderAlertBlocks(items: readonly AlertItem[], lang: UiLang = 'en'): SlackReply {
  const t = uiText(lang);
  const rtl = isRightToLeft(lang);
  const shown = items.slice(0, MAX_ITEMS);
  const topics = [...new Set(shown.map((i) => escapeMrkdwn(entityName(i.topic, lang), 80)))].join(t.listSeparator);
  const blocks: KnownBlock[] = [mrkdwnSection(directedLines(`:bell: *${t.newOn(topics)}*`, rtl))];
  for (const item of shown) {
    // One line per story: the other outlets that reported it are named, not listed again.
    const also = item.alsoReportedBy?.length ? t.alsoBy(item.alsoReportedBy.slice(0, 5).map((s) => escapeMrkdwn(s, 80)).join(t.listSeparator)) : '';
    const when = item.published ? formatDay(item.published.slice(0, 10), lang) : t.undated;
    const meta = [when, item.source ? escapeMrkdwn(item.source, 80) : '', also, escapeMrkdwn(entityName(item.topic, lang), 80), escapeMrkdwn(t.languageName(item.lang), 40)].filter((m) => m !== '').join(' · ');
    blocks.push(mrkdwnSection(directedLines(`*${link(item.title, item.url, 300)}*\n${meta}`, rtl || readsRightToLeft(item.title))));
  }
  blocks.push(mrkdwnContext(directedLines(ownMrkdwn(t.alertsFooter((c) => `\`${c}\``, (c) => `\`/migration ${c}\``)), rtl)));
  return { text: directedLines(t.newArticles(shown.length, topics), rtl).slice(0, 3000), blocks };
}

/** One Slack message for a batch of alerts: each new story's article linked, with its outlets, topic and date. */
import type { KnownBlock } from '@slack/types';
import { formatDay } from '../../../digests/brief/labels.js';
import type { AlertItem } from '../../../src/delivery/deliverer.js';
import { mrkdwnContext, mrkdwnSection } from './elements.js';
import { escapeMrkdwn, link, ownMrkdwn } from './mrkdwn.js';
import type { SlackReply } from './result-blocks.js';

/** Alerts per message: a batch is a glance, not a brief (the sender caps the day anyway). */
const MAX_ITEMS = 20;

export function renderAlertBlocks(items: readonly AlertItem[]): SlackReply {
  const shown = items.slice(0, MAX_ITEMS);
  const topics = [...new Set(shown.map((i) => i.topic.name))];
  const blocks: KnownBlock[] = [
    mrkdwnSection(`:bell: *New on ${topics.map((t) => escapeMrkdwn(t, 80)).join(', ')}*`),
  ];
  for (const item of shown) {
    // One line per story: the other outlets that reported it are named, not listed again.
    const also = item.alsoReportedBy?.length ? `also ${item.alsoReportedBy.slice(0, 5).map((s) => escapeMrkdwn(s, 80)).join(', ')}` : '';
    const meta = [item.published ? formatDay(item.published.slice(0, 10), 'en') : 'undated', item.source ? escapeMrkdwn(item.source, 80) : '', also, escapeMrkdwn(item.topic.name, 80), item.lang].filter((m) => m !== '').join(' · ');
    blocks.push(mrkdwnSection(`*${link(item.title, item.url, 300)}*\n${meta}`));
  }
  blocks.push(mrkdwnContext(ownMrkdwn('Alerts come for topics you follow with `alerts`; `/migration follow <topic>` turns them off for a topic.')));
  return { text: `${shown.length} new ${shown.length === 1 ? 'article' : 'articles'} on ${topics.map((t) => escapeMrkdwn(t, 80)).join(', ')}`.slice(0, 3000), blocks };
}

/** `/migration sources`: each polled feed's health (last success, last error, next poll), then the outlets read so far. */
import type { KnownBlock } from '@slack/types';
import { formatDay } from '../../../digests/brief/labels.js';
import type { FeedHealth, SourceHealth } from '../../../src/commands/command-result.js';
import { failingFirst, feedsHeadline } from '../../../src/commands/feeds-summary.js';
import type { SlackMessage } from './brief-blocks.js';
import { mrkdwnContext as context, mrkdwnSection as section } from './elements.js';
import { escapeMrkdwn, ownMrkdwn, slackDate } from './mrkdwn.js';

const MAX_FEEDS = 30;
const MAX_OUTLETS = 40;

function feedLine(feed: FeedHealth): string {
  const name = `*${escapeMrkdwn(feed.name, 100)}*`;
  const count = `${feed.articles} articles`;
  if (feed.lastError !== null && feed.failures > 0) {
    const since = feed.lastSuccessAt ? `last success ${slackDate(feed.lastSuccessAt)}` : 'never read';
    return `:warning: ${name} — ${escapeMrkdwn(feed.lastError, 300)} (${feed.failures} failed ${feed.failures === 1 ? 'poll' : 'polls'}, ${since}; next try ${slackDate(feed.nextPollAt)}) · ${count}`;
  }
  if (feed.lastSuccessAt === null) return `:hourglass: ${name} — not read yet; first poll ${slackDate(feed.nextPollAt)}`;
  return `:white_check_mark: ${name} — last read ${slackDate(feed.lastSuccessAt)} · ${count}`;
}

export function sourcesBlocks(feeds: readonly FeedHealth[], outlets: readonly SourceHealth[]): SlackMessage {
  const blocks: KnownBlock[] = [];
  const headline = feedsHeadline(feeds);
  blocks.push(section(`*Sources* — ${headline}`));
  const ordered = failingFirst(feeds);
  for (let i = 0; i < Math.min(ordered.length, MAX_FEEDS); i += 10) blocks.push(section(ordered.slice(i, i + 10).map(feedLine).join('\n')));
  if (feeds.length > MAX_FEEDS) blocks.push(context(`…and ${feeds.length - MAX_FEEDS} more: \`mawjaz sources list\` shows them all.`));
  if (feeds.length === 0) blocks.push(context(ownMrkdwn('An operator adds feeds with `mawjaz sources add <url>`.')));
  if (outlets.length > 0) {
    const lines = outlets
      .slice(0, MAX_OUTLETS)
      .map((s) => `• ${escapeMrkdwn(s.name, 100)} — ${s.articles} articles${s.latest ? `, newest ${formatDay(s.latest.slice(0, 10), 'en')}` : ''}`);
    blocks.push(section(`*Outlets read* (${outlets.length})\n${lines.join('\n')}`));
    if (outlets.length > MAX_OUTLETS) blocks.push(context(`…and ${outlets.length - MAX_OUTLETS} more.`));
  }
  return { text: `Sources: ${headline}`, blocks };
}

/** `/migration sources`: each polled feed's health (last success, last error, next poll), then the outlets read so far. */
import type { KnownBlock } from '@slack/types';
import { formatDay } from '../../../digests/brief/labels.js';
import type { FeedHealth, SourceHealth } from '../../../src/commands/command-result.js';
import { failingFirst, feedsHeadline } from '../../../src/commands/feeds-summary.js';
import { isRightToLeft, uiText, type UiLang } from '../../../src/i18n/interface-text.js';
import type { SlackMessage } from './brief-blocks.js';
import { directedLines } from './direction.js';
import { mrkdwnContext, mrkdwnSection } from './elements.js';
import { escapeMrkdwn, ownMrkdwn, slackDate as slackDateIn } from './mrkdwn.js';

const MAX_FEEDS = 30;
const MAX_OUTLETS = 40;

const code = (command: string): string => `\`${command}\``;

function feedLine(feed: FeedHealth, lang: UiLang): string {
  const t = uiText(lang);
  const slackDate = (iso: string) => slackDateIn(iso, lang);
  const name = `*${escapeMrkdwn(feed.name, 100)}*`;
  const count = t.articles(feed.articles);
  if (feed.lastError !== null && feed.failures > 0) {
    const since = feed.lastSuccessAt ? slackDate(feed.lastSuccessAt) : null;
    return `:warning: ${name} — ${t.feedFailing(escapeMrkdwn(feed.lastError, 300), feed.failures, since, slackDate(feed.nextPollAt))} · ${count}`;
  }
  if (feed.lastSuccessAt === null) return `:hourglass: ${name} — ${t.feedNotReadYet(slackDate(feed.nextPollAt))}`;
  return `:white_check_mark: ${name} — ${t.feedLastRead(slackDate(feed.lastSuccessAt))} · ${count}`;
}

export function sourcesBlocks(feeds: readonly FeedHealth[], outlets: readonly SourceHealth[], lang: UiLang = 'en'): SlackMessage {
  const t = uiText(lang);
  const rtl = isRightToLeft(lang);
  const section = (text: string) => mrkdwnSection(directedLines(text, rtl));
  const context = (text: string) => mrkdwnContext(directedLines(text, rtl));
  const blocks: KnownBlock[] = [];
  const headline = feedsHeadline(feeds, lang);
  blocks.push(section(`*${t.sources}* — ${headline}`));
  const ordered = failingFirst(feeds);
  for (let i = 0; i < Math.min(ordered.length, MAX_FEEDS); i += 10) blocks.push(section(ordered.slice(i, i + 10).map((f) => feedLine(f, lang)).join('\n')));
  if (feeds.length > MAX_FEEDS) blocks.push(context(t.moreFeeds(feeds.length - MAX_FEEDS, code)));
  if (feeds.length === 0) blocks.push(context(ownMrkdwn(t.operatorAddsFeeds(code))));
  if (outlets.length > 0) {
    const lines = outlets.slice(0, MAX_OUTLETS).map((s) => `• ${escapeMrkdwn(s.name, 100)} — ${t.outletLine(s.articles, s.latest ? formatDay(s.latest.slice(0, 10), lang) : null)}`);
    blocks.push(section(`*${t.outletsRead}* (${outlets.length})\n${lines.join('\n')}`));
    if (outlets.length > MAX_OUTLETS) blocks.push(context(t.andMore(outlets.length - MAX_OUTLETS)));
  }
  return { text: directedLines(`${t.sources}: ${headline}`, rtl), blocks };
}

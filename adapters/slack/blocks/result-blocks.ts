/**
 * Block Kit for the core's command results (src/commands/command-result.ts): topic cards, search
 * results, confirmations, lists, help. Every article-derived string goes through escapeMrkdwn/link;
 * every result that shows a topic carries its Follow and Subscribe buttons. Every word comes from the
 * interface catalogue (src/i18n/interface-text.ts) in the result's language; Arabic answers open each
 * line with a right-to-left mark (direction.ts).
 */
import type { KnownBlock } from '@slack/types';
import type { BriefEntity, BriefStory } from '../../../digests/brief/brief-model.js';
import { entityName, formatDay, formatInstant } from '../../../digests/brief/labels.js';
import type { CommandResult, FeedbackResult, FollowedTopic, HiddenStory } from '../../../src/commands/command-result.js';
import type { TopicCard } from '../../../src/commands/topic-card.js';
import { VERBS } from '../../../src/commands/grammar.js';
import { feedbackSentence, hiddenStoriesHeading, mutedOutletsHeading, undoOf } from '../../../src/commands/feedback-text.js';
import { subscriptionButtonState, subscriptionSentence } from '../../../src/commands/subscription-text.js';
import { quietHoursText } from '../../../src/commands/quiet-hours-text.js';
import { emptySearchText } from '../../../src/commands/search-text.js';
import { isRightToLeft, uiText, type UiLang } from '../../../src/i18n/interface-text.js';
import type { SearchResult } from '../../../src/search/search.service.js';
import type { SubscriptionMode } from '../../../src/subscriptions/subscription.service.js';
import { readsRightToLeft } from '../../../src/text/direction.js';
import { renderBriefBlocks, type SlackMessage } from './brief-blocks.js';
import { ACTIONS, button, feedbackValue, storyMenu } from './buttons.js';
import { directedLines } from './direction.js';
import { mrkdwnContext, mrkdwnSection } from './elements.js';
import { sourcesBlocks } from './sources-blocks.js';
import { escapeMrkdwn, link, SLACK_TEXT_LIMITS } from './mrkdwn.js';

/** One message of a reply: the same shape as a brief's messages. */
export type SlackReply = SlackMessage;

/** Notification text from our own sentence, whose untrusted parts are already escaped: just without emphasis. */
const fallback = (mrkdwn: string): string => mrkdwn.replace(/\*/g, '').slice(0, 300);

/** The answer's language: its words, and whether every line reads right to left. */
interface Ctx {
  lang: UiLang;
  t: ReturnType<typeof uiText>;
  rtl: boolean;
}

export function slackCtx(lang: UiLang = 'en'): Ctx {
  return { lang, t: uiText(lang), rtl: isRightToLeft(lang) };
}

/** A command the person can type, as Slack shows code. */
export const code = (command: string): string => `\`${escapeMrkdwn(command, 200)}\``;

const name = (e: Pick<BriefEntity, 'name' | 'nameAr'>, c: Ctx): string => escapeMrkdwn(entityName(e, c.lang), 120);
const section = (c: Ctx, text: string) => mrkdwnSection(directedLines(text, c.rtl));
const context = (c: Ctx, ...texts: string[]) => mrkdwnContext(...texts.map((text) => (text === '' ? '' : directedLines(text, c.rtl))));
/** Article text keeps its own direction: an Arabic summary reads right to left inside an English answer too. */
const articleSection = (c: Ctx, text: string, raw: string) => mrkdwnSection(directedLines(text, c.rtl || readsRightToLeft(raw)));

/** Follow (you) and Subscribe (this channel) buttons for a topic, showing its current state. */
function topicButtons(c: Ctx, topic: BriefEntity, following: SubscriptionMode | null, channelFollowing: SubscriptionMode | null | undefined, view: 'card' | 'list' | 'confirm'): KnownBlock {
  const value = { topic: topic.id, view };
  const elements = [following === null ? button(ACTIONS.follow, c.t.follow(entityName(topic, c.lang)), value, 'primary') : button(ACTIONS.unfollow, c.t.followingUnfollow, value)];
  if (channelFollowing !== undefined) {
    elements.push(channelFollowing === null ? button(ACTIONS.subscribe, c.t.subscribeChannel, value) : button(ACTIONS.unsubscribe, c.t.channelSubscribedUnsubscribe, value));
  }
  return { type: 'actions', block_id: `topic:${topic.id}`.slice(0, 255), elements };
}

function storyLines(c: Ctx, story: BriefStory): string {
  const first = story.articles[0];
  const title = first ? link(story.headline, first.url, 300) : escapeMrkdwn(story.headline, 300);
  const when = story.published === null || story.undated ? c.t.undated : formatInstant(story.published, c.lang);
  const languages = story.languages.map((code) => escapeMrkdwn(c.t.languageName(code), 40)).join(c.t.listSeparator);
  const meta = [when, story.sources.map((s) => escapeMrkdwn(s, 80)).join(c.t.listSeparator), languages].filter((m) => m !== '').join(' · ');
  return `*${title}*\n${meta}`;
}

function quietWeekLine(c: Ctx, card: TopicCard): string {
  if (card.latest === null) return `_${c.t.noStoriesYet(name(card.topic, c))}_`;
  return `_${c.t.nothingNewThisWeek(name(card.topic, c))}_ ${c.t.latestStories(formatDay(card.latest.period.from, c.lang), formatDay(card.latest.period.to, c.lang))}`;
}

function topicCardBlocks(c: Ctx, card: TopicCard, following: SubscriptionMode | null, channelFollowing: SubscriptionMode | null | undefined): SlackReply {
  // The card's other-language name is shown beside the dates: the Arabic one in English, the English one in Arabic.
  const otherName = c.lang === 'ar' ? card.topic.name : card.topic.nameAr;
  const blocks: KnownBlock[] = [
    section(c, c.t.topicHeading(`*${name(card.topic, c)}*`, card.count, card.change)),
    context(c, `${formatDay(card.period.from, c.lang)} – ${formatDay(card.period.to, c.lang)}${otherName && otherName !== entityName(card.topic, c.lang) ? ` · ${escapeMrkdwn(otherName, 120)}` : ''}`),
  ];
  // A quiet week shows the latest stories before it, under a line that says they are older.
  const stories = card.stories.length > 0 ? card.stories : (card.latest?.stories ?? []);
  if (card.stories.length === 0) blocks.push(section(c, quietWeekLine(c, card)));
  const lead = stories[0];
  if (lead && lead.summary.trim() !== '') blocks.push(articleSection(c, escapeMrkdwn(lead.summary, 1200), lead.summary));
  for (const story of stories) {
    const menu = storyMenu(story, c.t, (text) => directedLines(text, c.rtl));
    const lines = articleSection(c, storyLines(c, story), story.headline);
    blocks.push(menu ? { ...lines, accessory: menu } : lines);
  }
  const counted = (entities: TopicCard['actors']) => entities.map((e) => `${name(e, c)} (${e.count})`).join(c.t.listSeparator);
  const co = [card.actors.length ? `${c.t.actors}: ${counted(card.actors)}` : '', card.countries.length ? `${c.t.countries}: ${counted(card.countries)}` : ''];
  if (co.some((x) => x !== '')) blocks.push(context(c, ...co));
  blocks.push(topicButtons(c, card.topic, following, channelFollowing, 'card'));
  blocks.push({ type: 'actions', elements: [button(ACTIONS.share, c.t.shareInChannel, { topic: card.topic.id, view: 'card' })] });
  return { text: directedLines(c.t.topicFallback(name(card.topic, c), card.count), c.rtl), blocks };
}

function searchBlocks(c: Ctx, query: string, results: readonly SearchResult[], onlyStopwords: boolean): SlackReply {
  if (results.length === 0) {
    const empty = emptySearchText(c.lang, escapeMrkdwn(query, 200), onlyStopwords, code);
    return { text: directedLines(empty.heading, c.rtl), blocks: [section(c, empty.sentence)] };
  }
  const blocks: KnownBlock[] = [section(c, c.t.articlesMatching(escapeMrkdwn(query, 200)))];
  for (const r of results) {
    blocks.push(articleSection(c, `*${link(r.title, r.url, 300)}*\n${escapeMrkdwn(r.snippet, 500)}`, r.title));
    blocks.push(context(c, [r.published ? formatDay(r.published.slice(0, 10), c.lang) : c.t.undated, r.source ? escapeMrkdwn(r.source, 80) : '', escapeMrkdwn(c.t.languageName(r.lang), 40)].filter((x) => x !== '').join(' · ')));
  }
  return { text: directedLines(c.t.articlesMatchingFallback(results.length, escapeMrkdwn(query, 100)), c.rtl), blocks };
}

function followedLine(c: Ctx, f: FollowedTopic): string {
  return `${name(f.topic, c)}${f.mode === 'alerts' ? ` · ${c.t.alertsOn}` : ''}`;
}

/** Hidden stories and muted outlets shown with their way back; more are counted (`unmute <outlet>` still works). */
const LISTED_FILTERS = { stories: 10, outlets: 10 } as const;

/** `list`'s "Hidden stories" and "Muted outlets": each with its Show again / Unmute button (the list is redrawn). */
function filterBlocks(c: Ctx, target: 'user' | 'channel', hidden: readonly HiddenStory[], sources: readonly string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (hidden.length > 0) {
    blocks.push({ type: 'divider' }, section(c, `*${hiddenStoriesHeading(target, c.lang)}*`));
    for (const story of hidden.slice(0, LISTED_FILTERS.stories)) {
      const title = story.title === null ? `_${c.t.unstoredStory}_` : escapeMrkdwn(story.title, 300);
      const line = story.title === null ? section(c, title) : articleSection(c, title, story.title);
      blocks.push({ ...line, accessory: button(ACTIONS.showAgain, c.t.showAgain, feedbackValue({ action: 'unhide', articleIds: story.articleIds })) });
    }
    if (hidden.length > LISTED_FILTERS.stories) blocks.push(context(c, c.t.andMore(hidden.length - LISTED_FILTERS.stories)));
  }
  if (sources.length > 0) {
    blocks.push({ type: 'divider' }, section(c, `*${mutedOutletsHeading(target, c.lang)}*`));
    for (const source of sources.slice(0, LISTED_FILTERS.outlets)) {
      blocks.push({ ...section(c, escapeMrkdwn(source, 120)), accessory: button(ACTIONS.unmute, c.t.unmute, feedbackValue({ action: 'unmute', source })) });
    }
    if (sources.length > LISTED_FILTERS.outlets) blocks.push(context(c, c.t.andMore(sources.length - LISTED_FILTERS.outlets)));
  }
  return blocks;
}

function listBlocks(c: Ctx, result: Extract<CommandResult, { kind: 'list' }>): SlackReply {
  const { personal, channel, settings, muted, hidden } = result;
  const blocks: KnownBlock[] = [section(c, `*${c.t.youFollow}*`)];
  if (personal.length === 0) blocks.push(context(c, c.t.nothingFollowedYet(code)));
  for (const f of personal) {
    blocks.push(section(c, followedLine(c, f)));
    blocks.push(topicButtons(c, f.topic, f.mode, undefined, 'list'));
  }
  if (channel !== null) {
    blocks.push({ type: 'divider' }, section(c, `*${c.t.channelSubscribedTo}*`));
    if (channel.length === 0) blocks.push(context(c, c.t.nothingSubscribedYet(code)));
    for (const f of channel) blocks.push(section(c, followedLine(c, f)));
  }
  blocks.push(...filterBlocks(c, muted.target, hidden, muted.sources));
  const brief = c.t.yourBrief(settings.day, settings.time, escapeMrkdwn(settings.timeZone, 60), c.t.languageName(settings.language));
  blocks.push(context(c, `${brief} ${escapeMrkdwn(quietHoursText(settings, c.lang), 200)}. ${c.t.changeSettings(code)}`));
  // The settings line is last: keep it when trimming to Slack's limit.
  const limited = blocks.length > SLACK_TEXT_LIMITS.blocksPerMessage ? [...blocks.slice(0, SLACK_TEXT_LIMITS.blocksPerMessage - 1), ...blocks.slice(-1)] : blocks;
  return { text: directedLines(c.t.youFollowFallback(personal.length), c.rtl), blocks: limited };
}

function helpBlocks(c: Ctx, problem: string | null, suggestion: string | null): SlackReply {
  const blocks: KnownBlock[] = [];
  if (problem !== null) blocks.push(section(c, `:warning: ${escapeMrkdwn(problem, 500)}`));
  if (suggestion !== null) blocks.push(section(c, c.t.didYouMean(code(`/migration ${suggestion}`))));
  const lines = c.t.helpLines(code).map(([command, what]) => `${command} — ${what}`);
  blocks.push(section(c, [`*/migration* — ${c.t.helpTitle}`, ...lines].join('\n')), context(c, c.t.commandsLine(VERBS)));
  return { text: problem === null ? directedLines(c.t.helpFallback, c.rtl) : escapeMrkdwn(problem, 300), blocks };
}

/** The confirmation of a story menu choice (or its undo), naming the story or outlet, with an Undo button while there is one. */
function feedbackBlocks(c: Ctx, result: FeedbackResult): SlackReply {
  const title = result.title === null ? '' : `*${escapeMrkdwn(result.title, 300)}*`;
  const text = feedbackSentence(result, { title, source: result.source === null ? '' : `*${escapeMrkdwn(result.source, 120)}*` }, c.lang);
  const undo = undoOf(result);
  const blocks: KnownBlock[] = [section(c, text)];
  if (undo !== null) blocks.push({ type: 'actions', elements: [button(ACTIONS.undoFeedback, c.t.undo, feedbackValue(undo))] });
  return { text: directedLines(fallback(text), c.rtl), blocks };
}

function settingsSentence(c: Ctx, result: Extract<CommandResult, { kind: 'settings' }>): string {
  const s = result.settings;
  if (result.changed === 'language') return c.t.languageNow(c.t.languageName(s.language));
  if (result.changed === 'schedule') return c.t.scheduleNow(result.target, s.day, s.time, escapeMrkdwn(s.timeZone, 60));
  if (result.changed === 'quiet') return c.t.quietNow(result.target, escapeMrkdwn(quietHoursText(s, c.lang), 200), s.quietStart !== null);
  return c.t.threadsNow(s.threads);
}

/** A Slack channel id: `<#C…>` is drawn by the client as the channel's name, for those who may see it. */
const SLACK_CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/** Share in channel's note to the clicker: where the card went. */
function sharedBlocks(c: Ctx, result: Extract<CommandResult, { kind: 'shared' }>): SlackReply {
  const where = result.direct
    ? null
    : result.channelId !== null && SLACK_CHANNEL_ID.test(result.channelId)
      ? `<#${result.channelId}>`
      : result.channelName !== null
        ? `#${escapeMrkdwn(result.channelName.replace(/^#/u, ''), 80)}`
        : c.t.thisChannel;
  const text = c.t.shared(`*${name(result.topic, c)}*`, where);
  return { text: directedLines(fallback(text), c.rtl), blocks: [section(c, `:white_check_mark: ${text}`)] };
}

/** The reply to a command or a click, as one or more messages (a long brief is split). */
export function renderResult(result: CommandResult): SlackReply[] {
  const c = slackCtx(result.lang);
  switch (result.kind) {
    case 'topic':
      return [topicCardBlocks(c, result.card, result.following, result.channelFollowing)];
    case 'search':
      return [searchBlocks(c, result.query, result.results, result.onlyStopwords)];
    case 'subscription': {
      const text = subscriptionSentence(result, `*${name(result.topic, c)}*`, c.lang);
      const { following, channelFollowing } = subscriptionButtonState(result);
      return [{ text: directedLines(fallback(text), c.rtl), blocks: [section(c, text), topicButtons(c, result.topic, following, channelFollowing, 'confirm')] }];
    }
    case 'list':
      return [listBlocks(c, result)];
    case 'feedback':
      return [feedbackBlocks(c, result)];
    case 'brief':
      return renderBriefBlocks(result.brief);
    case 'settings': {
      const what = settingsSentence(c, result);
      return [{ text: directedLines(fallback(what), c.rtl), blocks: [section(c, what)] }];
    }
    case 'tracked': {
      const text = c.t.tracked(`*${name(result.topic, c)}*`, result.aliases.map((a) => escapeMrkdwn(a, 100)).join(c.t.listSeparator), result.relinked);
      return [{ text: directedLines(fallback(text), c.rtl), blocks: [section(c, text), topicButtons(c, result.topic, null, undefined, 'confirm')] }];
    }
    case 'sources':
      return [sourcesBlocks(result.feeds, result.outlets, c.lang)];
    case 'help':
      return [helpBlocks(c, result.problem, result.suggestion)];
    case 'shared':
      return [sharedBlocks(c, result)];
    case 'unknown-topic': {
      const blocks: KnownBlock[] = [section(c, `:mag: ${escapeMrkdwn(result.message, 500)}`)];
      for (const topic of result.closest) blocks.push(section(c, `*${name(topic, c)}* (${c.t.kind(topic.kind)})`), topicButtons(c, topic, null, undefined, 'confirm'));
      return [{ text: directedLines(escapeMrkdwn(result.message, 300), c.rtl), blocks }];
    }
  }
}

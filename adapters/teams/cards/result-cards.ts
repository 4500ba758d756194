/**
 * Adaptive Cards for the core's command results (src/commands/command-result.ts), showing what the
 * Slack replies show (adapters/slack/blocks/result-blocks.ts): topic cards, search results,
 * confirmations, lists, settings, sources, help. Every article-derived string goes through cardText;
 * every topic, country and actor shown has a Follow button. Every word comes from the interface
 * catalogue (src/i18n/interface-text.ts) in the result's language; Arabic cards are `rtl`, and an
 * Arabic summary in an English card sits in a right-to-left container.
 */
import type { BriefEntity, BriefStory, CountedEntity } from '../../../digests/brief/brief-model.js';
import { entityName, formatDay, formatInstant } from '../../../digests/brief/labels.js';
import type { CommandResult, FeedbackResult, FeedHealth, FollowedTopic, HiddenStory, SourceHealth, TargetSettings } from '../../../src/commands/command-result.js';
import { VERBS } from '../../../src/commands/grammar.js';
import { failingFirst, feedsHeadline } from '../../../src/commands/feeds-summary.js';
import { quietHoursText } from '../../../src/commands/quiet-hours-text.js';
import { feedbackSentence, hiddenStoriesHeading, mutedOutletsHeading, undoOf } from '../../../src/commands/feedback-text.js';
import { subscriptionButtonState, subscriptionSentence } from '../../../src/commands/subscription-text.js';
import { emptySearchText } from '../../../src/commands/search-text.js';
import type { TopicCard } from '../../../src/commands/topic-card.js';
import { isRightToLeft, uiText, type UiLang } from '../../../src/i18n/interface-text.js';
import type { SearchResult } from '../../../src/search/search.service.js';
import type { SubscriptionMode } from '../../../src/subscriptions/subscription.service.js';
import { readsRightToLeft } from '../../../src/text/direction.js';
import { feedbackButton, storyArticleIds, submit, topicButtons, type TopicView } from './actions.js';
import { actionRows, adaptiveCard, type CardElement, type Container, heading, inDirection, subtle, type TeamsMessage, textBlock } from './adaptive-card.js';
import { renderBriefCards } from './brief-cards.js';
import { followMenu } from './follow-menu.js';
import { cardText, safeCardUrl } from './text.js';

/** The answer's language: its words, and whether the card reads right to left. */
interface Ctx {
  lang: UiLang;
  t: ReturnType<typeof uiText>;
  rtl: boolean;
}

function teamsCtx(lang: UiLang = 'en'): Ctx {
  return { lang, t: uiText(lang), rtl: isRightToLeft(lang) };
}

/** A command the person can type, quoted as the language quotes. */
const quoteCode = (c: Ctx) => (command: string): string => (c.rtl ? `«${cardText(command, 200)}»` : `“${cardText(command, 200)}”`);
const name = (e: Pick<BriefEntity, 'name' | 'nameAr'>, c: Ctx): string => cardText(entityName(e, c.lang), 120);
/** "2026-11-20T09:00:00Z" → "2026-11-20 09:00 UTC". */
const utc = (iso: string, c: Ctx): string => c.t.atUtc(iso.slice(0, 16).replace('T', ' '));

/** A reply of our own sentence: `text` doubles as the notification, so it carries only safe text. */
function message(c: Ctx, text: string, body: CardElement[]): TeamsMessage {
  return { text: text.slice(0, 300), card: adaptiveCard(body, c.rtl) };
}

function topicActions(c: Ctx, topic: BriefEntity, following: SubscriptionMode | null, channelFollowing: SubscriptionMode | null | undefined, at: TopicView): CardElement[] {
  return actionRows(topicButtons(topic, following, channelFollowing, at, c.lang));
}

/** A story as a linked container (the first http(s) article), with its Not relevant button beside it. */
function storyElements(c: Ctx, story: BriefStory): CardElement[] {
  const first = story.articles[0];
  const url = first ? safeCardUrl(first.url) : null;
  const when = story.published === null || story.undated ? c.t.undated : formatInstant(story.published, c.lang);
  const languages = story.languages.map((l) => cardText(c.t.languageName(l), 40)).join(c.t.listSeparator);
  const meta = [when, story.sources.map((s) => cardText(s, 80)).filter((s) => s !== '').join(c.t.listSeparator), languages].filter((m) => m !== '');
  const title = cardText(story.headline, 300) || '—';
  const container: Container = {
    type: 'Container',
    items: [textBlock(title, { weight: 'Bolder' }), subtle(meta.join(' · '))],
    ...(readsRightToLeft(story.headline) && !c.rtl ? { rtl: true as const } : {}),
    ...(url ? { selectAction: { type: 'Action.OpenUrl' as const, title, url } } : {}),
  };
  const ids = storyArticleIds(story);
  return ids.length === 0 ? [container] : [container, ...actionRows([feedbackButton(c.t.notRelevant, { action: 'hide', articleIds: ids })])];
}

/** Co-mentioned entities, in a line (their Follow buttons are in the card's follow menu). */
function coMentioned(c: Ctx, label: string, entities: readonly CountedEntity[]): CardElement[] {
  if (entities.length === 0) return [];
  return [subtle(`${label}: ${entities.map((e) => `${name(e, c)} (${e.count})`).join(c.t.listSeparator)}`)];
}

function quietWeekLine(c: Ctx, card: TopicCard, topic: string): string {
  if (card.latest === null) return c.t.noStoriesYet(topic);
  return `${c.t.nothingNewThisWeek(topic)} ${c.t.latestStories(formatDay(card.latest.period.from, c.lang), formatDay(card.latest.period.to, c.lang))}`;
}

function topicCard(c: Ctx, card: TopicCard, following: SubscriptionMode | null, channelFollowing: SubscriptionMode | null | undefined): TeamsMessage {
  const topic = name(card.topic, c);
  // The other language's name beside the dates: the Arabic one in English, the English one in Arabic.
  const otherName = c.lang === 'ar' ? card.topic.name : card.topic.nameAr;
  const body: CardElement[] = [
    heading(c.t.topicHeading(topic, card.count, card.change)),
    subtle(`${formatDay(card.period.from, c.lang)} – ${formatDay(card.period.to, c.lang)}${otherName && otherName !== entityName(card.topic, c.lang) ? ` · ${cardText(otherName, 120)}` : ''}`),
  ];
  // A quiet week shows the latest stories before it, under a line that says they are older.
  const stories = card.stories.length > 0 ? card.stories : (card.latest?.stories ?? []);
  if (card.stories.length === 0) body.push(textBlock(quietWeekLine(c, card, topic)));
  const lead = stories[0];
  if (lead && lead.summary.trim() !== '') body.push(inDirection(textBlock(cardText(lead.summary, 1200)), readsRightToLeft(lead.summary), c.rtl));
  for (const story of stories) body.push(...storyElements(c, story));
  body.push(...coMentioned(c, c.t.actors, card.actors), ...coMentioned(c, c.t.countries, card.countries));
  body.push(...followMenu([...card.actors, ...card.countries], c.lang));
  body.push(...topicActions(c, card.topic, following, channelFollowing, 'card'));
  body.push(...actionRows([submit(c.t.shareInChannel, { mawjaz: 'share', topic: card.topic.id, view: 'card' })]));
  return message(c, c.t.topicFallback(topic, card.count), body);
}

function searchCard(c: Ctx, query: string, results: readonly SearchResult[], onlyStopwords: boolean): TeamsMessage {
  const q = cardText(query, 200);
  if (results.length === 0) {
    const empty = emptySearchText(c.lang, q, onlyStopwords, (s) => s);
    return message(c, empty.heading, [textBlock(empty.sentence)]);
  }
  const body: CardElement[] = [heading(c.t.articlesMatching(q))];
  for (const r of results) {
    const url = safeCardUrl(r.url);
    const title = cardText(r.title, 300) || '—';
    const meta = [r.published ? formatDay(r.published.slice(0, 10), c.lang) : c.t.undated, r.source ? cardText(r.source, 80) : '', cardText(c.t.languageName(r.lang), 40)].filter((x) => x !== '');
    const items = [textBlock(title, { weight: 'Bolder' }), textBlock(cardText(r.snippet, 500), { spacing: 'Small' }), subtle(meta.join(' · '))];
    body.push({ type: 'Container', items, spacing: 'Medium', ...(readsRightToLeft(r.title) && !c.rtl ? { rtl: true as const } : {}), ...(url ? { selectAction: { type: 'Action.OpenUrl' as const, title, url } } : {}) });
  }
  return message(c, c.t.articlesMatchingFallback(results.length, q), body);
}

function followedRows(c: Ctx, follows: readonly FollowedTopic[], buttons: boolean): CardElement[] {
  return follows.flatMap((f) => [textBlock(`${name(f.topic, c)}${f.mode === 'alerts' ? ` · ${c.t.alertsOn}` : ''}`), ...(buttons ? topicActions(c, f.topic, f.mode, undefined, 'list') : [])]);
}

/** Hidden stories and muted outlets shown with their way back; more are counted (`unmute <outlet>` still works). */
const LISTED_FILTERS = { stories: 15, outlets: 30 } as const;

/** `list`'s "Hidden stories" and "Muted outlets": each with its Show again / Unmute button (the list is redrawn). */
function filterRows(c: Ctx, target: 'user' | 'channel', hidden: readonly HiddenStory[], sources: readonly string[]): CardElement[] {
  const body: CardElement[] = [];
  if (hidden.length > 0) {
    body.push({ ...heading(hiddenStoriesHeading(target, c.lang)), separator: true });
    for (const story of hidden.slice(0, LISTED_FILTERS.stories)) {
      const title = story.title === null ? c.t.unstoredStory : cardText(story.title, 300) || c.t.unstoredStory;
      body.push(inDirection(textBlock(title), readsRightToLeft(title), c.rtl), ...actionRows([feedbackButton(c.t.showAgain, { action: 'unhide', articleIds: story.articleIds }, true)]));
    }
    if (hidden.length > LISTED_FILTERS.stories) body.push(subtle(c.t.andMore(hidden.length - LISTED_FILTERS.stories)));
  }
  if (sources.length > 0) {
    body.push({ ...heading(mutedOutletsHeading(target, c.lang)), separator: true });
    for (const source of sources.slice(0, LISTED_FILTERS.outlets)) body.push(textBlock(cardText(source, 120)), ...actionRows([feedbackButton(c.t.unmute, { action: 'unmute', source }, true)]));
    if (sources.length > LISTED_FILTERS.outlets) body.push(subtle(c.t.andMore(sources.length - LISTED_FILTERS.outlets)));
  }
  return body;
}

function listCard(c: Ctx, result: Extract<CommandResult, { kind: 'list' }>): TeamsMessage {
  const { personal, channel, settings, muted, hidden } = result;
  const code = quoteCode(c);
  const body: CardElement[] = [heading(c.t.youFollow)];
  if (personal.length === 0) body.push(subtle(c.t.nothingFollowedYet(code)));
  body.push(...followedRows(c, personal, true));
  if (channel !== null) {
    body.push({ ...heading(c.t.channelSubscribedTo), separator: true });
    if (channel.length === 0) body.push(subtle(c.t.nothingSubscribedYet(code)));
    body.push(...followedRows(c, channel, false));
  }
  body.push(...filterRows(c, muted.target, hidden, muted.sources));
  const brief = c.t.yourBrief(settings.day, settings.time, cardText(settings.timeZone, 60), c.t.languageName(settings.language));
  body.push(subtle(`${brief} ${cardText(quietHoursText(settings, c.lang), 200)}. ${c.t.changeSettings(code)}`));
  return message(c, c.t.youFollowFallback(personal.length), body);
}

function helpCard(c: Ctx, problem: string | null, suggestion: string | null): TeamsMessage {
  const code = quoteCode(c);
  const body: CardElement[] = [];
  if (problem !== null) body.push(textBlock(`⚠ ${cardText(problem, 500)}`, { weight: 'Bolder' }));
  if (suggestion !== null) body.push(textBlock(c.t.didYouMean(code(suggestion))));
  body.push(heading(`${c.t.appName} — ${c.t.helpTitle}`));
  body.push({ type: 'FactSet', facts: c.t.helpLines(code).map(([title, value]) => ({ title, value })) });
  body.push(subtle(c.t.commandsLine(VERBS)));
  return message(c, problem === null ? c.t.helpFallback : cardText(problem, 300), body);
}

/** The confirmation of a story menu choice (or its undo), naming the story or outlet, with an Undo button while there is one. */
function feedbackCard(c: Ctx, result: FeedbackResult): TeamsMessage {
  const text = feedbackSentence(result, { title: result.title === null ? '' : cardText(result.title, 300), source: result.source === null ? '' : cardText(result.source, 120) }, c.lang);
  const body: CardElement[] = [textBlock(text)];
  const undo = undoOf(result);
  if (undo !== null) body.push(...actionRows([feedbackButton(c.t.undo, undo)]));
  return message(c, text, body);
}

/** Share in channel's reply: where the card went. */
function sharedCard(c: Ctx, result: Extract<CommandResult, { kind: 'shared' }>): TeamsMessage {
  // Teams names channels without Slack's "#" (which cardText would make a look-alike anyway).
  const where = result.direct ? null : result.channelName !== null ? cardText(result.channelName.replace(/^#/u, ''), 80) || c.t.thisChannel : c.t.thisChannel;
  const text = c.t.shared(name(result.topic, c), where);
  return message(c, text, [textBlock(`✓ ${text}`)]);
}

function feedLine(c: Ctx, feed: FeedHealth): string {
  const feedName = cardText(feed.name, 100);
  const count = c.t.articles(feed.articles);
  if (feed.lastError !== null && feed.failures > 0) {
    const since = feed.lastSuccessAt ? formatInstant(feed.lastSuccessAt, c.lang) : null;
    return `⚠ ${feedName} — ${c.t.feedFailing(cardText(feed.lastError, 300), feed.failures, since, utc(feed.nextPollAt, c))} · ${count}`;
  }
  if (feed.lastSuccessAt === null) return `⏳ ${feedName} — ${c.t.feedNotReadYet(utc(feed.nextPollAt, c))}`;
  return `✓ ${feedName} — ${c.t.feedLastRead(utc(feed.lastSuccessAt, c))} · ${count}`;
}

const MAX_FEEDS = 30;
const MAX_OUTLETS = 40;

/** `sources`: each polled feed's health, failing first, then the outlets read so far. */
function sourcesCard(c: Ctx, feeds: readonly FeedHealth[], outlets: readonly SourceHealth[]): TeamsMessage {
  const code = quoteCode(c);
  const headline = feedsHeadline(feeds, c.lang);
  const body: CardElement[] = [heading(`${c.t.sources} — ${headline}`)];
  const ordered = failingFirst(feeds);
  for (const feed of ordered.slice(0, MAX_FEEDS)) body.push(textBlock(feedLine(c, feed), { spacing: 'Small' }));
  if (feeds.length > MAX_FEEDS) body.push(subtle(c.t.moreFeeds(feeds.length - MAX_FEEDS, code)));
  if (feeds.length === 0) body.push(subtle(c.t.operatorAddsFeeds(code)));
  if (outlets.length > 0) {
    body.push({ ...heading(`${c.t.outletsRead} (${outlets.length})`), separator: true });
    for (const s of outlets.slice(0, MAX_OUTLETS)) body.push(textBlock(`${cardText(s.name, 100)} — ${c.t.outletLine(s.articles, s.latest ? formatDay(s.latest.slice(0, 10), c.lang) : null)}`, { spacing: 'Small' }));
    if (outlets.length > MAX_OUTLETS) body.push(subtle(c.t.andMore(outlets.length - MAX_OUTLETS)));
  }
  return message(c, `${c.t.sources}: ${headline}`, body);
}

function settingsText(c: Ctx, result: Extract<CommandResult, { kind: 'settings' }>): string {
  const s = result.settings;
  if (result.changed === 'language') return c.t.languageNow(c.t.languageName(s.language));
  if (result.changed === 'schedule') return c.t.scheduleNow(result.target, s.day, s.time, cardText(s.timeZone, 60));
  if (result.changed === 'quiet') return c.t.quietNow(result.target, cardText(quietHoursText(s, c.lang), 200), s.quietStart !== null);
  return c.t.threadsNow(s.threads);
}

/** The reply to a command or a click, as one or more messages (a long brief is split). */
export function renderTeamsResult(result: CommandResult): TeamsMessage[] {
  const c = teamsCtx(result.lang);
  switch (result.kind) {
    case 'topic':
      return [topicCard(c, result.card, result.following, result.channelFollowing)];
    case 'search':
      return [searchCard(c, result.query, result.results, result.onlyStopwords)];
    case 'subscription': {
      const text = subscriptionSentence(result, name(result.topic, c), c.lang);
      const { following, channelFollowing } = subscriptionButtonState(result);
      return [message(c, text, [textBlock(text), ...topicActions(c, result.topic, following, channelFollowing, 'confirm')])];
    }
    case 'list':
      return [listCard(c, result)];
    case 'feedback':
      return [feedbackCard(c, result)];
    case 'brief':
      return renderBriefCards(result.brief);
    case 'settings': {
      const text = settingsText(c, result);
      return [message(c, text, [textBlock(text)])];
    }
    case 'tracked': {
      const text = c.t.tracked(name(result.topic, c), result.aliases.map((a) => cardText(a, 100)).join(c.t.listSeparator), result.relinked);
      return [message(c, text, [textBlock(text), ...topicActions(c, result.topic, null, undefined, 'confirm')])];
    }
    case 'sources':
      return [sourcesCard(c, result.feeds, result.outlets)];
    case 'help':
      return [helpCard(c, result.problem, result.suggestion)];
    case 'shared':
      return [sharedCard(c, result)];
    case 'unknown-topic': {
      const body: CardElement[] = [textBlock(cardText(result.message, 500))];
      for (const topic of result.closest) body.push(textBlock(`${name(topic, c)} (${c.t.kind(topic.kind)})`, { weight: 'Bolder' }), ...topicActions(c, topic, null, undefined, 'confirm'));
      return [message(c, cardText(result.message, 300), body)];
    }
  }
}

/**
 * Adaptive Cards for the core's command results (src/commands/command-result.ts), showing what the
 * Slack replies show (adapters/slack/blocks/result-blocks.ts): topic cards, search results,
 * confirmations, lists, settings, sources, help. Every article-derived string goes through cardText;
 * every topic, country and actor shown has a Follow button.
 */
import type { BriefEntity, BriefStory, CountedEntity } from '../../../digests/brief/brief-model.js';
import { entityName, formatDay, formatInstant } from '../../../digests/brief/labels.js';
import type { CommandResult, FeedbackResult, FeedHealth, FollowedTopic, HiddenStory, SourceHealth, TargetSettings } from '../../../src/commands/command-result.js';
import { VERBS } from '../../../src/commands/grammar.js';
import { failingFirst, feedsHeadline } from '../../../src/commands/feeds-summary.js';
import { quietHoursText } from '../../../src/commands/quiet-hours-text.js';
import { feedbackButtonLabels, feedbackSentence, hiddenStoriesHeading, moreNotShown, mutedOutletsHeading, sharedSentence, thisChannel, unstoredStoryTitle } from '../../../src/commands/feedback-text.js';
import { subscriptionButtonState, subscriptionSentence } from '../../../src/commands/subscription-text.js';
import type { TopicCard } from '../../../src/commands/topic-card.js';
import type { SearchResult } from '../../../src/search/search.service.js';
import type { SubscriptionMode } from '../../../src/subscriptions/subscription.service.js';
import { feedbackButton, storyArticleIds, submit, topicButtons, type TopicView } from './actions.js';
import { actionRows, adaptiveCard, type CardElement, type Container, heading, subtle, type TeamsMessage, textBlock } from './adaptive-card.js';
import { renderBriefCards } from './brief-cards.js';
import { followMenu } from './follow-menu.js';
import { cardText, safeCardUrl } from './text.js';

const name = (e: Pick<BriefEntity, 'name' | 'nameAr'>): string => cardText(entityName(e, 'en'), 120);
const signed = (n: number): string => (n > 0 ? `▲ ${n}` : n < 0 ? `▼ ${-n}` : 'no change');

/** A reply of our own sentence: `text` doubles as the notification, so it carries only safe text. */
function message(text: string, body: CardElement[]): TeamsMessage {
  return { text: text.slice(0, 300), card: adaptiveCard(body) };
}

function topicActions(topic: BriefEntity, following: SubscriptionMode | null, channelFollowing: SubscriptionMode | null | undefined, at: TopicView): CardElement[] {
  return actionRows(topicButtons(topic, following, channelFollowing, at));
}

/** A story as a linked container (the first http(s) article), with its Not relevant button beside it. */
function storyElements(story: BriefStory): CardElement[] {
  const first = story.articles[0];
  const url = first ? safeCardUrl(first.url) : null;
  const when = story.published === null || story.undated ? 'undated' : formatInstant(story.published, 'en');
  const meta = [when, story.sources.map((s) => cardText(s, 80)).filter((s) => s !== '').join(', '), story.languages.map((l) => cardText(l, 10)).join('+')].filter((m) => m !== '');
  const title = cardText(story.headline, 300) || '—';
  const container: Container = { type: 'Container', items: [textBlock(title, { weight: 'Bolder' }), subtle(meta.join(' · '))], ...(url ? { selectAction: { type: 'Action.OpenUrl' as const, title, url } } : {}) };
  const ids = storyArticleIds(story);
  return ids.length === 0 ? [container] : [container, ...actionRows([feedbackButton('Not relevant', { action: 'hide', articleIds: ids })])];
}

/** Co-mentioned entities, in a line (their Follow buttons are in the card's follow menu). */
function coMentioned(label: string, entities: readonly CountedEntity[]): CardElement[] {
  if (entities.length === 0) return [];
  return [subtle(`${label}: ${entities.map((e) => `${name(e)} (${e.count})`).join(', ')}`)];
}

function quietWeekLine(card: TopicCard, topic: string): string {
  if (card.latest === null) return `No stories on ${topic} yet.`;
  return `Nothing new on ${topic} this week. Latest stories, ${formatDay(card.latest.period.from, 'en')} – ${formatDay(card.latest.period.to, 'en')}:`;
}

function topicCard(card: TopicCard, following: SubscriptionMode | null, channelFollowing: SubscriptionMode | null | undefined): TeamsMessage {
  const topic = name(card.topic);
  const body: CardElement[] = [
    heading(`${topic} — ${card.count} ${card.count === 1 ? 'story' : 'stories'} in the last seven days (${signed(card.change)} vs the week before)`),
    subtle(`${formatDay(card.period.from, 'en')} – ${formatDay(card.period.to, 'en')}${card.topic.nameAr ? ` · ${cardText(card.topic.nameAr, 120)}` : ''}`),
  ];
  // A quiet week shows the latest stories before it, under a line that says they are older.
  const stories = card.stories.length > 0 ? card.stories : (card.latest?.stories ?? []);
  if (card.stories.length === 0) body.push(textBlock(quietWeekLine(card, topic)));
  const lead = stories[0];
  if (lead && lead.summary.trim() !== '') body.push(textBlock(cardText(lead.summary, 1200)));
  for (const story of stories) body.push(...storyElements(story));
  body.push(...coMentioned('Actors', card.actors), ...coMentioned('Countries', card.countries));
  body.push(...followMenu([...card.actors, ...card.countries], 'en'));
  body.push(...topicActions(card.topic, following, channelFollowing, 'card'));
  body.push(...actionRows([submit('Share in channel', { mawjaz: 'share', topic: card.topic.id, view: 'card' })]));
  return message(`${topic}: ${card.count} ${card.count === 1 ? 'story' : 'stories'} in the last seven days`, body);
}

function searchCard(query: string, results: readonly SearchResult[]): TeamsMessage {
  const q = cardText(query, 200);
  if (results.length === 0) return message('No articles found', [textBlock(`No articles found for “${q}”. Try a country, an organisation or a process, e.g. khartoum, مصر, IOM.`)]);
  const body: CardElement[] = [heading(`Articles matching “${q}”`)];
  for (const r of results) {
    const url = safeCardUrl(r.url);
    const title = cardText(r.title, 300) || '—';
    const meta = [r.published ? formatDay(r.published.slice(0, 10), 'en') : 'undated', r.source ? cardText(r.source, 80) : '', cardText(r.lang, 10)].filter((x) => x !== '');
    const items = [textBlock(title, { weight: 'Bolder' }), textBlock(cardText(r.snippet, 500), { spacing: 'Small' }), subtle(meta.join(' · '))];
    body.push({ type: 'Container', items, spacing: 'Medium', ...(url ? { selectAction: { type: 'Action.OpenUrl' as const, title, url } } : {}) });
  }
  return message(`${results.length} articles matching ${q}`, body);
}

function followedRows(follows: readonly FollowedTopic[], buttons: boolean): CardElement[] {
  return follows.flatMap((f) => [textBlock(`${name(f.topic)}${f.mode === 'alerts' ? ' · alerts on' : ''}`), ...(buttons ? topicActions(f.topic, f.mode, undefined, 'list') : [])]);
}

/** Hidden stories and muted outlets shown with their way back; more are counted (`unmute <outlet>` still works). */
const LISTED_FILTERS = { stories: 15, outlets: 30 } as const;

/** `list`'s "Hidden stories" and "Muted outlets": each with its Show again / Unmute button (the list is redrawn). */
function filterRows(target: 'user' | 'channel', hidden: readonly HiddenStory[], sources: readonly string[], lang: 'en' | 'ar'): CardElement[] {
  const labels = feedbackButtonLabels(lang);
  const body: CardElement[] = [];
  if (hidden.length > 0) {
    body.push({ ...heading(hiddenStoriesHeading(target, lang)), separator: true });
    for (const story of hidden.slice(0, LISTED_FILTERS.stories)) {
      const title = story.title === null ? unstoredStoryTitle(lang) : cardText(story.title, 300) || unstoredStoryTitle(lang);
      body.push(textBlock(title), ...actionRows([feedbackButton(labels.showAgain, { action: 'unhide', articleIds: story.articleIds }, true)]));
    }
    if (hidden.length > LISTED_FILTERS.stories) body.push(subtle(moreNotShown(hidden.length - LISTED_FILTERS.stories, lang)));
  }
  if (sources.length > 0) {
    body.push({ ...heading(mutedOutletsHeading(target, lang)), separator: true });
    for (const source of sources.slice(0, LISTED_FILTERS.outlets)) body.push(textBlock(cardText(source, 120)), ...actionRows([feedbackButton(labels.unmute, { action: 'unmute', source }, true)]));
    if (sources.length > LISTED_FILTERS.outlets) body.push(subtle(moreNotShown(sources.length - LISTED_FILTERS.outlets, lang)));
  }
  return body;
}

function listCard(result: Extract<CommandResult, { kind: 'list' }>): TeamsMessage {
  const { personal, channel, settings, muted, hidden } = result;
  const body: CardElement[] = [heading('You follow')];
  if (personal.length === 0) body.push(subtle('Nothing yet. Try “follow egypt” or the Follow button on any topic.'));
  body.push(...followedRows(personal, true));
  if (channel !== null) {
    body.push({ ...heading('This channel is subscribed to'), separator: true });
    if (channel.length === 0) body.push(subtle('Nothing yet. Try “subscribe khartoum”.'));
    body.push(...followedRows(channel, false));
  }
  body.push(...filterRows(muted.target, hidden, muted.sources, settings.language));
  body.push(
    subtle(
      `Your brief: ${settings.day} ${settings.time} (${cardText(settings.timeZone, 60)}), in ${settings.language === 'ar' ? 'Arabic' : 'English'}. ${cardText(quietHoursText(settings), 200)}. Change them with “schedule monday 08:00 Africa/Cairo”, “language ar” or “quiet 22:00-07:00”.`,
    ),
  );
  return message(`You follow ${personal.length} topics`, body);
}

function helpCard(problem: string | null, suggestion: string | null): TeamsMessage {
  const body: CardElement[] = [];
  if (problem !== null) body.push(textBlock(`⚠ ${cardText(problem, 500)}`, { weight: 'Bolder' }));
  if (suggestion !== null) body.push(textBlock(`Did you mean “${cardText(suggestion, 200)}”?`));
  body.push(heading('Mawjaz — migration-policy news in Arabic and English'));
  body.push({
    type: 'FactSet',
    facts: [
      { title: 'khartoum', value: 'the topic this week: stories, summary, who and where (any topic, in English or Arabic: مصر, IOM, trafficking)' },
      { title: 'follow egypt / unfollow egypt', value: 'your weekly brief in a personal chat (“follow egypt alerts” for alerts too)' },
      { title: 'subscribe khartoum / unsubscribe khartoum', value: "this channel's brief" },
      { title: 'list · brief · sources', value: 'what you follow, this week’s brief now, the feeds read' },
      { title: 'schedule monday 08:00 Africa/Cairo', value: 'when your brief comes; “language ar” for Arabic, “threads on|off”' },
      { title: 'quiet 22:00-07:00 / quiet off', value: 'hours when alerts wait' },
      { title: 'unmute Al-Wasat', value: 'an outlet muted from a story' },
      { title: 'track Tunis MoU = Tunisia memorandum, مذكرة التفاهم', value: 'a topic of your own' },
    ],
  });
  body.push(subtle(`Commands: ${VERBS.join(', ')}`));
  return message(problem === null ? 'How to use Mawjaz' : cardText(problem, 300), body);
}

/** The confirmation of a story menu choice (or its undo), naming the story or outlet, with an Undo button while there is one. */
function feedbackCard(result: FeedbackResult): TeamsMessage {
  const text = feedbackSentence(result, { title: result.title === null ? '' : cardText(result.title, 300), source: result.source === null ? '' : cardText(result.source, 120) }, result.lang);
  const { undo } = feedbackButtonLabels(result.lang);
  const body: CardElement[] = [textBlock(text)];
  if (result.action === 'hide' && result.articleIds.length > 0) body.push(...actionRows([feedbackButton(undo, { action: 'unhide', articleIds: result.articleIds })]));
  if (result.action === 'mute' && result.source !== null) body.push(...actionRows([feedbackButton(undo, { action: 'unmute', source: result.source })]));
  return { text: text.slice(0, 300), card: adaptiveCard(body, result.lang === 'ar') };
}

/** Share in channel's reply: where the card went. */
function sharedCard(result: Extract<CommandResult, { kind: 'shared' }>): TeamsMessage {
  // Teams names channels without Slack's "#" (which cardText would make a look-alike anyway).
  const where = result.direct ? null : result.channelName !== null ? cardText(result.channelName.replace(/^#/u, ''), 80) || thisChannel(result.lang) : thisChannel(result.lang);
  const text = sharedSentence(name(result.topic), where, result.lang);
  return { text: text.slice(0, 300), card: adaptiveCard([textBlock(`✓ ${text}`)], result.lang === 'ar') };
}

function feedLine(feed: FeedHealth): string {
  const feedName = cardText(feed.name, 100);
  const count = `${feed.articles} articles`;
  if (feed.lastError !== null && feed.failures > 0) {
    const since = feed.lastSuccessAt ? `last success ${formatInstant(feed.lastSuccessAt, 'en')}` : 'never read';
    return `⚠ ${feedName} — ${cardText(feed.lastError, 300)} (${feed.failures} failed ${feed.failures === 1 ? 'poll' : 'polls'}, ${since}; next try ${feed.nextPollAt.slice(0, 16).replace('T', ' ')} UTC) · ${count}`;
  }
  if (feed.lastSuccessAt === null) return `⏳ ${feedName} — not read yet; first poll ${feed.nextPollAt.slice(0, 16).replace('T', ' ')} UTC`;
  return `✓ ${feedName} — last read ${feed.lastSuccessAt.slice(0, 16).replace('T', ' ')} UTC · ${count}`;
}

const MAX_FEEDS = 30;
const MAX_OUTLETS = 40;

/** `sources`: each polled feed's health, failing first, then the outlets read so far. */
function sourcesCard(feeds: readonly FeedHealth[], outlets: readonly SourceHealth[]): TeamsMessage {
  const headline = feedsHeadline(feeds);
  const body: CardElement[] = [heading(`Sources — ${headline}`)];
  const ordered = failingFirst(feeds);
  for (const feed of ordered.slice(0, MAX_FEEDS)) body.push(textBlock(feedLine(feed), { spacing: 'Small' }));
  if (feeds.length > MAX_FEEDS) body.push(subtle(`…and ${feeds.length - MAX_FEEDS} more: “mawjaz sources list” shows them all.`));
  if (feeds.length === 0) body.push(subtle('An operator adds feeds with “mawjaz sources add <url>”.'));
  if (outlets.length > 0) {
    body.push({ ...heading(`Outlets read (${outlets.length})`), separator: true });
    for (const s of outlets.slice(0, MAX_OUTLETS)) body.push(textBlock(`${cardText(s.name, 100)} — ${s.articles} articles${s.latest ? `, newest ${formatDay(s.latest.slice(0, 10), 'en')}` : ''}`, { spacing: 'Small' }));
    if (outlets.length > MAX_OUTLETS) body.push(subtle(`…and ${outlets.length - MAX_OUTLETS} more.`));
  }
  return message(`Sources: ${headline}`, body);
}

function settingsText(result: Extract<CommandResult, { kind: 'settings' }>): string {
  const s = result.settings;
  if (result.changed === 'language') return `Briefs and topic cards are now in ${s.language === 'ar' ? 'Arabic' : 'English'}.`;
  if (result.changed === 'schedule') return `${result.target === 'user' ? 'Your' : "This channel's"} brief now comes on ${s.day} at ${s.time} (${cardText(s.timeZone, 60)}).`;
  if (result.changed === 'quiet') return `${result.target === 'user' ? 'Your alerts' : "This channel's alerts"}: ${cardText(quietHoursText(s), 200)}${s.quietStart === null ? '' : '; alerts found then wait until the end'}.`;
  return `Brief details will ${s.threads ? 'go in a reply thread' : 'be posted in the channel'}.`;
}

/** The reply to a command or a click, as one or more messages (a long brief is split). */
export function renderTeamsResult(result: CommandResult): TeamsMessage[] {
  switch (result.kind) {
    case 'topic':
      return [topicCard(result.card, result.following, result.channelFollowing)];
    case 'search':
      return [searchCard(result.query, result.results)];
    case 'subscription': {
      const text = subscriptionSentence(result, name(result.topic));
      const { following, channelFollowing } = subscriptionButtonState(result);
      return [message(text, [textBlock(text), ...topicActions(result.topic, following, channelFollowing, 'confirm')])];
    }
    case 'list':
      return [listCard(result)];
    case 'feedback':
      return [feedbackCard(result)];
    case 'brief':
      return renderBriefCards(result.brief);
    case 'settings': {
      const text = settingsText(result);
      return [message(text, [textBlock(text)])];
    }
    case 'tracked': {
      const text = `Now tracking ${name(result.topic)} (${result.aliases.map((a) => cardText(a, 100)).join(', ')}); ${result.relinked} existing articles linked.`;
      return [message(text, [textBlock(text), ...topicActions(result.topic, null, undefined, 'confirm')])];
    }
    case 'sources':
      return [sourcesCard(result.feeds, result.outlets)];
    case 'help':
      return [helpCard(result.problem, result.suggestion)];
    case 'shared':
      return [sharedCard(result)];
    case 'unknown-topic': {
      const body: CardElement[] = [textBlock(cardText(result.message, 500))];
      for (const topic of result.closest) body.push(textBlock(`${name(topic)} (${topic.kind})`, { weight: 'Bolder' }), ...topicActions(topic, null, undefined, 'confirm'));
      return [message(cardText(result.message, 300), body)];
    }
  }
}

/**
 * Block Kit for the core's command results (src/commands/command-result.ts): topic cards, search
 * results, confirmations, lists, help. Every article-derived string goes through escapeMrkdwn/link;
 * every result that shows a topic carries its Follow and Subscribe buttons.
 */
import type { KnownBlock } from '@slack/types';
import type { BriefEntity, BriefStory } from '../../../digests/brief/brief-model.js';
import { entityName, formatDay, formatInstant, labelsFor } from '../../../digests/brief/labels.js';
import type { CommandResult, FeedbackResult, FollowedTopic, HiddenStory, TargetSettings } from '../../../src/commands/command-result.js';
import type { TopicCard } from '../../../src/commands/topic-card.js';
import { VERBS } from '../../../src/commands/grammar.js';
import { feedbackButtonLabels, feedbackSentence, hiddenStoriesHeading, moreNotShown, mutedOutletsHeading, sharedSentence, thisChannel, unstoredStoryTitle } from '../../../src/commands/feedback-text.js';
import { subscriptionButtonState, subscriptionSentence } from '../../../src/commands/subscription-text.js';
import { quietHoursText } from '../../../src/commands/quiet-hours-text.js';
import type { SearchResult } from '../../../src/search/search.service.js';
import type { SubscriptionMode } from '../../../src/subscriptions/subscription.service.js';
import { renderBriefBlocks, type SlackMessage } from './brief-blocks.js';
import { ACTIONS, button, feedbackValue, storyMenu } from './buttons.js';
import { mrkdwnContext as context, mrkdwnSection as section } from './elements.js';
import { sourcesBlocks } from './sources-blocks.js';
import { escapeMrkdwn, link, SLACK_TEXT_LIMITS } from './mrkdwn.js';

/** One message of a reply: the same shape as a brief's messages. */
export type SlackReply = SlackMessage;

/** Notification text from our own sentence, whose untrusted parts are already escaped: just without emphasis. */
const fallback = (mrkdwn: string): string => mrkdwn.replace(/\*/g, '').slice(0, 300);
const name = (e: Pick<BriefEntity, 'name' | 'nameAr'>): string => escapeMrkdwn(entityName(e, 'en'), 120);
const signed = (n: number): string => (n > 0 ? `▲ ${n}` : n < 0 ? `▼ ${-n}` : 'no change');

/** Follow (you) and Subscribe (this channel) buttons for a topic, showing its current state. */
function topicButtons(topic: BriefEntity, following: SubscriptionMode | null, channelFollowing: SubscriptionMode | null | undefined, view: 'card' | 'list' | 'confirm'): KnownBlock {
  const value = { topic: topic.id, view };
  const elements = [
    following === null ? button(ACTIONS.follow, `Follow ${topic.name}`, value, 'primary') : button(ACTIONS.unfollow, `Following ✓ — Unfollow`, value),
  ];
  if (channelFollowing !== undefined) {
    elements.push(channelFollowing === null ? button(ACTIONS.subscribe, 'Subscribe channel', value) : button(ACTIONS.unsubscribe, 'Channel subscribed ✓ — Unsubscribe', value));
  }
  return { type: 'actions', block_id: `topic:${topic.id}`.slice(0, 255), elements };
}

function storyLines(story: BriefStory): string {
  const first = story.articles[0];
  const title = first ? link(story.headline, first.url, 300) : escapeMrkdwn(story.headline, 300);
  const when = story.published === null || story.undated ? 'undated' : formatInstant(story.published, 'en');
  const meta = [when, story.sources.map((s) => escapeMrkdwn(s, 80)).join(', '), story.languages.join('+')].filter((m) => m !== '').join(' · ');
  return `*${title}*\n${meta}`;
}

function quietWeekLine(card: TopicCard): string {
  if (card.latest === null) return `_No stories on ${name(card.topic)} yet._`;
  return `_Nothing new on ${name(card.topic)} this week._ Latest stories, ${formatDay(card.latest.period.from, 'en')} – ${formatDay(card.latest.period.to, 'en')}:`;
}

function topicCardBlocks(card: TopicCard, following: SubscriptionMode | null, channelFollowing: SubscriptionMode | null | undefined): SlackReply {
  const blocks: KnownBlock[] = [
    section(`*${name(card.topic)}* — ${card.count} ${card.count === 1 ? 'story' : 'stories'} in the last seven days (${signed(card.change)} vs the week before)`),
    context(`${formatDay(card.period.from, 'en')} – ${formatDay(card.period.to, 'en')}${card.topic.nameAr ? ` · ${escapeMrkdwn(card.topic.nameAr, 120)}` : ''}`),
  ];
  // A quiet week shows the latest stories before it, under a line that says they are older.
  const stories = card.stories.length > 0 ? card.stories : (card.latest?.stories ?? []);
  if (card.stories.length === 0) blocks.push(section(quietWeekLine(card)));
  const lead = stories[0];
  if (lead && lead.summary.trim() !== '') blocks.push(section(escapeMrkdwn(lead.summary, 1200)));
  for (const story of stories) {
    const menu = storyMenu(story, labelsFor('en'));
    blocks.push(menu ? { ...section(storyLines(story)), accessory: menu } : section(storyLines(story)));
  }
  const co = [
    card.actors.length ? `Actors: ${card.actors.map((a) => `${name(a)} (${a.count})`).join(', ')}` : '',
    card.countries.length ? `Countries: ${card.countries.map((c) => `${name(c)} (${c.count})`).join(', ')}` : '',
  ];
  if (co.some((c) => c !== '')) blocks.push(context(...co));
  blocks.push(topicButtons(card.topic, following, channelFollowing, 'card'));
  blocks.push({ type: 'actions', elements: [button(ACTIONS.share, 'Share in channel', { topic: card.topic.id, view: 'card' })] });
  return { text: `${name(card.topic)}: ${card.count} ${card.count === 1 ? 'story' : 'stories'} in the last seven days`, blocks };
}

function searchBlocks(query: string, results: readonly SearchResult[]): SlackReply {
  if (results.length === 0) return { text: 'No articles found', blocks: [section(`No articles found for “${escapeMrkdwn(query, 200)}”. Try a country, an organisation or a process, e.g. \`khartoum\`, \`مصر\`, \`IOM\`.`)] };
  const blocks: KnownBlock[] = [section(`Articles matching “${escapeMrkdwn(query, 200)}”`)];
  for (const r of results) {
    blocks.push(section(`*${link(r.title, r.url, 300)}*\n${escapeMrkdwn(r.snippet, 500)}`));
    blocks.push(context([r.published ? formatDay(r.published.slice(0, 10), 'en') : 'undated', r.source ? escapeMrkdwn(r.source, 80) : '', r.lang].filter((x) => x !== '').join(' · ')));
  }
  return { text: `${results.length} articles matching ${escapeMrkdwn(query, 100)}`, blocks };
}


/** Hidden stories and muted outlets shown with their way back; more are counted (`unmute <outlet>` still works). */
const LISTED_FILTERS = { stories: 10, outlets: 10 } as const;

/** `list`'s "Hidden stories" and "Muted outlets": each with its Show again / Unmute button (the list is redrawn). */
function filterBlocks(target: 'user' | 'channel', hidden: readonly HiddenStory[], sources: readonly string[], lang: 'en' | 'ar'): KnownBlock[] {
  const labels = feedbackButtonLabels(lang);
  const blocks: KnownBlock[] = [];
  if (hidden.length > 0) {
    blocks.push({ type: 'divider' }, section(`*${hiddenStoriesHeading(target, lang)}*`));
    for (const story of hidden.slice(0, LISTED_FILTERS.stories)) {
      const title = story.title === null ? `_${unstoredStoryTitle(lang)}_` : escapeMrkdwn(story.title, 300);
      blocks.push({ ...section(title), accessory: button(ACTIONS.showAgain, labels.showAgain, feedbackValue({ action: 'unhide', articleIds: story.articleIds })) });
    }
    if (hidden.length > LISTED_FILTERS.stories) blocks.push(context(moreNotShown(hidden.length - LISTED_FILTERS.stories, lang)));
  }
  if (sources.length > 0) {
    blocks.push({ type: 'divider' }, section(`*${mutedOutletsHeading(target, lang)}*`));
    for (const source of sources.slice(0, LISTED_FILTERS.outlets)) {
      blocks.push({ ...section(escapeMrkdwn(source, 120)), accessory: button(ACTIONS.unmute, labels.unmute, feedbackValue({ action: 'unmute', source })) });
    }
    if (sources.length > LISTED_FILTERS.outlets) blocks.push(context(moreNotShown(sources.length - LISTED_FILTERS.outlets, lang)));
  }
  return blocks;
}

function listBlocks(result: Extract<CommandResult, { kind: 'list' }>): SlackReply {
  const { personal, channel, settings, muted, hidden } = result;
  const blocks: KnownBlock[] = [section('*You follow*')];
  if (personal.length === 0) blocks.push(context('Nothing yet. Try `/migration follow egypt` or the Follow button on any topic.'));
  for (const f of personal) {
    blocks.push(section(`${name(f.topic)}${f.mode === 'alerts' ? ' · alerts on' : ''}`));
    blocks.push(topicButtons(f.topic, f.mode, undefined, 'list'));
  }
  if (channel !== null) {
    blocks.push({ type: 'divider' }, section('*This channel is subscribed to*'));
    if (channel.length === 0) blocks.push(context('Nothing yet. Try `/migration subscribe khartoum`.'));
    for (const f of channel) blocks.push(section(`${name(f.topic)}${f.mode === 'alerts' ? ' · alerts on' : ''}`));
  }
  blocks.push(...filterBlocks(muted.target, hidden, muted.sources, settings.language));
  blocks.push(
    context(
      `Your brief: ${settings.day} ${settings.time} (${escapeMrkdwn(settings.timeZone, 60)}), in ${settings.language === 'ar' ? 'Arabic' : 'English'}. ${escapeMrkdwn(quietHoursText(settings), 200)}. Change them with \`schedule monday 08:00 Africa/Cairo\`, \`language ar\` or \`quiet 22:00-07:00\`.`,
    ),
  );
  // The settings line is last: keep it when trimming to Slack's limit.
  const limited = blocks.length > SLACK_TEXT_LIMITS.blocksPerMessage ? [...blocks.slice(0, SLACK_TEXT_LIMITS.blocksPerMessage - 1), ...blocks.slice(-1)] : blocks;
  return { text: `You follow ${personal.length} topics`, blocks: limited };
}

function helpBlocks(problem: string | null, suggestion: string | null): SlackReply {
  const blocks: KnownBlock[] = [];
  if (problem !== null) blocks.push(section(`:warning: ${escapeMrkdwn(problem, 500)}`));
  if (suggestion !== null) blocks.push(section(`Did you mean \`/migration ${escapeMrkdwn(suggestion, 200)}\`?`));
  blocks.push(
    section(
      [
        '*/migration* — migration-policy news in Arabic and English',
        '`/migration khartoum` — the topic this week: stories, summary, who and where (any topic, in English or Arabic: `مصر`, `IOM`, `trafficking`)',
        '`follow egypt` / `unfollow egypt` — your weekly brief by DM (`follow egypt alerts` for alerts too)',
        '`subscribe khartoum` / `unsubscribe khartoum` — this channel\'s brief',
        '`list` · `brief` · `schedule monday 08:00 Africa/Cairo` · `language ar` · `threads on|off` · `sources`',
        '`quiet 22:00-07:00` / `quiet off` — hours when alerts wait (here: you in a DM, the channel in a channel)',
        '`unmute Al-Wasat` — an outlet muted with a story\'s ⋯ menu (Not relevant, Mute _outlet_ here)',
        '`track Tunis MoU = Tunisia memorandum, مذكرة التفاهم` — a topic of your own',
      ].join('\n'),
    ),
    context(`Commands: ${VERBS.join(', ')}`),
  );
  return { text: problem === null ? 'How to use /migration' : escapeMrkdwn(problem, 300), blocks };
}

/** The confirmation of a story menu choice (or its undo), naming the story or outlet, with an Undo button while there is one. */
function feedbackBlocks(result: FeedbackResult): SlackReply {
  const title = result.title === null ? '' : `*${escapeMrkdwn(result.title, 300)}*`;
  const text = feedbackSentence(result, { title, source: result.source === null ? '' : `*${escapeMrkdwn(result.source, 120)}*` }, result.lang);
  const undo =
    result.action === 'hide' ? feedbackValue({ action: 'unhide', articleIds: result.articleIds }) : result.action === 'mute' && result.source !== null ? feedbackValue({ action: 'unmute', source: result.source }) : null;
  const blocks: KnownBlock[] = [section(text)];
  if (undo !== null) blocks.push({ type: 'actions', elements: [button(ACTIONS.undoFeedback, feedbackButtonLabels(result.lang).undo, undo)] });
  return { text: fallback(text), blocks };
}

/** A Slack channel id: `<#C…>` is drawn by the client as the channel's name, for those who may see it. */
const SLACK_CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/** Share in channel's note to the clicker: where the card went. */
function sharedBlocks(result: Extract<CommandResult, { kind: 'shared' }>): SlackReply {
  const where = result.direct
    ? null
    : result.channelId !== null && SLACK_CHANNEL_ID.test(result.channelId)
      ? `<#${result.channelId}>`
      : result.channelName !== null
        ? `#${escapeMrkdwn(result.channelName.replace(/^#/u, ''), 80)}`
        : thisChannel(result.lang);
  const text = sharedSentence(`*${name(result.topic)}*`, where, result.lang);
  return { text: fallback(text), blocks: [section(`:white_check_mark: ${text}`)] };
}

/** The reply to a command or a click, as one or more messages (a long brief is split). */
export function renderResult(result: CommandResult): SlackReply[] {
  switch (result.kind) {
    case 'topic':
      return [topicCardBlocks(result.card, result.following, result.channelFollowing)];
    case 'search':
      return [searchBlocks(result.query, result.results)];
    case 'subscription': {
      const text = subscriptionSentence(result, `*${name(result.topic)}*`);
      const { following, channelFollowing } = subscriptionButtonState(result);
      return [{ text: fallback(text), blocks: [section(text), topicButtons(result.topic, following, channelFollowing, 'confirm')] }];
    }
    case 'list':
      return [listBlocks(result)];
    case 'feedback':
      return [feedbackBlocks(result)];
    case 'brief':
      return renderBriefBlocks(result.brief);
    case 'settings': {
      const s = result.settings;
      const what =
        result.changed === 'language'
          ? `Briefs and topic cards are now in ${s.language === 'ar' ? 'Arabic' : 'English'}.`
          : result.changed === 'schedule'
            ? `${result.target === 'user' ? 'Your' : "This channel's"} brief now comes on ${s.day} at ${s.time} (${escapeMrkdwn(s.timeZone, 60)}).`
            : result.changed === 'quiet'
              ? `${result.target === 'user' ? 'Your alerts' : "This channel's alerts"}: ${escapeMrkdwn(quietHoursText(s), 200)}${s.quietStart === null ? '' : '; alerts found then wait until the end'}.`
              : `Brief details will ${s.threads ? 'go in a thread' : 'be posted in the channel'}.`;
      return [{ text: fallback(what), blocks: [section(what)] }];
    }
    case 'tracked': {
      const text = `Now tracking *${name(result.topic)}* (${result.aliases.map((a) => escapeMrkdwn(a, 100)).join(', ')}); ${result.relinked} existing articles linked.`;
      return [{ text: fallback(text), blocks: [section(text), topicButtons(result.topic, null, undefined, 'confirm')] }];
    }
    case 'sources':
      return [sourcesBlocks(result.feeds, result.outlets)];
    case 'help':
      return [helpBlocks(result.problem, result.suggestion)];
    case 'shared':
      return [sharedBlocks(result)];
    case 'unknown-topic': {
      const blocks: KnownBlock[] = [section(`:mag: ${escapeMrkdwn(result.message, 500)}`)];
      for (const topic of result.closest) blocks.push(section(`*${name(topic)}* (${topic.kind})`), topicButtons(topic, null, undefined, 'confirm'));
      return [{ text: escapeMrkdwn(result.message, 300), blocks }];
    }
  }
}

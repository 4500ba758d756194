/**
 * What our card buttons mean. Each is an Action.Submit whose `data` comes back as the activity's
 * `value` when clicked (https://adaptivecards.io/explorer/Action.Submit.html); it is ours, but it
 * comes back through the client, so it is parsed with zod and never trusted. Same semantics as
 * Slack's buttons (adapters/slack/blocks/buttons.ts): Follow ↔ Unfollow by state, Subscribe channel
 * ↔ Unsubscribe channel only where a channel is, Undo for a story hidden or an outlet muted.
 */
import { z } from 'zod';
import type { BriefEntity, BriefStory } from '../../../digests/brief/brief-model.js';
import type { FeedbackChange } from '../../../src/commands/command-result.js';
import { MAX_NAME_CHARS } from '../../../src/commands/grammar.js';
import { entityName } from '../../../digests/brief/labels.js';
import { uiText, type UiLang } from '../../../src/i18n/interface-text.js';
import type { SubscriptionMode } from '../../../src/subscriptions/subscription.service.js';
import { ARTICLE_ID, MAX_STORY_ARTICLES } from '../../../src/subscriptions/conversation-filters.js';
import type { SubmitAction } from './adaptive-card.js';
import { cardText } from './text.js';

const topicId = z.string().min(3).max(200);
/** Which view to redraw after a click: the topic card, the list of follows, or a confirmation. */
const view = z.enum(['card', 'list', 'confirm']);

/** Where a feedback button sat: `list` (Show again, Unmute: the list is redrawn) or anywhere else (a confirmation answers). */
const feedbackView = z.enum(['list']).optional();

export const CardActionSchema = z.discriminatedUnion('mawjaz', [
  z.object({ mawjaz: z.enum(['follow', 'unfollow', 'subscribe', 'unsubscribe', 'share']), topic: topicId, view }),
  z.object({ mawjaz: z.enum(['hide', 'unhide']), articleIds: z.array(z.string().regex(ARTICLE_ID)).min(1).max(MAX_STORY_ARTICLES), view: feedbackView }),
  z.object({ mawjaz: z.enum(['mute', 'unmute']), source: z.string().trim().min(1).max(MAX_NAME_CHARS), view: feedbackView }),
]);
export type CardAction = z.infer<typeof CardActionSchema>;
export type TopicView = z.infer<typeof view>;

/** A clicked button's `value` (Teams merges any card inputs into it; extra keys are dropped), or null. */
export function parseCardAction(value: unknown): CardAction | null {
  const parsed = CardActionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The click as a story/outlet change for the command service, or null for a topic button. */
export function feedbackChangeOf(action: CardAction): FeedbackChange | null {
  if (action.mawjaz === 'hide' || action.mawjaz === 'unhide') return { action: action.mawjaz, articleIds: action.articleIds };
  if (action.mawjaz === 'mute' || action.mawjaz === 'unmute') return { action: action.mawjaz, source: action.source };
  return null;
}

/** Teams shows about 40 characters of a button title; the rest is cut by the client anyway. */
const TITLE_CHARS = 60;

export function submit(title: string, data: CardAction, style?: 'positive' | 'destructive'): SubmitAction {
  return { type: 'Action.Submit', title: cardText(title, TITLE_CHARS), data, ...(style ? { style } : {}) };
}

/** True for a button of `list` (Show again, Unmute): its answer redraws the list. */
export function clickedInList(action: CardAction): boolean {
  return 'view' in action && action.view === 'list';
}

/** A feedback change as the button that makes it (Not relevant, Undo; Show again and Unmute in `list`). */
export function feedbackButton(title: string, change: FeedbackChange, inList = false): SubmitAction {
  const at = inList ? { view: 'list' as const } : {};
  return submit(title, 'articleIds' in change ? { mawjaz: change.action, articleIds: change.articleIds, ...at } : { mawjaz: change.action, source: change.source, ...at });
}

/** A name this long no longer fits a button beside "Follow " in a narrow Teams window. */
const BUTTON_NAME_CHARS = 28;

/**
 * "Follow <topic>", or just "Follow" (with the full title as its tooltip) when the name would be cut:
 * every place that offers the button names the topic beside it (the card's heading, the list's row).
 */
function followButton(name: string, data: CardAction, lang: UiLang): SubmitAction {
  const t = uiText(lang);
  const full = t.follow(name);
  return [...name].length > BUTTON_NAME_CHARS ? { ...submit(t.followShort, data, 'positive'), tooltip: cardText(full, TITLE_CHARS) } : submit(full, data, 'positive');
}

/**
 * Follow (you) and, where `channelFollowing` is given, Subscribe (this channel) for a topic, showing
 * its current state; `channelFollowing` undefined means there is no channel here (a personal chat).
 */
export function topicButtons(
  topic: BriefEntity,
  following: SubscriptionMode | null,
  channelFollowing: SubscriptionMode | null | undefined,
  at: TopicView,
  lang: UiLang = 'en',
): SubmitAction[] {
  const t = uiText(lang);
  const ref = { topic: topic.id, view: at };
  const buttons = [following === null ? followButton(entityName(topic, lang), { mawjaz: 'follow', ...ref }, lang) : submit(t.followingUnfollow, { mawjaz: 'unfollow', ...ref })];
  if (channelFollowing !== undefined) {
    buttons.push(channelFollowing === null ? submit(t.subscribeChannel, { mawjaz: 'subscribe', ...ref }) : submit(t.channelSubscribedUnsubscribe, { mawjaz: 'unsubscribe', ...ref }));
  }
  return buttons;
}

/** The ids a Not relevant button names a story by: its articles' (any one names it), as many as a change holds. */
export function storyArticleIds(story: Pick<BriefStory, 'articles'>): string[] {
  return [...new Set(story.articles.map((a) => a.id))].filter((id) => ARTICLE_ID.test(id)).slice(0, MAX_STORY_ARTICLES);
}

/**
 * What a button click does, once an adapter has decoded it (Slack's action values, Teams' card data,
 * the playground's copies of both): the change through the command service, then what the message the
 * button sat on should show now. Adapters decide only how to post it (replace, answer anew).
 */
import { MawjazError } from '../errors.js';
import type { Audience } from '../subscriptions/targets.js';
import type { TargetDefaults } from '../subscriptions/subscription.service.js';
import type { CommandResult, FeedbackChange } from './command-result.js';
import type { CommandService, SubscriptionAction } from './command.service.js';

/** Share in channel: the topic card for the conversation, and a note to the clicker saying where it went. */
export interface SharedTopic {
  card: CommandResult;
  /** Null when there was no card to share (a topic removed since): the card's answer says so. */
  confirmation: CommandResult | null;
}

/** `channelName` as the platform names the channel ("#migration-desk"), null when it gave none. */
export async function shareClick(commands: CommandService, audience: Audience, topicId: string, channelName: string | null): Promise<SharedTopic> {
  const card = await commands.showTopic(audience, topicId);
  if (card.kind !== 'topic') return { card, confirmation: null };
  const direct = audience.isDirect || audience.channelId === null;
  return { card, confirmation: { kind: 'shared', topic: card.card.topic, direct, channelId: direct ? null : audience.channelId, channelName: direct ? null : channelName, lang: card.lang ?? 'en' } };
}

/** The message a topic button sat on: the topic card, the list of follows, a confirmation, or App Home (redrawn by its adapter). */
export type ClickedView = 'card' | 'list' | 'confirm' | 'home';

/** Follow / Unfollow / Subscribe / Unsubscribe: the change, then the card or list redrawn with the button's new state. */
export async function subscriptionClick(commands: CommandService, audience: Audience, action: SubscriptionAction, topicId: string, view: ClickedView, defaults: TargetDefaults = {}): Promise<CommandResult> {
  const result = await commands.changeSubscription(audience, action, topicId, 'brief', defaults);
  if (result.kind === 'subscription' && view === 'card') return commands.showTopic(audience, result.topic.id);
  if (result.kind === 'subscription' && view === 'list') return commands.run(audience, 'list');
  return result;
}

/**
 * Not relevant / Mute and their undo: the confirmation (or, for Unmute in `list`, the list redrawn);
 * an outlet renamed or removed since the message was posted is said so, not failed silently.
 */
export async function feedbackClick(commands: CommandService, audience: Audience, change: FeedbackChange, redrawList: boolean): Promise<CommandResult> {
  let result: CommandResult;
  try {
    result = await commands.changeFeedback(audience, change);
  } catch (error) {
    if (!(error instanceof MawjazError)) throw error;
    return { kind: 'help', problem: error.message, suggestion: null };
  }
  return redrawList ? commands.run(audience, 'list') : result;
}

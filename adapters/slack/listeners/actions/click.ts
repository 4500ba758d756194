/**
 * A click on one of our Block Kit elements, decoded (its action id, and the value parsed, never
 * trusted) and answered through the core (src/commands/clicks.ts). Used by the Bolt listeners and by
 * the playground, which replays the same clicks; no Bolt here.
 */
import type { CommandResult } from '../../../../src/commands/command-result.js';
import type { CommandService, SubscriptionAction } from '../../../../src/commands/command.service.js';
import { feedbackClick, shareClick, subscriptionClick } from '../../../../src/commands/clicks.js';
import type { TargetDefaults } from '../../../../src/subscriptions/subscription.service.js';
import type { Audience } from '../../../../src/subscriptions/targets.js';
import { ACTIONS, parseButtonValue, parseFeedbackValue } from '../../blocks/buttons.js';

export const SUBSCRIPTION_ACTIONS: Record<string, SubscriptionAction> = {
  [ACTIONS.follow]: 'follow',
  [ACTIONS.unfollow]: 'unfollow',
  [ACTIONS.subscribe]: 'subscribe',
  [ACTIONS.unsubscribe]: 'unsubscribe',
};

export const FEEDBACK_ACTIONS: readonly string[] = [ACTIONS.storyMenu, ACTIONS.undoFeedback, ACTIONS.unmute, ACTIONS.showAgain];

/** Buttons of `list` (Unmute, Show again): the list is redrawn with the outlet or story gone from it. */
const LIST_ACTIONS: readonly string[] = [ACTIONS.unmute, ACTIONS.showAgain];

export interface SlackClickAnswer {
  /** What to show; null when App Home is to be redrawn instead (it has no message to replace). */
  result: CommandResult | null;
  /** The answer replaces the message clicked on (else it is posted beside it). */
  replaceOriginal: boolean;
  /** Shared with the channel (Share in channel), not shown to the clicker alone. */
  inChannel: boolean;
  /** Shown to the clicker alone after `result` (Share in channel: where the card went). */
  confirmation: CommandResult | null;
}

/**
 * The answer to a click, or null when its action id is not ours or its value does not parse.
 * `channelName`: the channel as the payload names it, for Share in channel's confirmation.
 */
export async function answerSlackClick(
  commands: CommandService,
  audience: Audience,
  actionId: string,
  value: string | undefined,
  defaults: TargetDefaults = {},
  channelName: string | null = null,
): Promise<SlackClickAnswer | null> {
  const subscription = SUBSCRIPTION_ACTIONS[actionId];
  if (subscription !== undefined || actionId === ACTIONS.share) {
    const button = parseButtonValue(value);
    if (!button) return null;
    if (subscription === undefined) {
      const shared = await shareClick(commands, audience, button.topic, channelName);
      return { result: shared.card, replaceOriginal: false, inChannel: shared.confirmation !== null, confirmation: shared.confirmation };
    }
    const result = await subscriptionClick(commands, audience, subscription, button.topic, button.view, defaults);
    return { result: button.view === 'home' ? null : result, replaceOriginal: true, inChannel: false, confirmation: null };
  }
  if (!FEEDBACK_ACTIONS.includes(actionId)) return null;
  const change = parseFeedbackValue(value);
  if (!change) return null;
  const inList = LIST_ACTIONS.includes(actionId);
  const result = await feedbackClick(commands, audience, change, inList);
  // A menu choice confirms beside the brief (which stays); Undo replaces that confirmation, Unmute and Show again the list.
  const replaceOriginal = result.kind !== 'help' && (actionId === ACTIONS.undoFeedback || inList);
  return { result, replaceOriginal, inChannel: false, confirmation: null };
}

/**
 * A click on one of our Block Kit elements, decoded (its action id, and the value parsed, never
 * trusted) and answered through the core (src/commands/clicks.ts). Used by the Bolt listeners and by
 * the playground, which replays the same clicks; no Bolt here.
 */
import type { CommandResult } from '../../../../src/commands/command-result.js';
import type { CommandService, SubscriptionAction } from '../../../../src/commands/command.service.js';
import { feedbackClick, subscriptionClick } from '../../../../src/commands/clicks.js';
import type { TargetDefaults } from '../../../../src/subscriptions/subscription.service.js';
import type { Audience } from '../../../../src/subscriptions/targets.js';
import { ACTIONS, parseButtonValue, parseFeedbackValue } from '../../blocks/buttons.js';

export const SUBSCRIPTION_ACTIONS: Record<string, SubscriptionAction> = {
  [ACTIONS.follow]: 'follow',
  [ACTIONS.unfollow]: 'unfollow',
  [ACTIONS.subscribe]: 'subscribe',
  [ACTIONS.unsubscribe]: 'unsubscribe',
};

export const FEEDBACK_ACTIONS: readonly string[] = [ACTIONS.storyMenu, ACTIONS.undoFeedback, ACTIONS.unmute];

export interface SlackClickAnswer {
  /** What to show; null when App Home is to be redrawn instead (it has no message to replace). */
  result: CommandResult | null;
  /** The answer replaces the message clicked on (else it is posted beside it). */
  replaceOriginal: boolean;
  /** Shared with the channel (Share in channel), not shown to the clicker alone. */
  inChannel: boolean;
}

/** The answer to a click, or null when its action id is not ours or its value does not parse. */
export async function answerSlackClick(commands: CommandService, audience: Audience, actionId: string, value: string | undefined, defaults: TargetDefaults = {}): Promise<SlackClickAnswer | null> {
  const subscription = SUBSCRIPTION_ACTIONS[actionId];
  if (subscription !== undefined || actionId === ACTIONS.share) {
    const button = parseButtonValue(value);
    if (!button) return null;
    if (subscription === undefined) return { result: await commands.showTopic(audience, button.topic), replaceOriginal: false, inChannel: true };
    const result = await subscriptionClick(commands, audience, subscription, button.topic, button.view, defaults);
    return { result: button.view === 'home' ? null : result, replaceOriginal: true, inChannel: false };
  }
  if (!FEEDBACK_ACTIONS.includes(actionId)) return null;
  const change = parseFeedbackValue(value);
  if (!change) return null;
  const result = await feedbackClick(commands, audience, change, actionId === ACTIONS.unmute);
  // A menu choice confirms beside the brief (which stays); Undo replaces that confirmation, Unmute the list.
  const replaceOriginal = result.kind !== 'help' && (actionId === ACTIONS.undoFeedback || actionId === ACTIONS.unmute);
  return { result, replaceOriginal, inChannel: false };
}

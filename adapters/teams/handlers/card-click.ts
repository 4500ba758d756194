/**
 * A card button's click, decoded (Action.Submit data parsed with zod, never trusted) and answered
 * through the core (src/commands/clicks.ts). Used by the message handler and by the playground, which
 * replays the same clicks; no botbuilder here.
 */
import type { CommandResult } from '../../../src/commands/command-result.js';
import type { CommandService } from '../../../src/commands/command.service.js';
import { feedbackClick, shareClick, subscriptionClick } from '../../../src/commands/clicks.js';
import type { TargetDefaults } from '../../../src/subscriptions/subscription.service.js';
import type { Audience } from '../../../src/subscriptions/targets.js';
import { clickedInList, feedbackChangeOf, parseCardAction } from '../cards/actions.js';

export interface CardClickAnswer {
  result: CommandResult;
  /** The answer replaces the card clicked on (else it is sent as a new card). */
  replace: boolean;
  /** Sent after `result` (Share in channel: where the card went). */
  confirmation: CommandResult | null;
}

/**
 * The answer to a click, or null when its data is not one of our actions. `channelName`: the channel
 * as the activity names it (Teams gives none for a team's General channel), for Share's confirmation.
 */
export async function answerCardClick(commands: CommandService, audience: Audience, data: unknown, defaults: TargetDefaults = {}, channelName: string | null = null): Promise<CardClickAnswer | null> {
  const action = parseCardAction(data);
  if (!action) return null;
  const feedback = feedbackChangeOf(action);
  if (feedback) {
    const inList = clickedInList(action);
    const result = await feedbackClick(commands, audience, feedback, inList);
    // Not relevant and Mute confirm beside the card (which stays); Undo replaces that confirmation, Unmute and Show again the list.
    return { result, replace: result.kind !== 'help' && (inList || feedback.action === 'unmute' || feedback.action === 'unhide'), confirmation: null };
  }
  if (!('topic' in action)) return null;
  if (action.mawjaz === 'share') {
    const shared = await shareClick(commands, audience, action.topic, channelName);
    return { result: shared.card, replace: false, confirmation: shared.confirmation };
  }
  return { result: await subscriptionClick(commands, audience, action.mawjaz, action.topic, action.view, defaults), replace: true, confirmation: null };
}

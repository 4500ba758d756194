/**
 * A card button's click, decoded (Action.Submit data parsed with zod, never trusted) and answered
 * through the core (src/commands/clicks.ts). Used by the message handler and by the playground, which
 * replays the same clicks; no botbuilder here.
 */
import type { CommandResult } from '../../../src/commands/command-result.js';
import type { CommandService } from '../../../src/commands/command.service.js';
import { feedbackClick, subscriptionClick } from '../../../src/commands/clicks.js';
import type { TargetDefaults } from '../../../src/subscriptions/subscription.service.js';
import type { Audience } from '../../../src/subscriptions/targets.js';
import { feedbackChangeOf, parseCardAction } from '../cards/actions.js';

export interface CardClickAnswer {
  result: CommandResult;
  /** The answer replaces the card clicked on (else it is sent as a new card). */
  replace: boolean;
}

/** The answer to a click, or null when its data is not one of our actions. */
export async function answerCardClick(commands: CommandService, audience: Audience, data: unknown, defaults: TargetDefaults = {}): Promise<CardClickAnswer | null> {
  const action = parseCardAction(data);
  if (!action) return null;
  const feedback = feedbackChangeOf(action);
  if (feedback) {
    const result = await feedbackClick(commands, audience, feedback, feedback.action === 'unmute');
    // Not relevant and Mute confirm beside the card (which stays); Undo replaces that confirmation, Unmute the list.
    return { result, replace: result.kind !== 'help' && (feedback.action === 'unmute' || feedback.action === 'unhide') };
  }
  if (!('topic' in action)) return null;
  if (action.mawjaz === 'share') return { result: await commands.showTopic(audience, action.topic), replace: false };
  return { result: await subscriptionClick(commands, audience, action.mawjaz, action.topic, action.view, defaults), replace: true };
}

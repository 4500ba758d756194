/**
 * A message to the bot: a typed command of the shared grammar ("khartoum", "follow egypt",
 * "@Mawjaz subscribe iom" in a channel), or a card button (Action.Submit sends a message whose
 * `value` is the button's data). https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions
 */
import { TurnContext } from 'botbuilder';
import { MawjazError } from '../../../src/errors.js';
import { feedbackChangeOf, parseCardAction } from '../cards/actions.js';
import { renderTeamsResult } from '../cards/result-cards.js';
import type { TeamsPlace } from '../activity-place.js';
import { replaceCard, sendCards } from '../reply.js';
import type { HandlerDeps } from './deps.js';

export async function onMessage(context: TurnContext, place: TeamsPlace, deps: HandlerDeps): Promise<void> {
  const { activity } = context;
  // The zone Teams reports for the person's client: a first follow's brief comes at 08:00 their time.
  const defaults = activity.localTimezone ? { timeZone: activity.localTimezone } : {};
  if (activity.value !== undefined && activity.value !== null) {
    await onCardAction(context, place, deps, defaults);
    return;
  }
  // "<at>Mawjaz</at> khartoum" in a channel: the mention is the bot's name, not the command.
  const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
  const result = await deps.commands.run(place.audience, text, defaults);
  await sendCards(context, renderTeamsResult(result));
}

async function onCardAction(context: TurnContext, place: TeamsPlace, deps: HandlerDeps, defaults: { timeZone?: string }): Promise<void> {
  const action = parseCardAction(context.activity.value);
  if (!action) {
    deps.engine.logger.warn('teams: card action with an unreadable value');
    return;
  }
  const { commands } = deps;
  const feedback = feedbackChangeOf(action);
  if (feedback) {
    let result;
    try {
      result = await commands.changeFeedback(place.audience, feedback);
    } catch (error) {
      // An outlet renamed or removed since the card was posted: say so rather than fail silently.
      if (!(error instanceof MawjazError)) throw error;
      await sendCards(context, renderTeamsResult({ kind: 'help', problem: error.message, suggestion: null }));
      return;
    }
    if (feedback.action === 'unmute') await replaceCard(context, renderTeamsResult(await commands.run(place.audience, 'list')));
    // Not relevant and Mute confirm beside the card (which stays); Undo replaces that confirmation.
    else if (feedback.action === 'unhide') await replaceCard(context, renderTeamsResult(result));
    else await sendCards(context, renderTeamsResult(result));
    return;
  }
  if (!('topic' in action)) return;
  if (action.mawjaz === 'share') {
    await sendCards(context, renderTeamsResult(await commands.showTopic(place.audience, action.topic)));
    return;
  }
  const result = await commands.changeSubscription(place.audience, action.mawjaz, action.topic, 'brief', defaults);
  if (result.kind === 'subscription' && action.view === 'card') {
    await replaceCard(context, renderTeamsResult(await commands.showTopic(place.audience, result.topic.id)));
    return;
  }
  if (result.kind === 'subscription' && action.view === 'list') {
    await replaceCard(context, renderTeamsResult(await commands.run(place.audience, 'list')));
    return;
  }
  await replaceCard(context, renderTeamsResult(result));
}

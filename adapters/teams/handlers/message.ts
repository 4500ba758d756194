/**
 * A message to the bot: a typed command of the shared grammar ("khartoum", "follow egypt",
 * "@Mawjaz subscribe iom" in a channel), or a card button (Action.Submit sends a message whose
 * `value` is the button's data). https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions
 */
import { type Activity, TurnContext } from 'botbuilder';
import { renderTeamsResult } from '../cards/result-cards.js';
import type { TeamsPlace } from '../activity-place.js';
import { replaceCard, sendCards } from '../reply.js';
import { answerCardClick } from './card-click.js';
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
  const answer = await answerCardClick(deps.commands, place.audience, context.activity.value, defaults, channelNameOf(context.activity));
  if (!answer) {
    deps.engine.logger.warn('teams: card action with an unreadable value');
    return;
  }
  await (answer.replace ? replaceCard : sendCards)(context, renderTeamsResult(answer.result));
  if (answer.confirmation !== null) await sendCards(context, renderTeamsResult(answer.confirmation));
}

/** The channel's name as Teams sends it in channelData (absent for a team's General channel and in chats). */
function channelNameOf(activity: Activity): string | null {
  const data: unknown = activity.channelData;
  if (typeof data !== 'object' || data === null || !('channel' in data)) return null;
  const channel: unknown = data.channel;
  if (typeof channel !== 'object' || channel === null || !('name' in channel)) return null;
  return typeof channel.name === 'string' && channel.name.trim() !== '' ? channel.name : null;
}

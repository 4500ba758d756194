/** Sends our card messages into the conversation of a turn: one activity per message, the notification text as its summary. */
import { type Activity, CardFactory, type TurnContext } from 'botbuilder';
import type { TeamsMessage } from './cards/adaptive-card.js';

export function cardActivity(message: TeamsMessage): Partial<Activity> {
  return { type: 'message', summary: message.text, attachments: [CardFactory.adaptiveCard(message.card)] };
}

export async function sendCards(context: TurnContext, messages: readonly TeamsMessage[]): Promise<void> {
  for (const message of messages) await context.sendActivity(cardActivity(message));
}

/** Redraws the card a button was pressed on (Teams lets a bot update its own message); else answers anew. */
export async function replaceCard(context: TurnContext, messages: readonly TeamsMessage[]): Promise<void> {
  const [first, ...rest] = messages;
  const cardId = context.activity.replyToId;
  if (first && cardId) {
    try {
      await context.updateActivity({ ...cardActivity(first), id: cardId });
      await sendCards(context, rest);
      return;
    } catch {
      // Some clients (and the Emulator) cannot update: fall through and post the new state instead.
    }
  }
  await sendCards(context, messages);
}

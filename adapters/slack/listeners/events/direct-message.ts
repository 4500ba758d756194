/**
 * A message in the bot's Messages tab (message.im) answered like `/migration`. Only people's own new
 * messages: not the bot's replies (bot_id; Bolt's ignoreSelf cannot tell without auth.test), nor edits,
 * deletions and other subtypes. https://api.slack.com/events/message.im
 */
import type { App } from '@slack/bolt';
import { firstDelivery, type ListenerDeps } from '../deps.js';
import { answerTypedMessage } from './conversation-answer.js';

export function register(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, body, client }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id !== undefined) return;
    if (!(await firstDelivery(deps, body.event_id))) return;
    await answerTypedMessage(deps, client, { workspaceId: body.team_id, userId: event.user, channelId: event.channel, text: event.text ?? '', threadTs: event.thread_ts });
  });
}

/**
 * "@Mawjaz khartoum" in a channel answered like `/migration khartoum`, in the channel (in the thread when
 * the mention was in one), for everyone there to see. https://api.slack.com/events/app_mention
 */
import type { App } from '@slack/bolt';
import { firstDelivery, type ListenerDeps } from '../deps.js';
import { answerTypedMessage, withoutMention } from './conversation-answer.js';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    // Another bot mentioning us (or our own message quoting the mention) is not a person asking.
    if (event.bot_id !== undefined || event.user === undefined) return;
    if (!(await firstDelivery(deps, body.event_id))) return;
    const botUserId = context.botUserId ?? body.authorizations?.[0]?.user_id;
    await answerTypedMessage(deps, client, { workspaceId: body.team_id, userId: event.user, channelId: event.channel, text: withoutMention(event.text, botUserId), threadTs: event.thread_ts });
  });
}

/**
 * A message typed to the bot (in its Messages tab, or with an @mention in a channel) answered with the
 * same grammar as `/migration`, as the Teams bot answers any message. Events carry no response_url, so
 * the answer is posted with chat.postMessage, in the thread when the message was in one.
 * https://api.slack.com/methods/chat.postMessage
 */
import type { Audience } from '../../../../src/subscriptions/targets.js';
import { renderResult } from '../../blocks/result-blocks.js';
import { fitResponseUrl, type ListenerDeps, type SlackClient, zoneOf } from '../deps.js';

export interface TypedMessage {
  workspaceId: string;
  userId: string;
  channelId: string;
  text: string;
  /** The thread the message was in, if any: the answer goes there too. */
  threadTs: string | undefined;
}

/** Runs the typed command and posts its answer to the conversation; a failure is posted as a sentence, then rethrown for Bolt's error log. */
export async function answerTypedMessage(deps: ListenerDeps, client: SlackClient, message: TypedMessage): Promise<void> {
  const audience: Audience = {
    platform: 'slack',
    workspaceId: message.workspaceId,
    userId: message.userId,
    channelId: message.channelId,
    isDirect: message.channelId.startsWith('D'),
  };
  const where = { channel: message.channelId, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) };
  try {
    const result = await deps.commands.run(audience, message.text, { timeZone: zoneOf(client, message.userId) });
    // The same cap as a slash command's answer: a chat is no place for more than five messages at once.
    for (const reply of fitResponseUrl(renderResult(result))) await client.chat.postMessage({ ...where, text: reply.text, blocks: reply.blocks });
  } catch (error) {
    await client.chat.postMessage({ ...where, text: deps.commands.failureText(audience, error, message.text) }).catch(() => undefined);
    throw error;
  }
}

/**
 * The command in a mention's text: without the bot's own mention (wherever it is) nor a leading one
 * (Slack writes mentions as <@U123> or <@U123|name>).
 */
export function withoutMention(text: string, botUserId: string | undefined): string {
  const own = botUserId ? text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ') : text;
  return own.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/, ' ').replace(/\s+/g, ' ').trim();
}

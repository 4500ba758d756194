/**
 * Posts briefs to Slack: a person's DM (opened with conversations.open) or a channel, as one or more
 * messages (renderBriefBlocks splits long briefs); with threads on, the first message goes to the
 * channel and the rest into its thread. The Web API client retries server errors; a 429 is handed back
 * to the outbox, which retries that delivery no sooner than Slack's Retry-After. Errors that mean the conversation is gone pause the target instead of failing forever.
 * Each workspace is posted to with its own bot token (one token for a single-workspace install).
 */
import { type ChatPostMessageArguments, ErrorCode, WebClient } from '@slack/web-api';
import type { Logger } from '../../src/logger.js';
import type { Brief } from '../../digests/brief/brief-model.js';
import { type AlertItem, type BriefDeliverer, type DeliveryProgress, type DeliveryTarget, FIRST_ATTEMPT, RetryLater, TargetGone } from '../../src/delivery/deliverer.js';
import { renderAlertBlocks } from './blocks/alert-blocks.js';
import { renderBriefBlocks } from './blocks/brief-blocks.js';
import { NOT_INSTALLED, platformGone } from './pause-reasons.js';
import { webApiOptions } from './web-api-options.js';

/**
 * The bot token to post with: the one token of a single-workspace install, or each workspace's own from
 * its OAuth installation (undefined when the app is not installed there).
 */
export type SlackTokens = { botToken: string } | { botTokenFor(workspaceId: string): Promise<string | undefined> };

export type SlackDeliverySettings = SlackTokens & {
  apiUrl?: string;
  /** The Web API clients' debug output and warnings go here (scrubbed), never to the console. */
  logger: Logger;
  /** Retries of a failed call (429s are waited out separately). */
  retries?: number;
  /** Slack allows about one message per second per channel; consecutive posts to one channel wait this long. */
  perChannelIntervalMs?: number;
};

/** Slack error codes after which nothing more can be posted there without someone acting. */
const GONE = new Set(['channel_not_found', 'is_archived', 'not_in_channel', 'account_inactive', 'token_revoked', 'invalid_auth', 'user_not_found', 'cannot_dm_bot']);

function platformError(error: unknown): string | null {
  if (error instanceof Error && 'code' in error && error.code === ErrorCode.PlatformError && 'data' in error) {
    const data = error.data as { error?: unknown };
    return typeof data.error === 'string' ? data.error : 'platform error';
  }
  return null;
}

export function createSlackDeliverer(settings: SlackDeliverySettings): BriefDeliverer {
  // One client per token, kept per workspace: each client queues its own calls, and Slack's rate limits
  // are per workspace. A reinstall's new token replaces the old client.
  const clients = new Map<string, { token: string; client: WebClient }>();
  async function clientFor(target: DeliveryTarget): Promise<WebClient> {
    const token = 'botToken' in settings ? settings.botToken : await settings.botTokenFor(target.workspaceId);
    if (token === undefined) throw new TargetGone(NOT_INSTALLED);
    const cached = clients.get(target.workspaceId);
    if (cached?.token === token) return cached.client;
    const client = new WebClient(token, {
      ...webApiOptions(settings.apiUrl, settings.logger),
      retryConfig: { retries: settings.retries ?? 3, factor: 2, minTimeout: 500, maxTimeout: 10_000 },
      // A 429 is not waited out here (that would hold every post to the workspace behind one channel's
      // limit): it becomes RetryLater, and the outbox retries that delivery after Slack's Retry-After.
      rejectRateLimitedCalls: true,
    });
    clients.set(target.workspaceId, { token, client });
    return client;
  }

  async function channelFor(client: WebClient, target: DeliveryTarget): Promise<string> {
    if (!target.conversationId.startsWith('user:')) return target.conversationId;
    const opened = await client.conversations.open({ users: target.conversationId.slice('user:'.length) });
    const id = opened.channel?.id;
    if (!id) throw new Error('conversations.open returned no channel');
    return id;
  }

  // When each channel was last posted to: a long brief's messages (and a brief followed by alerts)
  // go out at Slack's pace instead of tripping its per-channel limit.
  const lastPost = new Map<string, number>();
  const interval = settings.perChannelIntervalMs ?? 1_000;
  async function post(client: WebClient, args: ChatPostMessageArguments): Promise<string | undefined> {
    const wait = (lastPost.get(args.channel) ?? -Infinity) + interval - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      return (await client.chat.postMessage(args)).ts;
    } finally {
      // From when Slack answered: the next message arrives at least the interval after this one did.
      if (lastPost.size > 10_000) lastPost.clear();
      lastPost.set(args.channel, Date.now());
    }
  }

  /**
   * Slack errors that mean the conversation is gone become TargetGone (the target gets paused); a rate
   * limit the client did not wait out becomes RetryLater with Slack's Retry-After.
   */
  async function posting<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const code = platformError(error);
      if (code !== null && GONE.has(code)) throw new TargetGone(platformGone(code));
      if (error instanceof Error && 'code' in error && error.code === ErrorCode.RateLimitedError && 'retryAfter' in error && typeof error.retryAfter === 'number') {
        throw new RetryLater(`Slack: rate limited (retry after ${error.retryAfter} s)`, error.retryAfter * 1000);
      }
      throw error;
    }
  }

  return {
    platform: 'slack',
    deliverAlerts: (target: DeliveryTarget, items: readonly AlertItem[], progress: DeliveryProgress = FIRST_ATTEMPT) =>
      posting(async () => {
        // Acknowledged by an attempt that stopped before it could say so: nothing left to post.
        if (progress.sent.length > 0) return [...progress.sent];
        const client = await clientFor(target);
        const message = renderAlertBlocks(items, target.language);
        const ts = await post(client, { channel: await channelFor(client, target), text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
        if (!ts) return [];
        await progress.acknowledged(ts);
        return [ts];
      }),
    async deliver(target: DeliveryTarget, brief: Brief, progress: DeliveryProgress = FIRST_ATTEMPT): Promise<string[]> {
      return posting(async () => {
        const messages = renderBriefBlocks(brief);
        // Messages an earlier attempt got acknowledged are not posted again.
        const ids = [...progress.sent];
        if (ids.length >= messages.length) return ids;
        const client = await clientFor(target);
        const channel = await channelFor(client, target);
        const inThread = target.threads && target.kind === 'channel';
        for (const message of messages.slice(ids.length)) {
          const args: ChatPostMessageArguments = { channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false };
          if (inThread && ids[0] !== undefined) args.thread_ts = ids[0];
          const ts = await post(client, args);
          if (!ts) throw new Error('chat.postMessage returned no ts');
          ids.push(ts);
          await progress.acknowledged(ts);
        }
        return ids;
      });
    },
  };
}

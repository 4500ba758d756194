/**
 * Who a chat command speaks for, and where its briefs go: a person (their direct messages) or the
 * channel the command was typed in. Platform-neutral: adapters fill `Audience` from their events.
 */
import { InvalidInput } from '../errors.js';

export type Platform = 'slack' | 'teams' | 'cli' | 'playground';

export interface Audience {
  platform: Platform;
  /** Slack team id, Teams tenant id. */
  workspaceId: string;
  userId: string;
  /** Where the command was typed; null in a context without one. */
  channelId: string | null;
  /** True when typed in a direct conversation with the bot: "subscribe" then means the person. */
  isDirect: boolean;
}

export interface Target {
  platform: Platform;
  workspaceId: string;
  /** A channel id, or "user:<id>" for a person. */
  conversationId: string;
  kind: 'user' | 'channel';
  userId: string;
}

export function personalTarget(audience: Audience): Target {
  return { platform: audience.platform, workspaceId: audience.workspaceId, conversationId: `user:${audience.userId}`, kind: 'user', userId: audience.userId };
}

/** The channel a command was typed in; in a direct conversation the channel is the person. */
export function channelTarget(audience: Audience): Target {
  if (audience.isDirect) return personalTarget(audience);
  if (audience.channelId === null) throw new InvalidInput('subscribe works in a channel; to get briefs yourself, use follow');
  return { platform: audience.platform, workspaceId: audience.workspaceId, conversationId: audience.channelId, kind: 'channel', userId: audience.userId };
}

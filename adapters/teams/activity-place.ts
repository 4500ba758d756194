/**
 * Who is speaking and where, from a Teams activity: the core's Audience, and the key its conversation
 * reference is stored under (a person's chat is "user:<id>", as their delivery target; a channel is
 * its channel id, a group chat its conversation id).
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-basics
 */
import { type Activity, teamsGetChannelId, teamsGetTeamId, teamsGetTenant } from 'botbuilder';
import type { TargetKey } from '../../src/subscriptions/target-key.js';
import type { Audience } from '../../src/subscriptions/targets.js';

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

export interface TeamsPlace {
  audience: Audience;
  key: TargetKey;
  kind: ConversationKind;
  teamId: string | null;
}

/** The Bot Framework Emulator sends no tenant: its conversations live in one local workspace. */
export const LOCAL_TENANT = 'local';

export function placeOf(activity: Activity): TeamsPlace {
  const workspaceId = activity.conversation?.tenantId ?? teamsGetTenant(activity)?.id ?? LOCAL_TENANT;
  const userId = activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
  const type = activity.conversation?.conversationType;
  const kind: ConversationKind = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  // A channel message's conversation id carries ";messageid=…" for its thread: the channel is the part before.
  const conversationId = kind === 'channel' ? (teamsGetChannelId(activity) ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id) : activity.conversation.id;
  const channelId = kind === 'personal' ? null : conversationId;
  return {
    audience: { platform: 'teams', workspaceId, userId, channelId, isDirect: kind === 'personal' },
    key: { platform: 'teams', workspaceId, conversationId: kind === 'personal' ? `user:${userId}` : conversationId },
    kind,
    teamId: kind === 'channel' ? teamsGetTeamId(activity) : null,
  };
}

/** Who is asking and where, from a slash command or a button click: the core's Audience. */
import type { BlockAction, SlashCommand } from '@slack/bolt';
import type { Audience } from '../../src/subscriptions/targets.js';

export function audienceOfCommand(command: SlashCommand): Audience {
  return {
    platform: 'slack',
    workspaceId: command.team_id,
    userId: command.user_id,
    channelId: command.channel_id,
    isDirect: command.channel_name === 'directmessage' || command.channel_id.startsWith('D'),
  };
}

export function audienceOfAction(body: BlockAction): Audience {
  const channelId = body.channel?.id ?? body.container?.channel_id ?? null;
  return {
    platform: 'slack',
    workspaceId: body.team?.id ?? body.user.team_id ?? '',
    userId: body.user.id,
    channelId: typeof channelId === 'string' ? channelId : null,
    isDirect: typeof channelId === 'string' && channelId.startsWith('D'),
  };
}

/** A person's own App Home: no channel, their DM. */
export function homeAudience(workspaceId: string, userId: string): Audience {
  return { platform: 'slack', workspaceId, userId, channelId: null, isDirect: true };
}

/**
 * The playground's one person in one workspace: user 'you' ("You") of workspace 'local', with a DM
 * ('user:you', as delivery targets name a person) and one channel, #playground. Audiences are built as
 * the Slack and Teams adapters build them: a DM speaks for the person, a channel for the channel.
 */
import type { TargetKey } from '../../src/subscriptions/target-key.js';
import type { Audience } from '../../src/subscriptions/targets.js';

export const PLAYGROUND = 'playground';
export const PLAYGROUND_WORKSPACE = 'local';
export const PLAYGROUND_USER = { id: 'you', name: 'You' } as const;
export const PLAYGROUND_CHANNEL = { id: 'C-playground', name: '#playground' } as const;
export const PLACES = ['dm', 'channel'] as const;
export type Place = (typeof PLACES)[number];

export function audienceOf(place: Place): Audience {
  return place === 'dm'
    ? { platform: PLAYGROUND, workspaceId: PLAYGROUND_WORKSPACE, userId: PLAYGROUND_USER.id, channelId: null, isDirect: true }
    : { platform: PLAYGROUND, workspaceId: PLAYGROUND_WORKSPACE, userId: PLAYGROUND_USER.id, channelId: PLAYGROUND_CHANNEL.id, isDirect: false };
}

/** The conversation a place's briefs go to. */
export function placeKey(place: Place): TargetKey {
  return { platform: PLAYGROUND, workspaceId: PLAYGROUND_WORKSPACE, conversationId: place === 'dm' ? `user:${PLAYGROUND_USER.id}` : PLAYGROUND_CHANNEL.id };
}

/** The server's own zone: a first follow's brief comes at 08:00 local time. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

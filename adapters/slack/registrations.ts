/**
 * Everything the Slack app registers a handler for, in one place: the listeners (listeners/) register exactly
 * these, and the manifest test checks manifest.json declares exactly these (and nothing unhandled).
 */
import { ACTIONS } from './blocks/buttons.js';

export const SLASH_COMMAND = '/migration';

/** Events the app subscribes to (manifest settings.event_subscriptions.bot_events). */
export const BOT_EVENTS = ['app_home_opened', 'app_uninstalled', 'tokens_revoked'] as const;

/** Button action ids (interactivity). */
export const ACTION_IDS: readonly string[] = Object.values(ACTIONS);

/**
 * Bot token scopes the app uses: slash command, posting, opening DMs, reading a user's time zone, and
 * listing the channels a person is in (public and private) for their App Home.
 */
export const BOT_SCOPES = ['commands', 'chat:write', 'im:write', 'users:read', 'channels:read', 'groups:read'] as const;

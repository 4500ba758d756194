/**
 * Everything the Slack app registers a handler for, in one place: the listeners (listeners/) register exactly
 * these, and the manifest test checks manifest.json declares exactly these (and nothing unhandled).
 */
import { ACTIONS } from './blocks/buttons.js';

export const SLASH_COMMAND = '/migration';

/** Events the app subscribes to (manifest settings.event_subscriptions.bot_events). */
export const BOT_EVENTS = ['app_home_opened', 'app_uninstalled', 'tokens_revoked', 'message.im', 'app_mention'] as const;

/** Button action ids (interactivity). */
export const ACTION_IDS: readonly string[] = Object.values(ACTIONS);

/**
 * Bot token scopes the app uses: slash command, posting, opening DMs, reading a user's time zone, and
 * listing the channels a person is in (public and private) for their App Home; reading the messages
 * people send it in its Messages tab (message.im) and those that @mention it (app_mention).
 */
export const BOT_SCOPES = ['commands', 'chat:write', 'im:write', 'users:read', 'channels:read', 'groups:read', 'im:history', 'app_mentions:read'] as const;

/** The scope Slack requires before it sends each event that needs one (https://api.slack.com/events). */
export const EVENT_SCOPES: Readonly<Partial<Record<(typeof BOT_EVENTS)[number], (typeof BOT_SCOPES)[number]>>> = { 'message.im': 'im:history', app_mention: 'app_mentions:read' };

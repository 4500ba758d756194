/**
 * Slack's part of the one configuration schema (src/config.ts), read by the adapter itself.
 *
 * How Slack is installed, from configuration: one workspace with SLACK_BOT_TOKEN, or any number of
 * workspaces installing by OAuth (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, with
 * MAWJAZ_ENCRYPTION_KEY sealing their tokens in the database). A half-configured or mixed setup is an
 * error naming what to set, not a guess.
 */
import type { Config } from '../../src/config.js';
import { InvalidInput } from '../../src/errors.js';
import type { SlackSettings } from './slack-app.js';
import type { SocketModeSettings } from './socket-mode.js';

export type SlackInstallMode =
  | { kind: 'single-workspace'; botToken: string }
  | { kind: 'oauth'; clientId: string; clientSecret: string; stateSecret: string; encryptionKey: string };

const OAUTH_VARIABLES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'MAWJAZ_ENCRYPTION_KEY'] as const;

/** The configured mode, or null when neither a bot token nor OAuth credentials are set. */
export function slackInstallMode(config: Config): SlackInstallMode | null {
  const oauthSet = config.SLACK_CLIENT_ID !== undefined || config.SLACK_CLIENT_SECRET !== undefined || config.SLACK_STATE_SECRET !== undefined;
  if (config.SLACK_BOT_TOKEN !== undefined && oauthSet) {
    throw new InvalidInput(
      'SLACK_BOT_TOKEN and OAuth credentials (SLACK_CLIENT_ID…) are both set: choose one. Keep SLACK_BOT_TOKEN for a single workspace, or unset it so workspaces install the app at /slack/install with their own tokens',
    );
  }
  if (config.SLACK_BOT_TOKEN !== undefined) return { kind: 'single-workspace', botToken: config.SLACK_BOT_TOKEN };
  if (!oauthSet) return null;
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret, MAWJAZ_ENCRYPTION_KEY: encryptionKey } = config;
  if (clientId === undefined || clientSecret === undefined || stateSecret === undefined || encryptionKey === undefined) {
    const missing = OAUTH_VARIABLES.filter((name) => config[name] === undefined);
    const keyHint = encryptionKey === undefined ? ' (make MAWJAZ_ENCRYPTION_KEY with `openssl rand -base64 32`)' : '';
    throw new InvalidInput(`Slack OAuth installs need ${OAUTH_VARIABLES.join(', ')}; missing: ${missing.join(', ')}${keyHint}`);
  }
  return { kind: 'oauth', clientId, clientSecret, stateSecret, encryptionKey };
}

/** How Slack reaches us: over Socket Mode (SLACK_APP_TOKEN), or over HTTP (SLACK_SIGNING_SECRET). */
export type SlackServing = { kind: 'socket'; settings: SocketModeSettings; signingSecretUnused: boolean } | { kind: 'http'; settings: SlackSettings };

/** How `mawjaz serve` serves Slack, or null when it does not; a setup that cannot work is an error naming what to set. */
export function slackServing(config: Config): SlackServing | null {
  const apiUrl = config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {};
  if (config.SLACK_APP_TOKEN !== undefined) {
    const install = slackInstallMode(config);
    if (install?.kind !== 'single-workspace') throw new InvalidInput('SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: Socket Mode needs the app-level token to connect and the bot token to answer (it serves one workspace; OAuth installs need HTTP)');
    return { kind: 'socket', settings: { appToken: config.SLACK_APP_TOKEN, botToken: install.botToken, ...apiUrl }, signingSecretUnused: config.SLACK_SIGNING_SECRET !== undefined };
  }
  if (config.SLACK_SIGNING_SECRET === undefined) return null;
  const install = slackInstallMode(config);
  if (install === null) {
    throw new InvalidInput(
      'SLACK_SIGNING_SECRET is set but Slack has no way to get tokens: set SLACK_BOT_TOKEN for a single workspace, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and MAWJAZ_ENCRYPTION_KEY for installs by OAuth',
    );
  }
  return { kind: 'http', settings: { signingSecret: config.SLACK_SIGNING_SECRET, install, ...apiUrl } };
}

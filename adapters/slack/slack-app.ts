/**
 * The Slack app: `/migration` commands and our buttons, translated into core commands (src/commands)
 * by the listeners (listeners/) and answered with Block Kit (blocks/). Every request to /slack/events
 * passes slack-request-guard.ts first (v0 signature, five minutes either side of now, a body Bolt can
 * take), then Bolt; we acknowledge at once and answer through response_url, so slow work never runs
 * into Slack's three-second limit. Mounted on our own HTTP server (src/server), which also hosts Teams
 * and /healthz. Installed with one bot token, or by OAuth into many workspaces (oauth-install.ts);
 * Socket Mode (socket-mode.ts) builds the same app on another receiver.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, type BufferedIncomingMessage, HTTPReceiver, type Receiver } from '@slack/bolt';
import type { CommandService } from '../../src/commands/command.service.js';
import type { Engine } from '../../src/engine.js';
import type { Mount } from '../../src/http/mount.js';
import type { SlackInstallMode } from './slack-settings.js';
import { boltLogger } from './bolt-logger.js';
import { oauthInstallationStore, type SlackInstallationStore } from './installation-store.js';
import { registerListeners } from './listeners/index.js';
import { INSTALL_PATH, oauthReceiverOptions, REDIRECT_PATH } from './oauth-install.js';
import { guardSlackRequest } from './slack-request-guard.js';
import { webApiOptions } from './web-api-options.js';

export interface SlackSettings {
  signingSecret: string;
  /** One workspace's bot token, or OAuth installs into any number of workspaces. */
  install: SlackInstallMode;
  /** Every Web API call goes here instead of https://slack.com/api/ (proxies, tests). */
  apiUrl?: string;
}

export interface SlackAdapter {
  /** POST /slack/events (commands, interactivity, events) and, with OAuth, GET /slack/install and /slack/oauth_redirect. */
  mounts: Mount[];
}

export const SLACK_PATH = '/slack/events';

/** What a refused request is told: short and generic (the log says which check failed). */
const REFUSALS = { 400: 'not a Slack request body', 401: 'not a validly signed Slack request', 413: 'request body too large' } as const;

export function createSlackAdapter(engine: Engine, commands: CommandService, settings: SlackSettings): SlackAdapter {
  const { install } = settings;
  const oauth = install.kind === 'oauth' ? { ...install, installationStore: oauthInstallationStore(engine, install.encryptionKey) } : undefined;
  const receiver = new HTTPReceiver({
    signingSecret: settings.signingSecret,
    endpoints: SLACK_PATH,
    // Acknowledge first, work after: answers go through response_url.
    processBeforeResponse: false,
    logger: boltLogger(engine.logger),
    ...(oauth ? oauthReceiverOptions(oauth, settings.apiUrl, engine.logger) : {}),
  });
  createBoltApp(engine, commands, {
    ...(install.kind === 'single-workspace' ? { botToken: install.botToken } : {}),
    ...(oauth ? { installations: oauth.installationStore } : {}),
    ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
  }, receiver);

  const logger = engine.logger.child({ component: 'slack' });
  const events = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const checked = await guardSlackRequest(req, settings.signingSecret);
    if (checked.ok === true) {
      // Bolt reads the body from here instead of the stream we already consumed.
      const buffered: BufferedIncomingMessage = Object.assign(req, { rawBody: checked.rawBody });
      receiver.requestListener(buffered, res);
    } else if (checked.ok === 'ssl_check') {
      res.writeHead(200).end();
    } else {
      logger.warn({ status: checked.status, reason: checked.reason }, 'slack request refused');
      res.writeHead(checked.status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${REFUSALS[checked.status]}\n`);
    }
  };
  const oauthPages = (req: IncomingMessage, res: ServerResponse): void => receiver.requestListener(req, res);
  const mounts: Mount[] = [{ method: 'POST', path: SLACK_PATH, handle: events }];
  if (oauth) mounts.push({ method: 'GET', path: INSTALL_PATH, handle: oauthPages }, { method: 'GET', path: REDIRECT_PATH, handle: oauthPages });
  return { mounts };
}

export interface BoltAppOptions {
  /** A single workspace's bot token; absent with OAuth, where each request is authorised from `installations`. */
  botToken?: string;
  installations?: SlackInstallationStore;
  apiUrl?: string;
}

/** The Bolt app with every listener, on whichever receiver brings Slack's requests (HTTP or Socket Mode). */
export function createBoltApp(engine: Engine, commands: CommandService, options: BoltAppOptions, receiver: Receiver): App {
  const app = new App({
    ...(options.botToken !== undefined ? { token: options.botToken } : {}),
    receiver,
    logger: boltLogger(engine.logger),
    // No auth.test at start: the server must come up even while Slack is unreachable.
    tokenVerificationEnabled: false,
    clientOptions: webApiOptions(options.apiUrl, engine.logger),
  });
  registerListeners(app, { engine, commands, ...(options.installations ? { installations: options.installations } : {}) });
  return app;
}

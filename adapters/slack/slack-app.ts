/**
 * The Slack app: `/migration` commands and our buttons, translated into core commands
 * (src/commands) by the listeners (listeners/) and answered with Block Kit (blocks/). Bolt verifies every request's signature and
 * age (v0 HMAC, five minutes); we acknowledge at once and answer through response_url, so slow work
 * never runs into Slack's three-second limit. Mounted on our own HTTP server (src/server), which also
 * hosts Teams and /healthz.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, type Receiver } from '@slack/bolt';
import type { CommandService } from '../../src/commands/command.service.js';
import type { Engine } from '../../src/engine.js';
import { boltLogger } from './bolt-logger.js';
import { registerListeners } from './listeners/index.js';
import { webApiOptions } from './web-api-options.js';

export interface SlackSettings {
  signingSecret: string;
  botToken: string;
  /** Every Web API call goes here instead of https://slack.com/api/ (proxies, tests). */
  apiUrl?: string;
}

export interface SlackAdapter {
  /** Handles POST /slack/events: commands, interactivity and events. */
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export const SLACK_PATH = '/slack/events';

export function createSlackAdapter(engine: Engine, commands: CommandService, settings: SlackSettings): SlackAdapter {
  const { logger } = engine;
  const receiver = new HTTPReceiver({
    signingSecret: settings.signingSecret,
    endpoints: SLACK_PATH,
    // Acknowledge first, work after: answers go through response_url.
    processBeforeResponse: false,
    logger: boltLogger(logger),
  });
  createBoltApp(engine, commands, settings, receiver);
  return { handle: (req, res) => void receiver.requestListener(req, res) };
}

/** The Bolt app with every listener, on whichever receiver brings Slack's requests (HTTP or Socket Mode). */
export function createBoltApp(engine: Engine, commands: CommandService, settings: Pick<SlackSettings, 'botToken' | 'apiUrl'>, receiver: Receiver): App {
  const app = new App({
    token: settings.botToken,
    receiver,
    logger: boltLogger(engine.logger),
    logLevel: LogLevel.WARN,
    // No auth.test at start: the server must come up even while Slack is unreachable.
    tokenVerificationEnabled: false,
    clientOptions: webApiOptions(settings.apiUrl),
  });
  registerListeners(app, { engine, commands });
  return app;
}

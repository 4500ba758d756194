/**
 * Which platforms `mawjaz serve` switches on, from configuration. Adapters are loaded only when
 * configured, so a server without Slack never loads its SDK. Slack comes over HTTP (signing secret)
 * or, when an app-level token is set, over Socket Mode.
 */
import type { Playground } from '../../adapters/playground/playground-app.js';
import type { DigesterOptions } from '../../digests/compile/digester.js';
import type { CommandService } from '../commands/command.service.js';
import type { BriefDeliverer } from '../delivery/deliverer.js';
import type { Engine } from '../engine.js';
import { InvalidInput } from '../errors.js';
import type { Config } from '../config.js';
import type { Mount } from './http-server.js';
import type { TeamsCredentials } from './teams-credentials.js';
import { slackInstallMode } from './slack-install-mode.js';

/** A connection a platform keeps open from our side (Slack's Socket Mode) rather than requests it sends us. */
export interface Connection {
  /** Starts connecting in the background: failures are logged and retried, never thrown. */
  start(): void;
  stop(): Promise<void>;
}

export interface Platforms {
  mounts: Mount[];
  names: string[];
  /** Opens the platforms' outbound connections; `mawjaz serve` calls it once it listens. */
  start(): void;
  /** Closes them, on shutdown. */
  stop(): Promise<void>;
}

export async function configuredPlatforms(engine: Engine, commands: CommandService): Promise<Platforms> {
  const { config } = engine;
  const mounts: Mount[] = [];
  const names: string[] = [];
  const connections: Connection[] = [];
  const apiUrl = config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {};
  if (config.SLACK_APP_TOKEN !== undefined) {
    const install = slackInstallMode(config);
    if (install?.kind !== 'single-workspace') throw new InvalidInput('SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: Socket Mode needs the app-level token to connect and the bot token to answer (it serves one workspace; OAuth installs need HTTP)');
    if (config.SLACK_SIGNING_SECRET !== undefined) engine.logger.info('Slack over Socket Mode (SLACK_APP_TOKEN is set): SLACK_SIGNING_SECRET is not used and /slack/events is not served');
    const { createSlackSocket } = await import('../../adapters/slack/socket-mode.js');
    connections.push(createSlackSocket(engine, commands, { appToken: config.SLACK_APP_TOKEN, botToken: install.botToken, ...apiUrl }));
    names.push('slack');
  } else if (config.SLACK_SIGNING_SECRET !== undefined) {
    const install = slackInstallMode(config);
    if (install === null) {
      throw new InvalidInput(
        'SLACK_SIGNING_SECRET is set but Slack has no way to get tokens: set SLACK_BOT_TOKEN for a single workspace, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and MAWJAZ_ENCRYPTION_KEY for installs by OAuth',
      );
    }
    const { createSlackAdapter } = await import('../../adapters/slack/slack-app.js');
    const slack = createSlackAdapter(engine, commands, { signingSecret: config.SLACK_SIGNING_SECRET, install, ...apiUrl });
    mounts.push(...slack.mounts);
    names.push('slack');
  }
  const teams = teamsCredentials(engine.config);
  if (teams === null) engine.logger.warn('Teams is off: MICROSOFT_APP_ID is not set, and in production /api/messages never takes unauthenticated requests');
  else if (teams.appId === undefined) {
    engine.logger.warn('Teams: MICROSOFT_APP_ID is not set, so /api/messages takes UNAUTHENTICATED requests from this machine only (Bot Framework Emulator). Never expose it; set the MICROSOFT_APP_* variables for Teams');
  }
  if (teams !== null) {
    const { createTeamsAdapter } = await import('../../adapters/teams/teams-app.js');
    mounts.push(...createTeamsAdapter(engine, commands, teams).mounts);
    names.push('teams');
  }
  return {
    mounts,
    names,
    start: () => connections.forEach((connection) => connection.start()),
    stop: async () => {
      await Promise.all(connections.map((connection) => connection.stop()));
    },
  };
}

/**
 * Teams' credentials, or null when Teams stays off. Without MICROSOFT_APP_ID the endpoint takes
 * unauthenticated requests from this machine only (the Bot Framework Emulator), loudly; in
 * production that is refused and Teams stays off.
 */
function teamsCredentials(config: Config): TeamsCredentials | null {
  if (config.MICROSOFT_APP_ID === undefined) return config.NODE_ENV === 'production' ? null : { appType: config.MICROSOFT_APP_TYPE };
  if (config.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && config.MICROSOFT_APP_PASSWORD === undefined) {
    throw new InvalidInput(`MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: a ${config.MICROSOFT_APP_TYPE} bot needs its client secret`);
  }
  if (config.MICROSOFT_APP_TYPE !== 'MultiTenant' && config.MICROSOFT_APP_TENANT_ID === undefined) {
    throw new InvalidInput(`MICROSOFT_APP_TYPE is ${config.MICROSOFT_APP_TYPE} but MICROSOFT_APP_TENANT_ID is not set`);
  }
  return {
    appId: config.MICROSOFT_APP_ID,
    appType: config.MICROSOFT_APP_TYPE,
    ...(config.MICROSOFT_APP_PASSWORD !== undefined ? { appPassword: config.MICROSOFT_APP_PASSWORD } : {}),
    ...(config.MICROSOFT_APP_TENANT_ID !== undefined ? { tenantId: config.MICROSOFT_APP_TENANT_ID } : {}),
  };
}

/**
 * Whether `mawjaz serve` serves the local playground: when asked (--playground), or, outside
 * production, when no platform has credentials at all (a first `npm start`).
 */
export function playgroundWanted(config: Config, asked: boolean): boolean {
  if (asked) return true;
  if (config.NODE_ENV === 'production') return false;
  const slack = [config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN, config.SLACK_BOT_TOKEN, config.SLACK_CLIENT_ID].some((value) => value !== undefined);
  return !slack && config.MICROSOFT_APP_ID === undefined;
}

/** The playground (adapters/playground), loaded only when served; refuses a non-loopback address without MAWJAZ_PLAYGROUND_TOKEN. */
export async function configuredPlayground(engine: Engine, settings: { host: string; digester: DigesterOptions }): Promise<Playground> {
  const { createPlayground } = await import('../../adapters/playground/playground-app.js');
  return createPlayground(engine, { host: settings.host, token: engine.config.MAWJAZ_PLAYGROUND_TOKEN, digester: settings.digester });
}

/** The platforms briefs can be posted to, from configuration (a bot token, or OAuth installations, is enough to post). */
export async function configuredDeliverers(engine: Engine): Promise<BriefDeliverer[]> {
  const { config } = engine;
  const deliverers: BriefDeliverer[] = [];
  const slack = slackInstallMode(config);
  if (slack !== null) {
    const { createSlackDeliverer } = await import('../../adapters/slack/slack-delivery.js');
    const { slackTokens } = await import('../../adapters/slack/installation-store.js');
    deliverers.push(createSlackDeliverer({ ...slackTokens(engine, slack), logger: engine.logger, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) }));
  }
  const teams = teamsCredentials(config);
  if (teams !== null) {
    const { createTeamsDeliverer } = await import('../../adapters/teams/teams-delivery.js');
    deliverers.push(createTeamsDeliverer(engine, teams));
  }
  return deliverers;
}

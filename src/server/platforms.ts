/**
 * Which platforms `mawjaz serve` switches on, from configuration. Adapters are loaded only when
 * configured, so a server without Slack never loads its SDK. Slack comes over HTTP (signing secret)
 * or, when an app-level token is set, over Socket Mode. Teams comes with its credentials, or —
 * unauthenticated, for the Bot Framework Emulator — only when asked for and never in production.
 */
import type { Playground } from '../../adapters/playground/playground-app.js';
import type { DigesterOptions } from '../../digests/compile/digester.js';
import type { CommandService } from '../commands/command.service.js';
import type { BriefDeliverer } from '../delivery/deliverer.js';
import type { Engine } from '../engine.js';
import { InvalidInput } from '../errors.js';
import type { Config } from '../config.js';
import type { Mount } from './http-server.js';
import type { TeamsSettings } from './teams-credentials.js';
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

/** What the command line adds to the configuration (`serve --teams-emulator`). */
export interface PlatformFlags {
  teamsEmulator?: boolean;
}

export async function configuredPlatforms(engine: Engine, commands: CommandService, flags: PlatformFlags = {}): Promise<Platforms> {
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
  const teams = teamsSettings(config, flags);
  if (teams === null) {
    engine.logger.info('Teams is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams, or MAWJAZ_TEAMS_EMULATOR=1 (serve --teams-emulator) to try it with the Bot Framework Emulator on this machine');
  } else {
    if (teams.credentials.kind === 'emulator') {
      engine.logger.warn(
        'Teams EMULATOR MODE: /api/messages takes UNAUTHENTICATED requests from this machine (no proxy headers) and replies to this machine only. For the Bot Framework Emulator; never expose it. Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams',
      );
    }
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
 * How Teams is served, or null when it is off: with MICROSOFT_APP_ID, authenticated; without, only
 * when the Emulator mode is asked for (MAWJAZ_TEAMS_EMULATOR or --teams-emulator) — an endpoint
 * without authentication is never the default. Contradictions stop the program with the variable named.
 */
function teamsSettings(config: Config, flags: PlatformFlags): TeamsSettings | null {
  const emulator = config.MAWJAZ_TEAMS_EMULATOR || flags.teamsEmulator === true;
  const common = {
    extraServiceUrls: config.MAWJAZ_TEAMS_SERVICE_URLS ?? [],
    ...(config.MICROSOFT_OPENID_METADATA_URL !== undefined ? { openIdMetadataUrl: config.MICROSOFT_OPENID_METADATA_URL } : {}),
  };
  if (config.MICROSOFT_APP_ID === undefined) {
    if (!emulator) return null;
    if (config.NODE_ENV === 'production') {
      throw new InvalidInput('the Teams Emulator mode (MAWJAZ_TEAMS_EMULATOR or --teams-emulator) serves /api/messages without authentication and is refused with NODE_ENV=production: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD instead');
    }
    return { credentials: { kind: 'emulator' }, ...common };
  }
  if (emulator) throw new InvalidInput('MICROSOFT_APP_ID is set and the Teams Emulator mode (MAWJAZ_TEAMS_EMULATOR or --teams-emulator) is asked for: choose one');
  if (config.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && config.MICROSOFT_APP_PASSWORD === undefined) {
    throw new InvalidInput(`MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: a ${config.MICROSOFT_APP_TYPE} bot needs its client secret`);
  }
  if (config.MICROSOFT_APP_TYPE !== 'MultiTenant' && config.MICROSOFT_APP_TENANT_ID === undefined) {
    throw new InvalidInput(`MICROSOFT_APP_TYPE is ${config.MICROSOFT_APP_TYPE} but MICROSOFT_APP_TENANT_ID is not set`);
  }
  return {
    credentials: {
      kind: 'bot',
      appId: config.MICROSOFT_APP_ID,
      appType: config.MICROSOFT_APP_TYPE,
      ...(config.MICROSOFT_APP_PASSWORD !== undefined ? { appPassword: config.MICROSOFT_APP_PASSWORD } : {}),
      ...(config.MICROSOFT_APP_TENANT_ID !== undefined ? { tenantId: config.MICROSOFT_APP_TENANT_ID } : {}),
    },
    ...common,
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
export async function configuredDeliverers(engine: Engine, flags: PlatformFlags = {}): Promise<BriefDeliverer[]> {
  const { config } = engine;
  const deliverers: BriefDeliverer[] = [];
  const slack = slackInstallMode(config);
  if (slack !== null) {
    const { createSlackDeliverer } = await import('../../adapters/slack/slack-delivery.js');
    const { slackTokens } = await import('../../adapters/slack/installation-store.js');
    deliverers.push(createSlackDeliverer({ ...slackTokens(engine, slack), logger: engine.logger, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) }));
  }
  const teams = teamsSettings(config, flags);
  if (teams !== null) {
    const { createTeamsDeliverer } = await import('../../adapters/teams/teams-delivery.js');
    deliverers.push(createTeamsDeliverer(engine, teams));
  }
  return deliverers;
}

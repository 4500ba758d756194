/**
 * Which platforms `mawjaz serve` switches on, from configuration: the one place that knows the
 * adapters (the core asks through the PlatformWiring port, src/server/platforms.ts). Each adapter
 * reads its own part of the configuration and refuses a setup that cannot work (adapters/slack/slack-settings.ts:
 * HTTP with a signing secret, or Socket Mode with an app-level token; adapters/teams/teams-settings.ts:
 * credentials, or the unauthenticated Emulator mode only when asked for and never in production).
 * Adapters are loaded only when configured, so a server without Slack never loads its SDK.
 */
import { slackInstallMode, slackServing } from '../adapters/slack/slack-settings.js';
import { teamsSettings } from '../adapters/teams/teams-settings.js';
import type { Config } from '../src/config.js';
import type { CommandService } from '../src/commands/command.service.js';
import type { BriefDeliverer } from '../src/delivery/deliverer.js';
import type { Engine } from '../src/engine.js';
import type { Mount } from '../src/http/mount.js';
import type { Connection, LocalPlayground, PlatformFlags, Platforms, PlatformWiring, PlaygroundRequest } from '../src/server/platforms.js';

async function configuredPlatforms(engine: Engine, commands: CommandService, flags: PlatformFlags = {}): Promise<Platforms> {
  const { config } = engine;
  const mounts: Mount[] = [];
  const names: string[] = [];
  const connections: Connection[] = [];
  const slack = slackServing(config);
  if (slack?.kind === 'socket') {
    if (slack.signingSecretUnused) engine.logger.info('Slack over Socket Mode (SLACK_APP_TOKEN is set): SLACK_SIGNING_SECRET is not used and /slack/events is not served');
    const { createSlackSocket } = await import('../adapters/slack/socket-mode.js');
    connections.push(createSlackSocket(engine, commands, slack.settings));
    names.push('slack');
  } else if (slack?.kind === 'http') {
    const { createSlackAdapter } = await import('../adapters/slack/slack-app.js');
    mounts.push(...createSlackAdapter(engine, commands, slack.settings).mounts);
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
    const { createTeamsAdapter } = await import('../adapters/teams/teams-app.js');
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
 * Whether `mawjaz serve` serves the local playground: when asked (--playground), or, outside
 * production, when no platform has credentials at all (a first `npm start`).
 */
function playgroundWanted(config: Config, asked: boolean): boolean {
  if (asked) return true;
  if (config.NODE_ENV === 'production') return false;
  const slack = [config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN, config.SLACK_BOT_TOKEN, config.SLACK_CLIENT_ID].some((value) => value !== undefined);
  return !slack && config.MICROSOFT_APP_ID === undefined;
}

/** The playground (adapters/playground), loaded only when served; refuses a non-loopback address without MAWJAZ_PLAYGROUND_TOKEN. */
async function configuredPlayground(engine: Engine, request: PlaygroundRequest): Promise<LocalPlayground | null> {
  if (!playgroundWanted(engine.config, request.asked)) return null;
  const { createPlayground } = await import('../adapters/playground/playground-app.js');
  return createPlayground(engine, { host: request.host, token: engine.config.MAWJAZ_PLAYGROUND_TOKEN, briefs: request.briefs, feeds: request.feeds, newCommands: request.newCommands });
}

/** The platforms briefs can be posted to, from configuration (a bot token, or OAuth installations, is enough to post). */
async function configuredDeliverers(engine: Engine, flags: PlatformFlags = {}): Promise<BriefDeliverer[]> {
  const { config } = engine;
  const deliverers: BriefDeliverer[] = [];
  const slack = slackInstallMode(config);
  if (slack !== null) {
    const { createSlackDeliverer } = await import('../adapters/slack/slack-delivery.js');
    const { slackTokens } = await import('../adapters/slack/installation-store.js');
    deliverers.push(createSlackDeliverer({ ...slackTokens(engine, slack), logger: engine.logger, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) }));
  }
  const teams = teamsSettings(config, flags);
  if (teams !== null) {
    const { createTeamsDeliverer } = await import('../adapters/teams/teams-delivery.js');
    deliverers.push(createTeamsDeliverer(engine, teams));
  }
  return deliverers;
}

/** The adapters this build ships, as the core's commands receive them (app/main.ts). */
export const platformWiring: PlatformWiring = {
  platforms: configuredPlatforms,
  deliverers: configuredDeliverers,
  playground: configuredPlayground,
};

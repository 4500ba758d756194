/**
 * Which platforms `mawjaz serve` switches on, from configuration. Adapters are loaded only when
 * configured, so a server without Slack never loads its SDK.
 */
import type { CommandService } from '../commands/command.service.js';
import type { BriefDeliverer } from '../delivery/brief-sender.js';
import type { Engine } from '../engine.js';
import { InvalidInput } from '../errors.js';
import type { Mount } from './http-server.js';
import { slackInstallMode } from './slack-install-mode.js';

export interface Platforms {
  mounts: Mount[];
  names: string[];
}

export async function configuredPlatforms(engine: Engine, commands: CommandService): Promise<Platforms> {
  const { config } = engine;
  const mounts: Mount[] = [];
  const names: string[] = [];
  if (config.SLACK_SIGNING_SECRET !== undefined) {
    const install = slackInstallMode(config);
    if (install === null) {
      throw new InvalidInput(
        'SLACK_SIGNING_SECRET is set but Slack has no way to get tokens: set SLACK_BOT_TOKEN for a single workspace, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and MAWJAZ_ENCRYPTION_KEY for installs by OAuth',
      );
    }
    const { createSlackAdapter } = await import('../../adapters/slack/slack-app.js');
    const slack = createSlackAdapter(engine, commands, { signingSecret: config.SLACK_SIGNING_SECRET, install, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) });
    mounts.push(...slack.mounts);
    names.push('slack');
  }
  return { mounts, names };
}

/** The platforms briefs can be posted to, from configuration (a bot token, or OAuth installations, is enough to post). */
export async function configuredDeliverers(engine: Engine): Promise<BriefDeliverer[]> {
  const { config } = engine;
  const deliverers: BriefDeliverer[] = [];
  const slack = slackInstallMode(config);
  if (slack !== null) {
    const { createSlackDeliverer } = await import('../../adapters/slack/slack-delivery.js');
    const { slackTokens } = await import('../../adapters/slack/installation-store.js');
    deliverers.push(createSlackDeliverer({ ...slackTokens(engine, slack), ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) }));
  }
  return deliverers;
}

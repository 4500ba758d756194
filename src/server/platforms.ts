/**
 * Which platforms `mawjaz serve` switches on, from configuration. Adapters are loaded only when
 * configured, so a server without Slack never loads its SDK.
 */
import type { CommandService } from '../commands/command.service.js';
import type { BriefDeliverer } from '../delivery/brief-sender.js';
import type { Engine } from '../engine.js';
import type { Mount } from './http-server.js';

export interface Platforms {
  mounts: Mount[];
  names: string[];
}

export async function configuredPlatforms(engine: Engine, commands: CommandService): Promise<Platforms> {
  const { config, logger } = engine;
  const mounts: Mount[] = [];
  const names: string[] = [];
  if (config.SLACK_SIGNING_SECRET !== undefined) {
    if (config.SLACK_BOT_TOKEN === undefined) throw new Error('SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not: a single-workspace Slack install needs both');
    const { createSlackAdapter, SLACK_PATH } = await import('../../adapters/slack/slack-app.js');
    const slack = createSlackAdapter(engine, commands, { signingSecret: config.SLACK_SIGNING_SECRET, botToken: config.SLACK_BOT_TOKEN, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) });
    mounts.push({ method: 'POST', path: SLACK_PATH, handle: slack.handle });
    names.push('slack');
  }
  return { mounts, names };
}

/** The platforms briefs can be posted to, from configuration (a bot token is enough to post). */
export async function configuredDeliverers(engine: Engine): Promise<BriefDeliverer[]> {
  const { config } = engine;
  const deliverers: BriefDeliverer[] = [];
  if (config.SLACK_BOT_TOKEN !== undefined) {
    const { createSlackDeliverer } = await import('../../adapters/slack/slack-delivery.js');
    deliverers.push(createSlackDeliverer({ botToken: config.SLACK_BOT_TOKEN, ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) }));
  }
  return deliverers;
}

/**
 * The Slack app: `/migration` commands and our buttons, translated into core commands
 * (src/commands) and answered with Block Kit (blocks/). Bolt verifies every request's signature and
 * age (v0 HMAC, five minutes); we acknowledge at once and answer through response_url, so slow work
 * never runs into Slack's three-second limit. Mounted on our own HTTP server (src/server), which also
 * hosts Teams and /healthz.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, type BlockAction, type ButtonAction, HTTPReceiver, LogLevel, type RespondFn, type SlashCommand } from '@slack/bolt';
import type { CommandService, SubscriptionAction } from '../../src/commands/command.service.js';
import type { Engine } from '../../src/engine.js';
import { firstTimeSeen } from '../../src/storage/platform-event.repository.js';
import { pauseWorkspace } from '../../src/subscriptions/workspace.service.js';
import type { Audience } from '../../src/subscriptions/targets.js';
import { ACTIONS, parseButtonValue } from './blocks/buttons.js';
import { homeBlocks } from './blocks/home-blocks.js';
import { renderResult, type SlackReply } from './blocks/result-blocks.js';
import { boltLogger } from './bolt-logger.js';
import { SLASH_COMMAND } from './registrations.js';
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

function audienceOfCommand(command: SlashCommand): Audience {
  return {
    platform: 'slack',
    workspaceId: command.team_id,
    userId: command.user_id,
    channelId: command.channel_id,
    isDirect: command.channel_name === 'directmessage' || command.channel_id.startsWith('D'),
  };
}

function audienceOfAction(body: BlockAction): Audience {
  const channelId = body.channel?.id ?? body.container?.channel_id ?? null;
  return {
    platform: 'slack',
    workspaceId: body.team?.id ?? body.user.team_id ?? '',
    userId: body.user.id,
    channelId: typeof channelId === 'string' ? channelId : null,
    isDirect: typeof channelId === 'string' && channelId.startsWith('D'),
  };
}

async function reply(respond: RespondFn, replies: readonly SlackReply[], mode: { replaceOriginal?: boolean; inChannel?: boolean } = {}): Promise<void> {
  for (const [i, message] of replies.entries()) {
    await respond({
      text: message.text,
      blocks: message.blocks,
      response_type: mode.inChannel ? 'in_channel' : 'ephemeral',
      ...(i === 0 && mode.replaceOriginal ? { replace_original: true } : {}),
    });
  }
}

const SUBSCRIPTION_ACTIONS: Record<string, SubscriptionAction> = {
  [ACTIONS.follow]: 'follow',
  [ACTIONS.unfollow]: 'unfollow',
  [ACTIONS.subscribe]: 'subscribe',
  [ACTIONS.unsubscribe]: 'unsubscribe',
};

export function createSlackAdapter(engine: Engine, commands: CommandService, settings: SlackSettings): SlackAdapter {
  const { logger } = engine;
  const receiver = new HTTPReceiver({
    signingSecret: settings.signingSecret,
    endpoints: SLACK_PATH,
    // Acknowledge first, work after: answers go through response_url.
    processBeforeResponse: false,
    logger: boltLogger(logger),
  });
  const app = new App({
    token: settings.botToken,
    receiver,
    logger: boltLogger(logger),
    logLevel: LogLevel.WARN,
    // No auth.test at start: the server must come up even while Slack is unreachable.
    tokenVerificationEnabled: false,
    clientOptions: webApiOptions(settings.apiUrl),
  });

  /** The person's time zone from their Slack profile: a new follower's brief defaults to 08:00 their time. */
  const zoneOf = (client: App['client'], userId: string) => async (): Promise<string | undefined> => (await client.users.info({ user: userId })).user?.tz;

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const result = await commands.run(audienceOfCommand(command), command.text, { timeZone: zoneOf(client, command.user_id) });
    await reply(respond, renderResult(result));
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${Object.keys(SUBSCRIPTION_ACTIONS).join('|')})$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const value = parseButtonValue(action.value);
    const change = SUBSCRIPTION_ACTIONS[action.action_id];
    if (!value || !change) return;
    const audience = audienceOfAction(body);
    const result = await commands.changeSubscription(audience, change, value.topic, 'brief', { timeZone: zoneOf(client, audience.userId) });
    if (value.view === 'home') {
      // App Home has no response_url: the tab itself is redrawn.
      await publishHome(client, audience.workspaceId, audience.userId);
      return;
    }
    if (result.kind === 'subscription' && value.view === 'card') {
      // Redraw the card so its buttons show the new state, in place.
      await reply(respond, renderResult(await commands.showTopic(audience, result.topic.id)), { replaceOriginal: true });
      return;
    }
    if (result.kind === 'subscription' && value.view === 'list') {
      await reply(respond, renderResult(await commands.run(audience, 'list')), { replaceOriginal: true });
      return;
    }
    await reply(respond, renderResult(result), { replaceOriginal: true });
  });

  /** Redraws a person's App Home: their follows and their next brief. */
  async function publishHome(client: App['client'], workspaceId: string, userId: string): Promise<void> {
    const audience: Audience = { platform: 'slack', workspaceId, userId, channelId: null, isDirect: true };
    const list = await commands.run(audience, 'list');
    if (list.kind !== 'list') return;
    await client.views.publish({ user_id: userId, view: { type: 'home', blocks: homeBlocks(list.personal, list.settings, engine.now()) } });
  }

  // Slack retries an event it believes was missed, maybe to another replica: act on each id once.
  const once = async (eventId: string | undefined): Promise<boolean> =>
    eventId === undefined || (await firstTimeSeen(engine.store.db, 'slack', eventId, engine.now().toISOString()));

  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home' || !(await once(body.event_id))) return;
    await publishHome(client, body.team_id, event.user);
  });

  app.event('app_uninstalled', async ({ body }) => {
    if (!(await once(body.event_id))) return;
    const paused = await pauseWorkspace(engine, 'slack', body.team_id, 'Slack: the app was uninstalled from this workspace');
    logger.warn({ team: body.team_id, paused }, 'slack app uninstalled; deliveries paused');
  });

  app.event('tokens_revoked', async ({ body }) => {
    if (!(await once(body.event_id))) return;
    const paused = await pauseWorkspace(engine, 'slack', body.team_id, "Slack: the app's tokens were revoked");
    logger.warn({ team: body.team_id, paused }, 'slack tokens revoked; deliveries paused');
  });

  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, body, action, respond }) => {
    await ack();
    const value = parseButtonValue(action.value);
    if (!value) return;
    const result = await commands.showTopic(audienceOfAction(body), value.topic);
    await reply(respond, renderResult(result), { inChannel: true });
  });

  app.error(async (error) => {
    logger.error({ err: error }, 'slack handler failed');
  });

  return { handle: (req, res) => void receiver.requestListener(req, res) };
}

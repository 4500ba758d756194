/** What every listener needs: the engine, the core's command service, and the shared helpers below. */
import type { App, RespondFn } from '@slack/bolt';
import type { CommandService } from '../../../src/commands/command.service.js';
import type { Engine } from '../../../src/engine.js';
import { firstTimeSeenEvent } from '../../../src/subscriptions/platform-events.js';
import { homeAudience } from '../audience.js';
import { homeBlocks } from '../blocks/home-blocks.js';
import type { SlackReply } from '../blocks/result-blocks.js';
import type { SlackInstallationStore } from '../installation-store.js';

export interface ListenerDeps {
  engine: Engine;
  commands: CommandService;
  /** The OAuth installations (absent for a single-workspace install with one bot token). */
  installations?: SlackInstallationStore;
}

export type SlackClient = App['client'];

/** The person's time zone from their Slack profile: a new follower's brief defaults to 08:00 their time. */
export const zoneOf = (client: SlackClient, userId: string) => async (): Promise<string | undefined> => (await client.users.info({ user: userId })).user?.tz;

/** Slack takes at most five messages through one response_url (https://api.slack.com/interactivity/handling#message_responses). */
export const RESPONSE_URL_USES = 5;

/** The replies that fit one response_url: past five, the last use says how much was left out instead of failing. */
export function fitResponseUrl(replies: readonly SlackReply[]): SlackReply[] {
  if (replies.length <= RESPONSE_URL_USES) return [...replies];
  const shown = replies.slice(0, RESPONSE_URL_USES - 1);
  const left = replies.length - shown.length;
  const text = `This answer is ${replies.length} messages long, more than a reply can hold: the last ${left} are left out. Scheduled briefs arrive whole; to see less at once, follow fewer topics here.`;
  return [...shown, { text, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text }] }] }];
}

/** Posts replies through response_url: ephemeral unless shared, the first replacing the clicked message if asked. */
export async function reply(respond: RespondFn, replies: readonly SlackReply[], mode: { replaceOriginal?: boolean; inChannel?: boolean } = {}): Promise<void> {
  for (const [i, message] of fitResponseUrl(replies).entries()) {
    await respond({
      text: message.text,
      blocks: message.blocks,
      response_type: mode.inChannel ? 'in_channel' : 'ephemeral',
      ...(i === 0 && mode.replaceOriginal ? { replace_original: true } : {}),
    });
  }
}

/**
 * Runs a command's or a click's work; when it fails, the person is told through response_url (Slack
 * already has its acknowledgement, so it would otherwise say nothing at all) and the failure goes on
 * to Bolt's error handler, which logs it. Clicks in App Home come without a response_url.
 */
export async function answeringFailures(respond: RespondFn | undefined, failureText: (error: unknown) => string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    await respond?.({ text: failureText(error), response_type: 'ephemeral' }).catch(() => undefined);
    throw error;
  }
}

/** Channels the person is in that the app can see (public ones, and private ones it was added to). */
async function channelsOf(deps: ListenerDeps, client: SlackClient, userId: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  try {
    // At most 1,000 channels: App Home shows a handful, and the tab must draw quickly.
    for (let page = 0; page < 5; page++) {
      const answer = await client.users.conversations({ user: userId, types: 'public_channel,private_channel', exclude_archived: true, limit: 200, ...(cursor ? { cursor } : {}) });
      for (const channel of answer.channels ?? []) if (channel.id) ids.push(channel.id);
      cursor = answer.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
  } catch (error) {
    // An install from before the channels:read scope: the tab still draws, without channels.
    deps.engine.logger.warn({ err: error }, 'slack: could not list the channels a person is in');
  }
  return ids;
}

/** Redraws a person's App Home: their follows, next brief, channels' briefs and last alerts. */
export async function publishHome(deps: ListenerDeps, client: SlackClient, workspaceId: string, userId: string): Promise<void> {
  const view = await deps.commands.home(homeAudience(workspaceId, userId), await channelsOf(deps, client, userId));
  await client.views.publish({ user_id: userId, view: { type: 'home', blocks: homeBlocks(view, deps.engine.now()) } });
}

/** Slack retries an event it believes was missed, maybe to another replica: act on each id once. */
export async function firstDelivery(deps: ListenerDeps, eventId: string | undefined): Promise<boolean> {
  return eventId === undefined || (await firstTimeSeenEvent(deps.engine, 'slack', eventId));
}

/** What every listener needs: the engine, the core's command service, and the shared helpers below. */
import type { App, RespondFn } from '@slack/bolt';
import type { CommandService } from '../../../src/commands/command.service.js';
import type { Engine } from '../../../src/engine.js';
import { firstTimeSeen } from '../../../src/storage/platform-event.repository.js';
import type { Audience } from '../../../src/subscriptions/targets.js';
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

/** Posts replies through response_url: ephemeral unless shared, the first replacing the clicked message if asked. */
export async function reply(respond: RespondFn, replies: readonly SlackReply[], mode: { replaceOriginal?: boolean; inChannel?: boolean } = {}): Promise<void> {
  for (const [i, message] of replies.entries()) {
    await respond({
      text: message.text,
      blocks: message.blocks,
      response_type: mode.inChannel ? 'in_channel' : 'ephemeral',
      ...(i === 0 && mode.replaceOriginal ? { replace_original: true } : {}),
    });
  }
}

/** Redraws a person's App Home: their follows and their next brief. */
export async function publishHome(deps: ListenerDeps, client: SlackClient, workspaceId: string, userId: string): Promise<void> {
  const audience: Audience = homeAudience(workspaceId, userId);
  const list = await deps.commands.run(audience, 'list');
  if (list.kind !== 'list') return;
  await client.views.publish({ user_id: userId, view: { type: 'home', blocks: homeBlocks(list.personal, list.settings, deps.engine.now()) } });
}

/** Slack retries an event it believes was missed, maybe to another replica: act on each id once. */
export async function firstDelivery(deps: ListenerDeps, eventId: string | undefined): Promise<boolean> {
  return eventId === undefined || (await firstTimeSeen(deps.engine.store.db, 'slack', eventId, deps.engine.now().toISOString()));
}

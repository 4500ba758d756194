/**
 * Subscribers whose weekly brief fell due a minute ago, written into a running server's database so
 * its scheduler fans their briefs out on its next tick: Slack people (DMs) and channels, Teams
 * personal chats and channels spread over a few tenants, in several time zones, each following one
 * to three topics. Written with the core's own subscription and conversation-reference functions, as
 * the bot writes them when someone follows.
 */
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { localDay, localMinutes, WEEKDAYS } from '../../src/delivery/zoned-time.js';
import { closeEngine, openEngine } from '../../src/engine.js';
import { createLogger } from '../../src/logger.js';
import { saveConversationReference } from '../../src/storage/conversation-reference.repository.js';
import { follow, setSchedule } from '../../src/subscriptions/subscription.service.js';
import type { Target } from '../../src/subscriptions/targets.js';
import { runScript } from './cli.js';
import { BOT } from './fake-bot-connector.js';

const ZONES = ['UTC', 'Africa/Cairo', 'Asia/Riyadh', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
const TOPICS = ['country:EG', 'country:LY', 'org:iom'];
const TEAMS_TENANTS = ['soak-tenant-1', 'soak-tenant-2', 'soak-tenant-3', 'soak-tenant-4'];
export const SEED_SLACK_TEAM = 'T0FANOUT';

/** Where one seeded brief must arrive: a Slack channel (a person's DM is "D<user id>") or a Teams conversation. */
export interface SeededTarget {
  platform: 'slack' | 'teams';
  destination: string;
}

/** The weekday and HH:MM, in a zone, of one minute ago: a schedule the scheduler finds due now. */
export function dueAMinuteAgo(zone: string, now = new Date()): { day: string; time: string; timeZone: string } {
  const instant = new Date(now.getTime() - 60_000);
  const minutes = localMinutes(instant, zone);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { day: WEEKDAYS[localDay(instant, zone).weekday] ?? 'monday', time, timeZone: zone };
}

function slackTarget(i: number): { target: Target; seeded: SeededTarget } {
  // One in five is a channel; the rest are people, whose DM the deliverer opens with conversations.open.
  if (i % 5 === 0) {
    const channel = `C0FAN${i}`;
    return { target: { platform: 'slack', workspaceId: SEED_SLACK_TEAM, conversationId: channel, kind: 'channel', userId: `UFANOWNER${i}` }, seeded: { platform: 'slack', destination: channel } };
  }
  const user = `UFAN${i}`;
  return { target: { platform: 'slack', workspaceId: SEED_SLACK_TEAM, conversationId: `user:${user}`, kind: 'user', userId: user }, seeded: { platform: 'slack', destination: `D${user}` } };
}

/** A Teams target and the conversation reference the bot would have saved when it last heard from there. */
function teamsTarget(i: number, serviceUrl: string) {
  const tenantId = TEAMS_TENANTS[i % TEAMS_TENANTS.length] ?? 'soak-tenant-1';
  const user = { id: `29:fan-${i}`, name: `Fan ${i}`, aadObjectId: `aad-fan-${i}` };
  const channel = i % 4 === 0;
  const conversation = channel ? { id: `19:fan-channel-${i}@thread.tacv2`, conversationType: 'channel', isGroup: true, tenantId } : { id: `a:fan-chat-${i}`, conversationType: 'personal', tenantId };
  const reference = { user, bot: BOT, conversation, channelId: 'msteams', locale: 'en-US', serviceUrl };
  const target: Target = channel
    ? { platform: 'teams', workspaceId: tenantId, conversationId: conversation.id, kind: 'channel', userId: user.aadObjectId }
    : { platform: 'teams', workspaceId: tenantId, conversationId: `user:${user.aadObjectId}`, kind: 'user', userId: user.aadObjectId };
  const write = { platform: 'teams', workspaceId: tenantId, conversationId: target.conversationId, kind: channel ? ('channel' as const) : ('personal' as const), teamId: channel ? `19:fan-team-${i}@thread.tacv2` : null, serviceUrl, reference: JSON.stringify(reference) };
  return { target, write, seeded: { platform: 'teams' as const, destination: conversation.id } };
}

/** Seeds `slack` + `teams` subscribers due now into the database at `db`; returns where each brief must arrive. */
export async function seedDueBriefs(db: string, counts: { slack: number; teams: number }, connectorUrl: string): Promise<SeededTarget[]> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  const engine = await openEngine({ config, logger: createLogger(config), db });
  const seeded: SeededTarget[] = [];
  try {
    // The schedule first: a target created by its first follow would have the default one, which may be due too.
    const subscribe = async (target: Target, i: number): Promise<void> => {
      const schedule = dueAMinuteAgo(ZONES[i % ZONES.length] ?? 'UTC');
      await setSchedule(engine, target, schedule, { timeZone: schedule.timeZone });
      for (const topic of TOPICS.slice(0, 1 + (i % TOPICS.length))) await follow(engine, target, topic, 'brief');
    };
    for (let i = 0; i < counts.slack; i++) {
      const { target, seeded: where } = slackTarget(i);
      await subscribe(target, i);
      seeded.push(where);
    }
    for (let i = 0; i < counts.teams; i++) {
      const { target, write, seeded: where } = teamsTarget(i, connectorUrl);
      await saveConversationReference(engine.store.db, write, new Date().toISOString());
      await subscribe(target, i);
      seeded.push(where);
    }
  } finally {
    await closeEngine(engine);
  }
  return seeded;
}

/** Runs `seedDueBriefs` in a child process (this file as a script) and resolves with its answer. */
export async function seedInChild(db: string, counts: { slack: number; teams: number }, connectorUrl: string): Promise<SeededTarget[]> {
  const run = await runScript(import.meta.filename, [db, String(counts.slack), String(counts.teams), connectorUrl]);
  if (run.code !== 0) throw new Error(`seeding failed (exit ${run.code}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as SeededTarget[];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [db, slack, teams, connectorUrl] = process.argv.slice(2);
  if (db === undefined || connectorUrl === undefined) throw new Error('usage: soak-seed.ts <db> <slack count> <teams count> <connector url>');
  process.stdout.write(JSON.stringify(await seedDueBriefs(db, { slack: Number(slack), teams: Number(teams) }, connectorUrl)));
}

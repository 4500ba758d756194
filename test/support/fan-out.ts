/**
 * A weekly-brief fan-out for delivery tests and benchmarks: many Slack DMs and Teams conversations
 * whose briefs are due right now, seeded in batches straight into a database, and a tally of what
 * the fake platforms actually received (per conversation, successful posts only), so a test can say
 * "every conversation got its brief exactly once" and count duplicates.
 */
import type { Insertable } from 'kysely';
import pg from 'pg';
import type { ConversationReferencesTable, DeliveryTargetsTable, SubscriptionsTable } from '../../db/schema.js';
import { closeEngine } from '../../src/engine.js';
import { postgresAdminUrl, type TestDatabase } from './databases.js';
import { testEngine } from './engine.js';
import { BOT, type FakeBotConnector } from './fake-bot-connector.js';
import { type FakeSlack, slackConversationOf } from './fake-slack.js';
import { dueAMinuteAgo } from './soak-seed.js';

/** The workspace of the single-workspace Slack install (SLACK_BOT_TOKEN) the DMs belong to. */
export const FAN_OUT_SLACK_TEAM = 'T0FANOUT';
/** Zones with whole, half and three-quarter hour offsets, so "due now" is worked out in each. */
const ZONES = ['UTC', 'Africa/Cairo', 'Europe/London', 'Asia/Kolkata', 'America/New_York', 'Asia/Riyadh', 'Australia/Adelaide', 'Asia/Kathmandu'];

export interface FanOutPlan {
  slackUsers: number;
  teamsConversations: number;
  /** Teams tenants the conversations are spread over. */
  teamsTenants?: number;
  /** The one topic every conversation follows; a small one keeps each brief a single message. */
  topic: string;
  /** The fake Bot Connector's URL, stored as the Teams conversations' serviceUrl. */
  serviceUrl: string;
}

/** One conversation of the fan-out, by the key the fakes see it under. */
export interface Recipient {
  platform: 'slack' | 'teams';
  /** delivery_targets.conversation_id. */
  target: string;
  /** Slack: the DM channel conversations.open returns; Teams: the conversation id in the Connector's paths. */
  seenAs: string;
}

export interface FanOut {
  recipients: Recipient[];
}

/** The DM channel the fake opens for a Slack user: distinct per user, so Slack's per-channel pacing never serialises the fan-out. */
export function directMessageChannel(user: string): string {
  return `D${user.slice(1)}`;
}

/** Makes a FakeSlack behave as a workspace with many people: conversations.open gives each user their own DM channel, and every post its own ts. */
export function answerAsWorkspace(slack: FakeSlack): void {
  let sequence = 0;
  slack.answers.set('/api/conversations.open', (body) => ({ ok: true, channel: { id: directMessageChannel(new URLSearchParams(body).get('users') ?? 'U?') } }));
  slack.answers.set('/api/chat.postMessage', (body) => {
    sequence += 1;
    return { ok: true, channel: new URLSearchParams(body).get('channel'), ts: `${Math.floor(Date.now() / 1000)}.${String(sequence).padStart(6, '0')}` };
  });
}

/** delivery_targets' schedule columns for a brief that fell due a minute ago in `zone`. */
function dueColumns(now: Date, zone: string): Pick<Insertable<DeliveryTargetsTable>, 'brief_day' | 'brief_time' | 'time_zone'> {
  const due = dueAMinuteAgo(zone, now);
  return { brief_day: due.day, brief_time: due.time, time_zone: due.timeZone };
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Seeds the fan-out into `database` (already migrated and ingested): one delivery target per
 * conversation, its one followed topic, and for Teams the conversation reference proactive posts
 * need — Slack DMs first, then Teams personal chats and channels alternately. Every schedule is the
 * minute just gone in the target's own zone.
 */
export async function seedFanOut(database: string, plan: FanOutPlan): Promise<FanOut> {
  const now = new Date();
  const stamp = now.toISOString();
  const recipients: Recipient[] = [];
  const targets: Array<Insertable<DeliveryTargetsTable>> = [];
  const subscriptions: Array<Insertable<SubscriptionsTable>> = [];
  const references: Array<Insertable<ConversationReferencesTable>> = [];
  const add = (platform: 'slack' | 'teams', workspace: string, conversation: string, kind: 'user' | 'channel', user: string, index: number) => {
    targets.push({
      platform,
      workspace_id: workspace,
      conversation_id: conversation,
      user_id: user,
      kind,
      language: 'en',
      ...dueColumns(now, ZONES[index % ZONES.length] ?? 'UTC'),
      threads: 0,
      quiet_start: null,
      quiet_end: null,
      paused_reason: null,
      created_at: stamp,
      updated_at: stamp,
    });
    subscriptions.push({ platform, workspace_id: workspace, conversation_id: conversation, user_id: user, entity_id: plan.topic, mode: 'brief', language: 'en', created_at: stamp, paused_reason: null });
  };
  for (let i = 0; i < plan.slackUsers; i++) {
    const user = `UFAN${String(i).padStart(6, '0')}`;
    add('slack', FAN_OUT_SLACK_TEAM, `user:${user}`, 'user', user, i);
    recipients.push({ platform: 'slack', target: `user:${user}`, seenAs: directMessageChannel(user) });
  }
  const tenants = plan.teamsTenants ?? 2;
  for (let i = 0; i < plan.teamsConversations; i++) {
    const n = String(i).padStart(6, '0');
    const tenant = `7e57e000-0000-4000-8000-${String(i % tenants).padStart(12, '0')}`;
    const user = { id: `29:fan-out-user-${n}`, name: `Analyst ${n}`, aadObjectId: `aad0${n}-0000-4000-8000-000000000000` };
    const personal = i % 2 === 0;
    // Ids padded to one length: no conversation id is a prefix of another (the fake matches refusals by substring).
    const conversationId = personal ? `a:1fan-out-chat-${n}` : `19:fan-out-channel-${n}@thread.tacv2`;
    const target = personal ? `user:${user.aadObjectId}` : conversationId;
    add('teams', tenant, target, personal ? 'user' : 'channel', user.aadObjectId, plan.slackUsers + i);
    const conversation = personal ? { id: conversationId, conversationType: 'personal', tenantId: tenant } : { id: conversationId, conversationType: 'channel', tenantId: tenant, isGroup: true };
    // Shaped as TurnContext.getConversationReference gives it (teams-app.ts stores exactly that).
    const reference = { channelId: 'msteams', serviceUrl: plan.serviceUrl, locale: 'en-US', user, bot: BOT, conversation };
    references.push({
      platform: 'teams',
      workspace_id: tenant,
      conversation_id: target,
      kind: personal ? 'personal' : 'channel',
      team_id: personal ? null : `19:fan-out-team-${String(i % 10)}@thread.tacv2`,
      service_url: plan.serviceUrl,
      reference: JSON.stringify(reference),
      updated_at: stamp,
    });
    recipients.push({ platform: 'teams', target, seenAs: conversationId });
  }
  const engine = await testEngine(database, () => now);
  try {
    const { db } = engine.store;
    await db.transaction().execute(async (trx) => {
      for (const batch of chunks(targets, 250)) await trx.insertInto('delivery_targets').values(batch).execute();
      for (const batch of chunks(subscriptions, 250)) await trx.insertInto('subscriptions').values(batch).execute();
      for (const batch of chunks(references, 250)) await trx.insertInto('conversation_references').values(batch).execute();
    });
  } finally {
    await closeEngine(engine);
  }
  return { recipients };
}

/** The conversation id in a Bot Connector path (/v3/conversations/{id}/activities…), decoded. */
export function connectorConversationOf(path: string): string | null {
  const match = /^\/v3\/conversations\/([^/?]+)\/activities/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The key a conversation's counts are kept under: platform and the id the fake sees. */
export function recipientKey(recipient: Recipient): string {
  return `${recipient.platform}:${recipient.seenAs}`;
}

/**
 * Messages each conversation received (by recipientKey): successful chat.postMessage calls and
 * Connector activity posts; with `until`, only those that arrived by then (Date.now() at the fakes).
 */
export function messagesReceived(slack: FakeSlack, connector: FakeBotConnector, until = Infinity): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const request of slack.requests) {
    if (request.path !== '/api/chat.postMessage' || request.status !== 200 || request.at > until) continue;
    bump(`slack:${slackConversationOf(request.body) ?? '?'}`);
  }
  for (const call of connector.calls) {
    if (call.method !== 'POST' || call.status !== 200 || call.at > until) continue;
    const conversation = connectorConversationOf(call.path);
    if (conversation !== null) bump(`teams:${conversation}`);
  }
  return counts;
}

/** The message ids the fakes handed out for successful posts (Slack ts, Connector activity ids), sorted. */
export function issuedMessageIds(slack: FakeSlack, connector: FakeBotConnector): string[] {
  const ids: string[] = [];
  for (const request of slack.requests) {
    const ts = (request.answer as { ts?: unknown } | undefined)?.ts;
    if (request.path === '/api/chat.postMessage' && request.status === 200 && typeof ts === 'string') ids.push(ts);
  }
  for (const call of connector.calls) if (call.method === 'POST' && call.status === 200 && connectorConversationOf(call.path) !== null && call.answer) ids.push(call.answer.id);
  return ids.sort();
}

export interface Tally {
  /** Conversations with at least one message. */
  reached: number;
  /** Conversations of the fan-out with none. */
  missing: Recipient[];
  /** Messages beyond the first, summed over conversations. */
  duplicates: number;
  /** Conversations with more than one message. */
  duplicated: Recipient[];
  /** Messages to conversations that are not in the fan-out. */
  strays: number;
}

/** What the fakes received, measured against the fan-out (each brief being one message). */
export function tally(fanOut: FanOut, slack: FakeSlack, connector: FakeBotConnector): Tally {
  const counts = messagesReceived(slack, connector);
  const result: Tally = { reached: 0, missing: [], duplicates: 0, duplicated: [], strays: 0 };
  const known = new Set<string>();
  for (const recipient of fanOut.recipients) {
    const key = recipientKey(recipient);
    known.add(key);
    const n = counts.get(key) ?? 0;
    if (n === 0) result.missing.push(recipient);
    else result.reached += 1;
    if (n > 1) {
      result.duplicates += n - 1;
      result.duplicated.push(recipient);
    }
  }
  for (const [key, n] of counts) if (!known.has(key)) result.strays += n;
  return result;
}

/** Polls until every conversation has had a message (or the time runs out); returns the tally either way. */
export async function waitUntilReached(fanOut: FanOut, slack: FakeSlack, connector: FakeBotConnector, options: { timeoutMs: number; reached?: number }): Promise<Tally> {
  const goal = options.reached ?? fanOut.recipients.length;
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const now = tally(fanOut, slack, connector);
    if (now.reached >= goal || Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One plain pg connection for `work`, closed after. */
export async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A copy of a seeded PostgreSQL database (CREATE DATABASE … TEMPLATE), dropped afterwards: each test
 * starts from the same seeded state without seeding again. The source must have no open connections.
 */
export async function clonePostgres(source: TestDatabase): Promise<TestDatabase> {
  const sourceName = new URL(source.target).pathname.slice(1);
  const name = `${sourceName}_c${Math.random().toString(36).slice(2, 8)}`;
  await withClient(postgresAdminUrl, async (admin) => {
    // A closed pool's backends can take a moment to exit, and a template must have none.
    for (let attempt = 0; ; attempt++) {
      try {
        return await admin.query(`CREATE DATABASE ${name} TEMPLATE ${sourceName}`);
      } catch (error) {
        if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  const target = new URL(postgresAdminUrl);
  target.pathname = `/${name}`;
  return { target: target.toString(), drop: () => withClient(postgresAdminUrl, async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))) };
}

/** Every message id the outbox recorded for rows of one kind (its message_ids JSON arrays, flattened), sorted. */
export async function outboxMessageIds(database: string, kind: 'brief' | 'alerts' = 'brief'): Promise<string[]> {
  return withClient(database, async (client) => {
    const { rows } = await client.query<{ message_ids: string | null }>('SELECT message_ids FROM outbox WHERE kind = $1', [kind]);
    return rows.flatMap((r) => (r.message_ids ? (JSON.parse(r.message_ids) as string[]) : [])).sort();
  });
}

/** Rows a server process holds (status 'sending' under its lease; its owner name carries its pid). */
export async function outboxHeldBy(database: string, pid: number): Promise<number> {
  return withClient(database, async (client) => {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM outbox WHERE status = 'sending' AND lease_owner LIKE $1", [`%/${pid}/%`]);
    return Number(rows[0]?.n ?? 0);
  });
}

/** Outbox rows of one kind by status ('pending', 'sending', 'sent', 'failed'), read with plain SQL. */
export async function outboxStatuses(database: string, kind: 'brief' | 'alerts' = 'brief'): Promise<Record<string, number>> {
  return withClient(database, async (client) => {
    const { rows } = await client.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM outbox WHERE kind = $1 GROUP BY status', [kind]);
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  });
}

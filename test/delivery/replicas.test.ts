/**
 * Dependable delivery with several replicas (issue 6, "Done means"): real `mawjaz serve` processes
 * share one PostgreSQL database holding 1,000 weekly briefs due now — 600 Slack DMs and 400 Teams
 * conversations — and post them to a fake Slack Web API and a fake Bot Connector, which count what
 * every conversation received. Every brief arrives exactly once with three replicas; a replica
 * killed mid-fan-out loses nothing (the duplicates its crash causes are measured and bounded by what
 * it had in flight); throttling (429 + Retry-After) and server errors are waited out and retried
 * without a duplicate and never sooner than the platform asked.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, runCli, samplesNewsDir } from '../support/cli.js';
import { hasPostgres, tempPostgres, type TestDatabase } from '../support/databases.js';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { answerAsWorkspace, clonePostgres, connectorConversationOf, type FanOut, issuedMessageIds, messagesReceived, outboxHeldBy, outboxMessageIds, outboxStatuses, recipientKey, seedFanOut, type Tally, tally, waitUntilReached } from '../support/fan-out.js';
import { FakeSlack, type ServerProcess, slackConversationOf, startServer } from '../support/fake-slack.js';

const SLACK_USERS = 600;
const TEAMS_CONVERSATIONS = 400;
const TOTAL = SLACK_USERS + TEAMS_CONVERSATIONS;
/** Conversations one replica sends to at once: the most a crash can leave sent but unrecorded. */
const CONCURRENCY = 8;
/** Tunisia: a small topic in the samples, so each brief is a single message and messages count briefs. */
const TOPIC = 'country:TN';
/** What the fakes answer a throttled request with. */
const RETRY_AFTER_SECONDS = 1;

describe.skipIf(!hasPostgres)('delivering 1,000 briefs with several replicas (PostgreSQL)', () => {
  let seeded: TestDatabase;
  let fanOut: FanOut;
  let slack: FakeSlack;
  let connector: FakeBotConnector;
  let database: TestDatabase;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    slack = new FakeSlack();
    await slack.start();
    answerAsWorkspace(slack);
    connector = new FakeBotConnector();
    await connector.start();
    seeded = await tempPostgres();
    const ingest = await runCli(['ingest', samplesNewsDir, '--db', seeded.target, '--no-progress']);
    expect(ingest.code, ingest.stderr).toBe(0);
    fanOut = await seedFanOut(seeded.target, { slackUsers: SLACK_USERS, teamsConversations: TEAMS_CONVERSATIONS, topic: TOPIC, serviceUrl: connector.url });
  }, 120_000);
  afterAll(async () => {
    await slack?.stop();
    await connector?.stop();
    await seeded?.drop();
  });

  // Each test gets its own copy of the seeded database and clean fakes.
  beforeEach(async () => {
    database = await clonePostgres(seeded);
    slack.requests.length = 0;
    slack.refusals.clear();
    connector.calls.length = 0;
    connector.refusals.clear();
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
    await database?.drop();
  });

  /** One replica; its Slack token names it, so the fake can tell which replica posted what. */
  async function replica(name: string, extra: Record<string, string> = {}): Promise<ServerProcess> {
    const server = await startServer(database.target, {
      SLACK_SIGNING_SECRET: 'fan-out-signing-secret',
      SLACK_BOT_TOKEN: `xoxb-${name}`,
      SLACK_API_URL: `${slack.url}/api/`,
      MAWJAZ_SCHEDULER_SECONDS: '1',
      MAWJAZ_DELIVERY_CONCURRENCY: String(CONCURRENCY),
      // Teams without credentials, its briefs posted to the local fake Connector.
      MAWJAZ_TEAMS_EMULATOR: '1',
      ...extra,
    });
    servers.push(server);
    return server;
  }

  /** Slack messages posted by each replica, by the token it posted with. */
  function postsByReplica(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of slack.requests) {
      if (r.path !== '/api/chat.postMessage' || r.status !== 200) continue;
      const name = String(r.headers.authorization ?? '').replace('Bearer xoxb-', '');
      counts[name] = (counts[name] ?? 0) + 1;
    }
    return counts;
  }

  /**
   * Waits for every conversation to be reached and the outbox to hold nothing left to send, then two
   * more scheduler ticks, so a late duplicate would still be counted.
   */
  async function settle(): Promise<{ tally: Tally; outbox: Record<string, number>; seconds: string }> {
    const started = Date.now();
    const reached = await waitUntilReached(fanOut, slack, connector, { timeoutMs: 90_000 });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    expect(reached.missing.map((m) => m.target).slice(0, 10)).toEqual([]);
    let outbox = await outboxStatuses(database.target);
    for (let i = 0; i < 100 && ((outbox.pending ?? 0) > 0 || (outbox.sending ?? 0) > 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      outbox = await outboxStatuses(database.target);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    return { tally: tally(fanOut, slack, connector), outbox: await outboxStatuses(database.target), seconds };
  }

  function expectAllSentOnce(outbox: Record<string, number>): void {
    expect(outbox).toEqual({ sent: TOTAL });
  }

  it('three replicas deliver every brief exactly once', async () => {
    await Promise.all([replica('replica-1'), replica('replica-2'), replica('replica-3')]);
    const { tally: result, outbox, seconds } = await settle();
    console.log(`[replicas] 3 replicas, ${TOTAL} briefs: all reached ${seconds} s after the replicas started; Slack posts by replica ${JSON.stringify(postsByReplica())}`);
    expect(result).toMatchObject({ reached: TOTAL, missing: [], duplicates: 0, strays: 0 });
    expectAllSentOnce(outbox);
    // Each row keeps the ids the platforms gave its message: exactly the ones the fakes handed out.
    expect(await outboxMessageIds(database.target)).toEqual(issuedMessageIds(slack, connector));
    // What operators see: nothing failed.
    const failed = await runCli(['deliveries', 'list', '--failed', '--json', '--db', database.target]);
    expect(failed.code, failed.stderr).toBe(0);
    expect(json<unknown[]>(failed)).toEqual([]);
  }, 180_000);

  it('a replica killed mid-fan-out loses nothing; its duplicates stay within what it had in flight', async () => {
    const lease = { MAWJAZ_OUTBOX_LEASE_SECONDS: '5' };
    const [doomed] = await Promise.all([replica('replica-1', lease), replica('replica-2', lease), replica('replica-3', lease)]);
    const partway = await waitUntilReached(fanOut, slack, connector, { timeoutMs: 120_000, reached: Math.round(TOTAL * 0.3) });
    await doomed!.kill();
    const killedAt = Date.now();
    const atKill = { reached: tally(fanOut, slack, connector).reached, byReplica: postsByReplica(), held: await outboxHeldBy(database.target, doomed!.child.pid ?? -1) };
    expect(partway.reached).toBeLessThan(TOTAL);
    // It died holding rows (claimed, leased, not finished): the ones the lease has to give back.
    expect(atKill.held).toBeGreaterThan(0);
    expect(atKill.held).toBeLessThanOrEqual(CONCURRENCY);
    // The killed replica was sending when it died (it had posted some of its share).
    expect(atKill.byReplica['replica-1'] ?? 0).toBeGreaterThan(0);
    await replica('replica-4', lease);
    const { tally: result, outbox, seconds } = await settle();
    console.log(
      `[replicas] SIGKILL at ${atKill.reached}/${TOTAL} delivered, holding ${atKill.held} rows (Slack posts by replica then: ${JSON.stringify(atKill.byReplica)}); ` +
        `after restart: ${result.reached}/${TOTAL} reached (${seconds} s later), duplicates ${result.duplicates} (bound: concurrency ${CONCURRENCY}), ` +
        `duplicated: ${JSON.stringify(result.duplicated.map((d) => d.seenAs))}`,
    );
    expect(result.missing).toEqual([]);
    expect(result.strays).toBe(0);
    expect(result.duplicates).toBeLessThanOrEqual(CONCURRENCY);
    // Each duplicate is the crash's: one message before the kill (posted by the dead replica, never
    // recorded), the other after, by the replica that took the row over when its lease lapsed.
    const beforeKill = messagesReceived(slack, connector, killedAt);
    expect(result.duplicated.filter((r) => beforeKill.get(recipientKey(r)) !== 1).map((r) => r.seenAs)).toEqual([]);
    expectAllSentOnce(outbox);
  }, 180_000);

  it('waits out 429s no sooner than Retry-After and retries server errors, delivering each brief once', async () => {
    // Every 20th conversation is throttled once (429 with Retry-After); every 20th, offset by 10, answers 500 twice.
    const throttled = new Set<string>();
    fanOut.recipients.forEach((recipient, i) => {
      const refusal = i % 20 === 0 ? { status: 429, retryAfterSeconds: RETRY_AFTER_SECONDS, times: 1 } : i % 20 === 10 ? { status: 500, times: 2 } : null;
      if (refusal === null) return;
      if (refusal.status === 429) throttled.add(`${recipient.platform}:${recipient.seenAs}`);
      if (recipient.platform === 'slack') slack.refusals.set(recipient.seenAs, { ...refusal });
      else connector.refusals.set(recipient.seenAs, { ...refusal, code: refusal.status === 429 ? 'ThrottledRequest' : 'InternalServerError' });
    });
    const retry = { MAWJAZ_DELIVERY_RETRY_SECONDS: '0.2' };
    await Promise.all([replica('replica-1', retry), replica('replica-2', retry)]);
    const { tally: result, outbox, seconds } = await settle();
    expect(result).toMatchObject({ reached: TOTAL, missing: [], duplicates: 0, strays: 0 });
    expectAllSentOnce(outbox);
    expect(await outboxMessageIds(database.target)).toEqual(issuedMessageIds(slack, connector));

    // Every request to each conversation, in arrival order, at the fakes.
    const timeline = new Map<string, Array<{ at: number; status: number }>>();
    const push = (key: string, at: number, status: number) => timeline.set(key, [...(timeline.get(key) ?? []), { at, status }]);
    for (const r of slack.requests) if (r.path === '/api/chat.postMessage') push(`slack:${slackConversationOf(r.body)}`, r.at, r.status);
    for (const c of connector.calls) {
      const conversation = connectorConversationOf(c.path);
      if (conversation !== null && c.method === 'POST') push(`teams:${conversation}`, c.at, c.status);
    }
    let checked = 0;
    for (const key of throttled) {
      const calls = timeline.get(key) ?? [];
      const refusedAt = calls.findIndex((c) => c.status === 429);
      expect(refusedAt, `${key} was never throttled`).toBeGreaterThanOrEqual(0);
      const next = calls[refusedAt + 1];
      expect(next, `${key}: no request after its 429`).toBeDefined();
      // Both instants are read by the fake's clock; a few ms cover timer granularity.
      expect(next!.at - calls[refusedAt]!.at, key).toBeGreaterThanOrEqual(RETRY_AFTER_SECONDS * 1_000 - 5);
      checked += 1;
    }
    expect(checked).toBe(TOTAL / 20);
    console.log(`[replicas] ${checked} conversations throttled (429, Retry-After ${RETRY_AFTER_SECONDS} s) and ${TOTAL / 20} given 500s twice: all delivered once (all reached in ${seconds} s), no retry before Retry-After`);
  }, 180_000);
});

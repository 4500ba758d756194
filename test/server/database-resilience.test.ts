/**
 * The server outlives its database going away (issue 13, case 2). A real `mawjaz serve` — Slack on a
 * local fake, the scheduler ticking every second — on a fresh PostgreSQL database has its backends
 * terminated (what a PostgreSQL restart or failover does to them): idle, under a command, and under a
 * brief the fake Slack holds in flight; then its database refuses connections while the shared
 * PostgreSQL keeps running (ALLOW_CONNECTIONS false). It must stay up, answer /healthz 503 while the
 * database is away and 200 once it is back, answer commands (politely while away), log the outage
 * once, and deliver the brief in flight exactly once; started while its database is away, it waits.
 * On SQLite: the database file moved away (briefs wait, 503) and back, and its write lock held by
 * another connection (a write answered politely, /healthz still 200: a writer is normal) and released.
 */
import { renameSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_NAME } from '../../db/postgres-pool.js';
import { failureSentence } from '../../src/commands/failure-text.js';
import { DatabaseUnavailable } from '../../src/errors.js';
import { runCli, samplesNewsDir } from '../support/cli.js';
import { hasPostgres, postgresAdminUrl, tempPostgres, tempSqlite, type TestDatabase } from '../support/databases.js';
import { answerAsWorkspace, directMessageChannel, withClient } from '../support/fan-out.js';
import { FakeSlack, type ServerProcess, slackConversationOf, slackHeaders, slashCommandForm, startServer } from '../support/fake-slack.js';
import { dueAMinuteAgo } from '../support/soak-seed.js';

const SECRET = 'resilience-signing-secret-0123456789';
const TEAM = 'T0RESILIENCE';
/** What a person is told while the database is away. */
const AWAY_ANSWER = failureSentence(new DatabaseUnavailable('away'));
/** The same, to a person who chose Arabic or writes it: said in their language though the database cannot be asked. */
const AWAY_ANSWER_AR = failureSentence(new DatabaseUnavailable('away'), 'ar');
const POST = '/api/chat.postMessage';

/** A Slack front on `slack`, the scheduler every second, info logs (the outage's warning and its end). */
function serverEnv(slack: FakeSlack): Record<string, string> {
  return { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-resilience', SLACK_API_URL: `${slack.url}/api/`, MAWJAZ_SCHEDULER_SECONDS: '1', LOG_LEVEL: 'info' };
}

/** The sample articles in `database`, a fake Slack workspace, and the server on both. */
async function serveSamples(database: TestDatabase): Promise<{ slack: FakeSlack; server: ServerProcess }> {
  const ingest = await runCli(['ingest', samplesNewsDir, '--db', database.target, '--no-progress']);
  expect(ingest.code, ingest.stderr).toBe(0);
  const slack = new FakeSlack();
  await slack.start();
  answerAsWorkspace(slack);
  return { slack, server: await startServer(database.target, serverEnv(slack)) };
}

let responses = 0;

/** `/migration <text>` typed in `user`'s DM, signed as Slack signs it; resolves with the text of the answer posted to its response_url. */
async function command(server: ServerProcess, slack: FakeSlack, user: string, text: string): Promise<string> {
  responses += 1;
  const path = `/respond/${responses}`;
  const form = slashCommandForm(TEAM, user, directMessageChannel(user), text, `${slack.url}${path}`);
  const before = slack.requests.length;
  const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackHeaders(SECRET, form) }, body: form });
  expect(res.status).toBe(200);
  return (JSON.parse((await slack.next(path, before)).body) as { text: string }).text;
}

/** `user` follows Tunisia with a brief that is not due for days (so it cannot go out before the test makes it due). */
async function followNotYetDue(server: ServerProcess, slack: FakeSlack, user: string): Promise<void> {
  const later = dueAMinuteAgo('UTC', new Date(Date.now() + 3 * 86_400_000));
  expect(await command(server, slack, user, `schedule ${later.day} ${later.time} UTC`)).not.toBe(AWAY_ANSWER);
  expect(await command(server, slack, user, 'follow tunisia')).toMatch(/Tunisia/);
}

/** Moves `user`'s brief to a minute ago, through the bot as a person would: the next tick finds it due. */
async function makeBriefDue(server: ServerProcess, slack: FakeSlack, user: string): Promise<void> {
  const due = dueAMinuteAgo('UTC');
  expect(await command(server, slack, user, `schedule ${due.day} ${due.time} UTC`)).not.toBe(AWAY_ANSWER);
}

/** Briefs Slack accepted in `user`'s DM. */
function postsTo(slack: FakeSlack, user: string, after = 0): number {
  return slack.requests.filter((r) => r.path === POST && r.status === 200 && r.at >= after && slackConversationOf(r.body) === directMessageChannel(user)).length;
}

async function health(server: ServerProcess): Promise<number> {
  const res = await fetch(`${server.url}/healthz`);
  await res.arrayBuffer();
  return res.status;
}

function alive(server: ServerProcess): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Log lines (pino JSON) with this message since `from` characters into the output. */
function logged(server: ServerProcess, message: string, from = 0): number {
  return server.output().slice(from).split('\n').filter((line) => line.includes(`"msg":"${message}`)).length;
}

const OUTAGE = 'database unreachable';
const RECOVERY = 'database reachable again';

describe.skipIf(!hasPostgres)('PostgreSQL dropping the server\'s connections (issue 13, case 2)', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let server: ServerProcess;
  const name = () => new URL(database.target).pathname.slice(1);

  /** pg_terminate_backend on every connection the server holds (they carry its application_name); how many there were. */
  async function terminateBackends(): Promise<number> {
    return withClient(postgresAdminUrl, async (admin) => {
      const { rows } = await admin.query<{ n: string }>('SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = $2', [name(), APPLICATION_NAME]);
      return Number(rows[0]?.n ?? 0);
    });
  }

  /** The database away for this server only: PostgreSQL itself keeps running for everyone else. */
  async function allowConnections(allowed: boolean): Promise<void> {
    await withClient(postgresAdminUrl, (admin) => admin.query(`ALTER DATABASE ${name()} ALLOW_CONNECTIONS ${allowed}`));
  }

  async function briefStatus(user: string): Promise<string | undefined> {
    return withClient(database.target, async (client) => {
      const { rows } = await client.query<{ status: string }>("SELECT status FROM outbox WHERE kind = 'brief' AND conversation_id = $1", [`user:${user}`]);
      return rows[0]?.status;
    });
  }

  beforeAll(async () => {
    database = await tempPostgres();
    ({ slack, server } = await serveSamples(database));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.stop();
    if (database) await allowConnections(true);
    await database?.drop();
  });

  it('terminated connections, idle or under a command: the process stays up, /healthz is 200 again at once, every command is answered', async () => {
    const user = 'U0FIRST';
    expect(await command(server, slack, user, 'khartoum')).toMatch(/Khartoum/i);
    const mark = server.output().length;
    expect(await terminateBackends()).toBeGreaterThan(0);
    const started = performance.now();
    let refused = 0;
    await until('/healthz to answer 200', async () => {
      const status = await health(server);
      if (status !== 200) refused += 1;
      return status === 200;
    }, 10_000, 5);
    const recoveredMs = performance.now() - started;
    expect(alive(server)).toBe(true);
    expect(await command(server, slack, user, 'khartoum')).toMatch(/Khartoum/i);

    // Under a command: Slack has its acknowledgement and the answer is being worked out when the backends go.
    const answers: string[] = [];
    for (let round = 0; round < 6; round++) {
      const answer = command(server, slack, user, round % 2 === 0 ? 'brief' : 'list');
      await sleep(round * 15);
      await terminateBackends();
      answers.push(await answer);
    }
    expect(alive(server)).toBe(true);
    // Each is the answer or, if its query died under it, the sentence for a database that is away; never silence or "something went wrong".
    for (const answer of answers) expect(answer === AWAY_ANSWER || !/something went wrong/i.test(answer), answer).toBe(true);
    expect(await health(server)).toBe(200);
    console.log(
      `[resilience] PostgreSQL backends terminated: /healthz 200 again ${recoveredMs.toFixed(0)} ms after pg_terminate_backend (${refused} check(s) answered 503 before); ` +
        `commands under termination: ${answers.filter((a) => a === AWAY_ANSWER).length} of ${answers.length} answered "try again", the rest answered; outage warnings logged: ${logged(server, OUTAGE, mark)}`,
    );
  }, 60_000);

  it('a brief in flight when the backends are terminated goes out exactly once', async () => {
    const user = 'U0SECOND';
    await followNotYetDue(server, slack, user);
    const release = slack.hold(POST);
    try {
      const before = slack.requests.length;
      await makeBriefDue(server, slack, user);
      // Slack has the brief and has not answered yet: the server is waiting for the message's id.
      await slack.next(POST, before, 20_000);
      expect(await terminateBackends()).toBeGreaterThan(0);
    } finally {
      release();
    }
    await until('the brief to be recorded as sent', async () => (await briefStatus(user)) === 'sent');
    await sleep(2_500); // more ticks: a second copy would show now
    expect(postsTo(slack, user)).toBe(1);
    expect(alive(server)).toBe(true);
  }, 60_000);

  it('a database that refuses connections: 503 and a polite answer while away (logged once, in the person\'s language), then 200 and the brief in flight goes out once', async () => {
    const user = 'U0THIRD';
    await followNotYetDue(server, slack, user);
    expect(await command(server, slack, 'U0ARABIC', 'language ar')).not.toBe(AWAY_ANSWER);
    const release = slack.hold(POST);
    const mark = server.output().length;
    let back = 0;
    try {
      const before = slack.requests.length;
      await makeBriefDue(server, slack, user);
      await slack.next(POST, before, 20_000);
      await allowConnections(false);
      await terminateBackends();
      // Slack answers now, while the server cannot record the message's id: it must keep it until it can.
      release();
      await until('/healthz to answer 503', async () => (await health(server)) === 503, 10_000);
      expect(await command(server, slack, 'U0FOURTH', 'follow egypt')).toBe(AWAY_ANSWER);
      expect(await command(server, slack, 'U0ARABIC', 'follow egypt')).toBe(AWAY_ANSWER_AR);
      // Someone the server has not answered yet, writing Arabic.
      expect(await command(server, slack, 'U0NEWCOMER', 'تابع مصر')).toBe(AWAY_ANSWER_AR);
      await sleep(3_000); // three scheduler ticks with the database away
      expect(alive(server)).toBe(true);
      expect(await health(server)).toBe(503);
    } finally {
      release();
      await allowConnections(true);
      back = performance.now();
    }
    await until('/healthz to answer 200', async () => (await health(server)) === 200, 10_000, 5);
    const recoveredMs = performance.now() - back;
    await until('the brief to be recorded as sent', async () => (await briefStatus(user)) === 'sent', 45_000);
    await sleep(2_500);
    expect(postsTo(slack, user)).toBe(1);
    expect(await command(server, slack, 'U0FOURTH', 'follow egypt')).toMatch(/Egypt/);
    // One warning when it went away, one line when it came back: not one per tick, job or check.
    expect(logged(server, OUTAGE, mark)).toBe(1);
    expect(logged(server, RECOVERY, mark)).toBe(1);
    console.log(`[resilience] database refusing connections: /healthz 200 again ${recoveredMs.toFixed(0)} ms after ALLOW_CONNECTIONS true; the brief in flight was sent once`);
  }, 90_000);

  it('started while its database refuses connections, serve waits for it (logged) — and gives up after MAWJAZ_DB_WAIT_SECONDS', async () => {
    let late: ServerProcess | undefined;
    await allowConnections(false);
    try {
      const refused = await runCli(['serve', '--port', '0', '--db', database.target], { env: { ...serverEnv(slack), MAWJAZ_DB_WAIT_SECONDS: '1' } });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^mawjaz: cannot connect to PostgreSQL: .*not currently accepting connections/m);
      let waiting = () => {};
      const waited = new Promise<void>((resolve) => (waiting = resolve));
      const starting = startServer(database.target, serverEnv(slack), [], (out) => {
        if (/database not reachable yet; trying again in/.test(out)) waiting();
      });
      await waited;
      await sleep(1_000);
      await allowConnections(true);
      late = await starting;
      expect(await health(late)).toBe(200);
    } finally {
      await allowConnections(true);
      await late?.stop();
    }
  }, 60_000);
});

describe('SQLite: the database file moved away, or its write lock held by another connection', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let server: ServerProcess;

  beforeAll(async () => {
    database = tempSqlite();
    ({ slack, server } = await serveSamples(database));
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.stop();
    await database?.drop();
  });

  it('moved away: 503 and briefs wait, the process lives; put back: 200 and the brief goes out once', async () => {
    const user = 'U0MOVED';
    await followNotYetDue(server, slack, user);
    const mark = server.output().length;
    renameSync(database.target, `${database.target}.away`);
    let back = 0;
    try {
      await until('/healthz to answer 503', async () => (await health(server)) === 503, 10_000);
      // The open file still takes the change (it is only moved), but nothing is sent while it is away.
      await makeBriefDue(server, slack, user);
      await sleep(3_000);
      expect(postsTo(slack, user)).toBe(0);
      expect(alive(server)).toBe(true);
    } finally {
      renameSync(`${database.target}.away`, database.target);
      back = Date.now();
    }
    await until('/healthz to answer 200', async () => (await health(server)) === 200, 10_000);
    await until('the brief to go out', () => postsTo(slack, user) > 0);
    await sleep(2_500);
    expect(postsTo(slack, user)).toBe(1);
    expect(postsTo(slack, user, back)).toBe(1);
    expect(logged(server, OUTAGE, mark)).toBe(1);
    expect(logged(server, RECOVERY, mark)).toBe(1);
  }, 60_000);

  it('its write lock held elsewhere: /healthz still 200 (another writer is normal on a shared file), a write gets a polite answer, the process lives; released: the command works', async () => {
    const other = new SQLite(database.target);
    try {
      other.exec('BEGIN IMMEDIATE');
      // Reads go on beside a writer (WAL); the check never waits for the lock.
      expect(await health(server)).toBe(200);
      // The server's own busy timeout passes, then the person is told to try again.
      expect(await command(server, slack, 'U0LOCKED', 'follow egypt')).toBe(AWAY_ANSWER);
      expect(alive(server)).toBe(true);
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(await health(server)).toBe(200);
    expect(await command(server, slack, 'U0LOCKED', 'follow egypt')).toMatch(/Egypt/);
  }, 60_000);
});

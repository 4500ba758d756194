/**
 * Issue 15: a topic card is compiled off the event loop that answers Slack. The server's own wiring
 * (the delivery worker behind the command service, the Slack adapter on our HTTP server) on a real
 * SQLite file with the samples; the worker's card compile is held busy (test/support/held-delivery-worker.ts)
 * while another person's signed slash command comes in: it is acknowledged and answered meanwhile, and
 * the card arrives once the compile is let go.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/slack-app.js';
import { slackServing } from '../../../adapters/slack/slack-settings.js';
import { createCommandService } from '../../../src/commands/command.service.js';
import { WorkerBriefCompiler } from '../../../src/delivery/brief-compiler.js';
import { closeEngine, databaseTarget, type Engine } from '../../../src/engine.js';
import { ingestInputs } from '../../../src/ingest/pipeline.js';
import { createDatabaseHealth } from '../../../src/server/database-health.js';
import { createHttpServer } from '../../../src/server/http-server.js';
import { samplesNewsDir } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { testEngine } from '../../support/engine.js';
import { FakeSlack, slackHeaders, slashCommandForm } from '../../support/fake-slack.js';
import { closeLocal, listenLocally } from '../../support/local-server.js';

const SECRET = 'test-signing-secret-0123456789';
const TEAM = 'T0LOOP';

async function until(done: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Slack while a topic card is being compiled', () => {
  let database: TestDatabase;
  let engine: Engine;
  let slack: FakeSlack;
  let compiler: WorkerBriefCompiler;
  let server: Server;
  let url = '';
  const holdDir = mkdtempSync(join(tmpdir(), 'mawjaz-held-card-'));
  const previousHold = process.env.HELD_CARDS_DIR;

  beforeAll(async () => {
    database = tempSqlite();
    const base = await testEngine(database.target);
    await ingestInputs(base, [samplesNewsDir], { allowPrivate: false, workers: 0 });
    slack = new FakeSlack();
    await slack.start();
    engine = { ...base, config: { ...base.config, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: `${slack.url}/api/` } };
    // The worker thread copies the environment when it starts: it learns here where to hold its cards.
    process.env.HELD_CARDS_DIR = holdDir;
    compiler = new WorkerBriefCompiler(engine.config, databaseTarget(engine.config, database.target), new URL('../../support/held-delivery-worker.js', import.meta.url));
    const serving = slackServing(engine.config);
    if (serving?.kind !== 'http') throw new Error('Slack over HTTP expected');
    const adapter = createSlackAdapter(engine, createCommandService(engine, {}, compiler), serving.settings);
    server = createHttpServer(engine, adapter.mounts, ['slack'], createDatabaseHealth(engine));
    url = await listenLocally(server);
  }, 60_000);
  afterAll(async () => {
    writeFileSync(join(holdDir, 'release'), '');
    if (previousHold === undefined) delete process.env.HELD_CARDS_DIR;
    else process.env.HELD_CARDS_DIR = previousHold;
    await closeLocal(server);
    await compiler?.close();
    await slack?.stop();
    if (engine) await closeEngine(engine);
    await database?.drop();
    rmSync(holdDir, { recursive: true, force: true });
  });

  /** A signed `/migration <text>`; resolves with Slack's HTTP answer (the ack) once it comes. */
  async function command(user: string, text: string, replyPath: string): Promise<number> {
    const form = slashCommandForm(TEAM, user, `D${user}`, text, `${slack.url}${replyPath}`);
    const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackHeaders(SECRET, form) }, body: form });
    await res.arrayBuffer();
    return res.status;
  }

  const replyTo = (path: string) => slack.requests.find((r) => r.path === path);

  it('acknowledges and answers another slash command while the card compiles in the worker, then delivers the card', async () => {
    expect(await command('U0FIRST', 'Egypt', '/respond/card')).toBe(200);
    await until(() => existsSync(join(holdDir, 'held')), 'the card reaching the worker');

    // The worker is busy with the card; the event loop is not: the next person is acknowledged and answered.
    expect(await command('U0SECOND', 'help', '/respond/help')).toBe(200);
    const help = await slack.next('/respond/help');
    expect(help.body).toContain('/migration');
    expect(replyTo('/respond/card')).toBeUndefined();

    writeFileSync(join(holdDir, 'release'), '');
    const card = await slack.next('/respond/card');
    expect(card.body).toContain('Egypt');
    expect(card.at).toBeGreaterThan(help.at);
  }, 60_000);
});

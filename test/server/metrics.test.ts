/**
 * GET /metrics as an operator's Prometheus reads it, from a real HTTP server on a real SQLite file:
 * the series and labels dashboards and alerts rely on (HTTP latency by route pattern and status,
 * command and click latency by platform, outbox rows by status, delivery attempts by platform and
 * outcome, feed polls, ingest counts, scheduler ticks, process metrics), each moving after the work
 * it counts. Route labels are patterns, never the URLs asked for.
 */
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandService } from '../../src/commands/command.service.js';
import { measuredCommands } from '../../src/commands/measured-commands.js';
import { enqueueDueBriefs } from '../../src/delivery/brief-schedule.js';
import type { BriefDeliverer } from '../../src/delivery/deliverer.js';
import { drainOutbox } from '../../src/delivery/outbox-sender.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { addFeed, pollFeeds } from '../../src/feeds/feed.service.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { createPrometheusMetrics } from '../../src/metrics/prometheus.js';
import { packageVersion } from '../../src/package-version.js';
import { createDatabaseHealth } from '../../src/server/database-health.js';
import { createHttpServer } from '../../src/server/http-server.js';
import { metricsMount } from '../../src/server/metrics-access.js';
import { inProcessBriefCompiler } from '../../src/delivery/brief-compiler.js';
import { startScheduler } from '../../src/server/scheduler.js';
import { enqueue } from '../../src/storage/outbox.repository.js';
import { follow } from '../../src/subscriptions/subscription.service.js';
import type { Audience } from '../../src/subscriptions/targets.js';
import { samplesNewsDir } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { closeLocal, listenLocally } from '../support/local-server.js';
import { parseExposition, type Series, valueOf } from '../support/prometheus-text.js';

describe('GET /metrics', () => {
  let database: TestDatabase;
  let engine: Engine;
  let server: Server;
  let url = '';
  let clockMs = 1_000_000;

  async function scrape(): Promise<Series[]> {
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseExposition(await res.text());
  }

  beforeAll(async () => {
    database = tempSqlite();
    const base = await testEngine(database.target);
    const prometheus = createPrometheusMetrics({ db: base.store.db, logger: base.logger, nowMs: () => clockMs });
    engine = { ...base, metrics: prometheus.metrics };
    server = createHttpServer(engine, [
      metricsMount(prometheus.scrape, null),
      { method: 'GET', path: '/fine', handle: (_req, res) => void res.writeHead(200).end('fine') },
      { method: 'ANY', path: '/api/', prefix: true, handle: (_req, res) => void res.writeHead(204).end() },
    ], [], createDatabaseHealth(engine));
    url = await listenLocally(server);
  });
  afterAll(async () => {
    await closeLocal(server);
    if (engine) await closeEngine(engine);
    await database?.drop();
  });

  it('counts HTTP requests by method, route pattern and status, with latency buckets, and exports process metrics', async () => {
    for (const path of ['/fine', '/fine', '/api/topics/country:EG', '/api/sources?token=abc', '/nowhere/at/all']) await (await fetch(`${url}${path}`)).arrayBuffer();
    await (await fetch(`${url}/fine`, { method: 'POST' })).arrayBuffer();
    const series = await scrape();
    const count = (labels: Record<string, string>) => valueOf(series, 'mawjaz_http_request_duration_seconds_count', labels);
    expect(count({ method: 'GET', route: '/fine', status: '200' })).toBe(2);
    expect(count({ method: 'GET', route: '/api/*', status: '204' })).toBe(2);
    expect(count({ method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(count({ method: 'POST', route: '/fine', status: '405' })).toBe(1);
    expect(valueOf(series, 'mawjaz_http_request_duration_seconds_bucket', { route: '/fine', status: '200', le: '+Inf' })).toBe(2);
    // Bounded labels: no URL asked for becomes a label value.
    const routes = new Set(series.filter((s) => s.name.startsWith('mawjaz_http_')).map((s) => s.labels.route));
    expect([...routes].sort()).toEqual(['/api/*', '/fine', 'unmatched']);
    expect(valueOf(series, 'mawjaz_build_info', { version: packageVersion })).toBe(1);
    expect(valueOf(series, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(series, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    // The scrape itself is counted once it has been answered.
    expect(valueOf(await scrape(), 'mawjaz_http_request_duration_seconds_count', { route: '/metrics', status: '200' })).toBeGreaterThanOrEqual(1);
  });

  it('times commands and card clicks by platform and outcome', async () => {
    const metrics = engine.metrics!;
    const commands = measuredCommands(createCommandService(engine), metrics);
    const slack: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U1', channelId: 'C1', isDirect: false };
    const teams: Audience = { platform: 'teams', workspaceId: 'tenant', userId: 'u1', channelId: 'c1', isDirect: false };
    await commands.run(slack, 'help');
    await commands.run(slack, 'follow Egypt');
    await commands.showTopic(teams, 'country:EG');
    await commands.changeSubscription(teams, 'follow', 'country:LY');
    const failing = measuredCommands({ ...createCommandService(engine), run: () => Promise.reject(new Error('database away')) }, metrics);
    await expect(failing.run(teams, 'help')).rejects.toThrow('database away');
    const series = await scrape();
    const count = (labels: Record<string, string>) => valueOf(series, 'mawjaz_command_duration_seconds_count', labels);
    expect(count({ platform: 'slack', kind: 'command', outcome: 'ok' })).toBe(2);
    expect(count({ platform: 'teams', kind: 'click', outcome: 'ok' })).toBe(2);
    expect(count({ platform: 'teams', kind: 'command', outcome: 'error' })).toBe(1);
  });

  it('counts articles stored, duplicates and rejected, and feed polls by outcome', async () => {
    const before = await scrape();
    expect(valueOf(before, 'mawjaz_feed_polls_total', { outcome: 'failed' })).toBe(0);
    const folder = mkdtempSync(join(tmpdir(), 'mawjaz-metrics-'));
    const file = join(folder, 'three.jsonl');
    const [first, second] = readFileSync(join(samplesNewsDir, 'articles.jsonl'), 'utf8').split('\n');
    writeFileSync(file, `${first}\n${second}\nnot an article\n`);
    await ingestInputs(engine, [file], { allowPrivate: false, workers: 0 });
    await ingestInputs(engine, [file], { allowPrivate: false, workers: 0 });
    // Nothing listens on port 9 (discard): the poll fails.
    const feed = await addFeed(engine, { url: 'http://127.0.0.1:9/feed.xml', allowPrivate: true });
    await pollFeeds(engine, { intervalMinutes: 30, feeds: [feed] });
    const series = await scrape();
    expect(valueOf(series, 'mawjaz_ingested_articles_total', { result: 'stored' })).toBe(2);
    expect(valueOf(series, 'mawjaz_ingested_articles_total', { result: 'duplicate' })).toBe(2);
    expect(valueOf(series, 'mawjaz_ingested_articles_total', { result: 'rejected' })).toBe(2);
    expect(valueOf(series, 'mawjaz_feed_polls_total', { outcome: 'failed' })).toBe(1);
    expect(valueOf(series, 'mawjaz_feed_polls_total', { outcome: 'read' })).toBe(0);
  });

  it('counts delivery attempts by platform and outcome', async () => {
    let failNext = true;
    const slack: BriefDeliverer = {
      platform: 'slack',
      deliver: async () => {
        if (failNext) throw new Error('Slack: internal_error');
        return ['1700000000.000100'];
      },
    };
    const drain = () => drainOutbox(engine, [slack], { owner: 'metrics-test', leaseMs: 60_000, concurrency: 1, maxAttempts: 3, retryBaseMs: 60_000 });
    const reports = [];
    for (const [user, fail] of [['U7', true], ['U8', false]] as const) {
      await follow(engine, { platform: 'slack', workspaceId: 'T1', conversationId: `user:${user}`, kind: 'user', userId: user }, 'country:EG', 'brief', { timeZone: 'UTC' });
      await enqueueDueBriefs(engine, { now: true, platforms: ['slack'] });
      failNext = fail;
      reports.push(await drain());
    }
    // The first drain fails every brief due (the channel that followed Egypt above too); the second sends the new one.
    expect(reports.map((r) => [r.retrying, r.sent])).toEqual([[reports[0]!.retrying, 0], [0, 1]]);
    expect(reports[0]!.retrying).toBeGreaterThanOrEqual(1);
    const series = await scrape();
    expect(valueOf(series, 'mawjaz_delivery_attempts_total', { platform: 'slack', outcome: 'retry' })).toBe(reports[0]!.retrying);
    expect(valueOf(series, 'mawjaz_delivery_attempts_total', { platform: 'slack', outcome: 'sent' })).toBe(1);
  });

  it('counts outbox rows by status, reading the database at most every few seconds', async () => {
    clockMs += 5_001;
    const pendingBefore = valueOf(await scrape(), 'mawjaz_outbox_rows', { status: 'pending' }) ?? 0;
    const now = new Date().toISOString();
    for (const conversation of ['19:a', '19:b']) await enqueue(engine.store.db, { platform: 'teams', workspaceId: 'tenant', conversationId: conversation, kind: 'brief', occasion: 'week-1', payload: {} }, now);
    expect(valueOf(await scrape(), 'mawjaz_outbox_rows', { status: 'pending' })).toBe(pendingBefore);
    clockMs += 5_001;
    const series = await scrape();
    expect(valueOf(series, 'mawjaz_outbox_rows', { status: 'pending' })).toBe(pendingBefore + 2);
    expect(valueOf(series, 'mawjaz_outbox_rows', { status: 'sent' })).toBe(1);
    expect(series.filter((s) => s.name === 'mawjaz_outbox_rows').map((s) => s.labels.status).sort()).toEqual(['cancelled', 'failed', 'paused', 'pending', 'sending', 'sent']);
  });

  it('times each scheduler job', async () => {
    const scheduler = startScheduler({ ...engine, config: { ...engine.config, MAWJAZ_SCHEDULER_SECONDS: 1 } }, [], { briefs: inProcessBriefCompiler(engine) }, createDatabaseHealth(engine));
    try {
      let ticks: number | undefined;
      for (let tries = 0; tries < 40 && ticks === undefined; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        clockMs += 5_001;
        ticks = valueOf(await scrape(), 'mawjaz_scheduler_tick_duration_seconds_count', { job: 'feeds', outcome: 'ok' });
      }
      expect(ticks).toBeGreaterThanOrEqual(1);
    } finally {
      await scheduler.stop();
    }
  });
});

/**
 * Issue 15's measurement: how long each piece of the server's request-path and scheduler work holds
 * the event loop, in-process (the CLI's way, and the server's before issue 15) and through the delivery
 * worker (the server's way now), on a database the ingest benchmark filled: the chat topic card (cold,
 * i.e. clustering the week, and warm) and brief, the playground's brief preview, and the scheduler's
 * due pass over 1,000 subscribers; serve's relevance backfill over 1,000 articles un-scored for it
 * (in-process, and scored in the feed ingester's worker), `track` from chat, and a chat's first search. "Longest stretch" is the longest gap between the firings of a 1 ms
 * timer while the work ran, next to its wall time and the process's CPU time (all threads).
 * Usage: node --import tsx bench/event-loop-blocks.ts --db <ingested SQLite file or postgres:// URL>
 *   [--only delivery,backfill,track,search]
 * (writes 1,000 subscribers and their queued briefs, in the workspace T0LOOPBENCH, into it; clears
 * 1,000 articles' relevance, which the backfill scores again; adds a tracked topic: use a copy).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createPeriodCache } from '../digests/compile/digester.js';
import { weekEnding } from '../digests/compile/period.js';
import { createCommandService } from '../src/commands/command.service.js';
import { workerFeedIngester } from '../src/feeds/feed-ingester.js';
import { SERVER_SLICES, startBackgroundBackfills } from '../src/ingest/backfills.js';
import { forgetRelevanceBackfill, inProcessRelevanceScorer } from '../src/ingest/relevance-backfill.js';
import { loadConfig } from '../src/config.js';
import { type BriefCompiler, inProcessBriefCompiler, WorkerBriefCompiler } from '../src/delivery/brief-compiler.js';
import { closeEngine, databaseTarget, openEngine } from '../src/engine.js';
import { createLogger } from '../src/logger.js';
import { follow } from '../src/subscriptions/subscription.service.js';
import type { Audience } from '../src/subscriptions/targets.js';

const SUBSCRIBERS = 1_000;
const WORKSPACE = 'T0LOOPBENCH';

const PARTS = ['delivery', 'backfill', 'track', 'search'] as const;
const { values } = parseArgs({ options: { db: { type: 'string' }, only: { type: 'string', default: PARTS.join(',') } } });
const only = new Set(values.only.split(','));
for (const part of only) if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}, not "${part}"`);
if (values.db === undefined) throw new Error('usage: event-loop-blocks.ts --db <database the ingest filled>');
const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
const engine = await openEngine({ config, logger: createLogger(config), db: values.db });

/** CPU of the whole process, the worker thread's included (Node 20 has no per-thread figure). */
const cpuMs = (): number => (({ user, system }) => (user + system) / 1000)(process.cpuUsage());

async function measured(what: string, work: () => Promise<unknown>): Promise<string> {
  // A timer keeps firing while the work awaits its database or its worker: each late firing is a stretch it held.
  const stretches: number[] = [];
  let last = performance.now();
  const tick = setInterval(() => {
    const at = performance.now();
    stretches.push(at - last);
    last = at;
  }, 1);
  const cpu0 = cpuMs();
  const t0 = performance.now();
  await work();
  const wall = performance.now() - t0;
  const cpu = cpuMs() - cpu0;
  clearInterval(tick);
  stretches.push(performance.now() - last);
  // On a loaded machine the loop also waits for a core: the count over 20 ms and the next longest tell one slow stretch from many.
  const long = stretches.filter((ms) => ms > 20).sort((a, b) => b - a);
  const next = long.slice(1, 4).map((ms) => ms.toFixed(0)).join(', ');
  return `${what}: longest stretch ${(long[0] ?? Math.max(...stretches)).toFixed(0)} ms, ${long.length} over 20 ms${next ? ` (next ${next})` : ''} (wall ${wall.toFixed(0)}, CPU, all threads, ${cpu.toFixed(0)} ms)`;
}

const worker = new WorkerBriefCompiler(config, databaseTarget(config, values.db));
const feeds = workerFeedIngester(config, databaseTarget(config, values.db));
const BACKFILLED = 1_000;
try {
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores; ${engine.store.dialect}`);
  const audience: Audience = { platform: 'slack', workspaceId: WORKSPACE, userId: 'U0LOOP', channelId: 'D0LOOP', isDirect: true };
  // The delivery worker started and warmed (its module graph loaded) before measuring: the server's is started at its first call and kept.
  await worker.queueDue(engine, { briefPlatforms: [], alertPlatforms: [], graceMs: 0 });
  if (only.has('backfill')) {
    const unscore = async (): Promise<void> => {
      const latest = engine.store.db.selectFrom('articles').select('seq').orderBy('seq', 'desc').limit(BACKFILLED);
      await engine.store.db.updateTable('articles').set({ relevance: null }).where('seq', 'in', latest).execute();
      await forgetRelevanceBackfill(engine.store.db);
    };
    console.log(`serve's background relevance backfill, ${BACKFILLED} articles (server slices: ${SERVER_SLICES.sliceMs} ms, then ${SERVER_SLICES.pauseMs} ms pause)`);
    const scorers = [
      ['in-process (matcher built on the loop)', { score: inProcessRelevanceScorer(), end: () => undefined }],
      ['feed ingester\'s worker', feeds.relevanceScorer()],
    ] as const;
    // Started and warmed first, as the server's are by their first feed poll and scheduler pass.
    await feeds.ingest(engine, 'warm-up', [], false);
    for (const [way, scorer] of scorers) {
      await unscore();
      console.log(`  ${await measured(way, () => startBackgroundBackfills(engine, { ...SERVER_SLICES, scorer }).finished)}`);
    }
  }
  if (only.has('track')) {
    console.log('/migration track (links the stored articles naming the new topic)');
    const trackers: Array<[string, BriefCompiler]> = [
      ['in-process (matcher built on the loop)', inProcessBriefCompiler(engine)],
      ['delivery worker', worker],
    ];
    for (const [way, compiler] of trackers) {
      const commands = createCommandService(engine, {}, compiler);
      console.log(`  ${await measured(way, () => commands.run(audience, `track Loop bench ${way} ${Date.now()} = coast guard, smugglers`))}`);
    }
  }
  if (only.has('search')) {
    const commands = createCommandService(engine, {}, worker);
    console.log(`/migration search, a chat's first (builds the search index and topic lookup)\n  ${await measured('in-process', () => commands.run(audience, 'search asylum Libya'))}`);
    console.log(`  ${await measured('in-process, second', () => commands.run(audience, 'search deportations Tunisia'))}`);
  }
  if (only.has('delivery')) {
    const top = await engine.store.db.selectFrom('mentions').select('entity_id').groupBy('entity_id').orderBy((eb) => eb.fn.countAll(), 'desc').limit(4).execute();
    const topics = top.map((t) => t.entity_id);
    const ways: Array<[string, BriefCompiler]> = [
      ['in-process', inProcessBriefCompiler(engine, { periodCache: createPeriodCache() })],
      ['worker', worker],
    ];
    const period = weekEnding(engine.now().toISOString().slice(0, 10));
    const rows: Array<[string, Array<(c: BriefCompiler) => Promise<unknown>>]> = [
      ['/migration <busiest topic> (card, week clustered cold)', [(c) => createCommandService(engine, {}, c).showTopic(audience, topics[0]!)]],
      ['/migration <next 3 topics> (cards, warm)', topics.slice(1).map((t) => (c: BriefCompiler) => createCommandService(engine, {}, c).showTopic(audience, t))],
      ['/migration brief', [(c) => createCommandService(engine, {}, c).run(audience, 'brief')]],
      ['playground preview, 4 topics', [(c) => ((s) => s.brief({ period, topics, lang: 'en' }).finally(() => s.end()))(c.session(engine))]],
    ];
    for (const [what, works] of rows) {
      for (const [way, compiler] of ways) {
        const lines: string[] = [];
        for (const work of works) lines.push(await measured(way, () => work(compiler)));
        console.log(`${what}\n  ${lines.join('\n  ')}`);
      }
    }
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const target = { platform: 'slack' as const, workspaceId: WORKSPACE, conversationId: `user:U${i}`, kind: 'user' as const, userId: `U${i}` };
      await follow(engine, target, topics[i % topics.length]!, 'brief', { timeZone: ['UTC', 'Africa/Cairo', 'Europe/Berlin'][i % 3]! });
    }
    // Every subscriber's moment passed within the grace: a week's grace makes all 1,000 due.
    const due = { briefPlatforms: ['slack'], alertPlatforms: ['slack'], graceMs: 7 * 86_400_000 };
    console.log(`scheduler's due pass, ${SUBSCRIBERS} subscribers`);
    console.log(`  ${await measured('worker, queuing them', () => worker.queueDue(engine, due))}`);
    for (const [way, compiler] of ways) console.log(`  ${await measured(`${way}, all queued already`, () => compiler.queueDue(engine, due))}`);
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  }
} finally {
  await Promise.all([worker.close(), feeds.close()]);
  await closeEngine(engine);
}

/**
 * Issue 15's measurement: how long each piece of the server's request-path and scheduler work holds
 * the event loop, in-process (the CLI's way, and the server's before issue 15) and through the delivery
 * worker (the server's way now), on a database the ingest benchmark filled: the chat topic card (cold,
 * i.e. clustering the week, and warm) and brief, the playground's brief preview, and the scheduler's
 * due pass over 1,000 subscribers. "Longest stretch" is the longest gap between the firings of a 1 ms
 * timer while the work ran, next to its wall time and the process's CPU time (all threads).
 * Usage: node --import tsx bench/event-loop-blocks.ts --db <ingested SQLite file or postgres:// URL>
 * (writes 1,000 subscribers and their queued briefs, in the workspace T0LOOPBENCH, into it).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createPeriodCache } from '../digests/compile/digester.js';
import { weekEnding } from '../digests/compile/period.js';
import { createCommandService } from '../src/commands/command.service.js';
import { loadConfig } from '../src/config.js';
import { type BriefCompiler, inProcessBriefCompiler, WorkerBriefCompiler } from '../src/delivery/brief-compiler.js';
import { closeEngine, databaseTarget, openEngine } from '../src/engine.js';
import { createLogger } from '../src/logger.js';
import { follow } from '../src/subscriptions/subscription.service.js';
import type { Audience } from '../src/subscriptions/targets.js';

const SUBSCRIBERS = 1_000;
const WORKSPACE = 'T0LOOPBENCH';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (values.db === undefined) throw new Error('usage: event-loop-blocks.ts --db <database the ingest filled>');
const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
const engine = await openEngine({ config, logger: createLogger(config), db: values.db });

/** CPU of the whole process, the worker thread's included (Node 20 has no per-thread figure). */
const cpuMs = (): number => (({ user, system }) => (user + system) / 1000)(process.cpuUsage());

async function measured(what: string, work: () => Promise<unknown>): Promise<string> {
  // A timer keeps firing while the work awaits its database or its worker: each late firing is a stretch it held.
  let longest = 0;
  let last = performance.now();
  const tick = setInterval(() => {
    const at = performance.now();
    longest = Math.max(longest, at - last);
    last = at;
  }, 1);
  const cpu0 = cpuMs();
  const t0 = performance.now();
  await work();
  const wall = performance.now() - t0;
  const cpu = cpuMs() - cpu0;
  clearInterval(tick);
  longest = Math.max(longest, performance.now() - last);
  return `${what}: longest stretch ${longest.toFixed(0)} ms (wall ${wall.toFixed(0)}, CPU, all threads, ${cpu.toFixed(0)} ms)`;
}

const worker = new WorkerBriefCompiler(config, databaseTarget(config, values.db));
try {
  const top = await engine.store.db.selectFrom('mentions').select('entity_id').groupBy('entity_id').orderBy((eb) => eb.fn.countAll(), 'desc').limit(4).execute();
  const topics = top.map((t) => t.entity_id);
  const ways: Array<[string, BriefCompiler]> = [
    ['in-process', inProcessBriefCompiler(engine, { periodCache: createPeriodCache() })],
    ['worker', worker],
  ];
  // Started and warmed (its module graph loaded) before measuring: the server's is started at its first call and kept.
  await worker.queueDue(engine, { briefPlatforms: [], alertPlatforms: [], graceMs: 0 });
  const audience: Audience = { platform: 'slack', workspaceId: WORKSPACE, userId: 'U0LOOP', channelId: 'D0LOOP', isDirect: true };
  const period = weekEnding(engine.now().toISOString().slice(0, 10));
  const rows: Array<[string, Array<(c: BriefCompiler) => Promise<unknown>>]> = [
    ['/migration <busiest topic> (card, week clustered cold)', [(c) => createCommandService(engine, {}, c).showTopic(audience, topics[0]!)]],
    ['/migration <next 3 topics> (cards, warm)', topics.slice(1).map((t) => (c: BriefCompiler) => createCommandService(engine, {}, c).showTopic(audience, t))],
    ['/migration brief', [(c) => createCommandService(engine, {}, c).run(audience, 'brief')]],
    ['playground preview, 4 topics', [(c) => ((s) => s.brief({ period, topics, lang: 'en' }).finally(() => s.end()))(c.session(engine))]],
  ];
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores; ${engine.store.dialect}`);
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
} finally {
  await worker.close();
  await closeEngine(engine);
}

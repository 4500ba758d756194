/**
 * Issue 15's measurement: how long each piece of the server's request-path and scheduler work holds
 * the event loop when it runs in-process (the CLI's way), on a database the ingest benchmark filled:
 * the chat topic card and brief, the playground's brief preview, and the scheduler's due-brief
 * selection over 1,000 subscribers. "Longest stretch" is the largest event-loop delay seen while it
 * ran (the longest gap between the firings of a 1 ms timer), next to its wall and CPU time.
 * Usage: node --import tsx bench/event-loop-blocks.ts --db <ingested database> (adds 1,000 paused-free
 * subscribers to it, under the workspace T0LOOPBENCH).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createDigester, createPeriodCache } from '../digests/compile/digester.js';
import { weekEnding } from '../digests/compile/period.js';
import { createCommandService } from '../src/commands/command.service.js';
import { loadConfig } from '../src/config.js';
import { enqueueDueBriefs } from '../src/delivery/brief-schedule.js';
import { closeEngine, openEngine } from '../src/engine.js';
import { createLogger } from '../src/logger.js';
import { follow } from '../src/subscriptions/subscription.service.js';
import type { Audience } from '../src/subscriptions/targets.js';

const SUBSCRIBERS = 1_000;
const WORKSPACE = 'T0LOOPBENCH';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (values.db === undefined) throw new Error('usage: event-loop-blocks.ts --db <database the ingest filled>');
const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
const engine = await openEngine({ config, logger: createLogger(config), db: values.db });

async function measured(what: string, work: () => Promise<unknown>): Promise<void> {
  // A timer keeps firing while the work awaits its database: each late firing is a stretch it held.
  let longest = 0;
  let last = performance.now();
  const tick = setInterval(() => {
    const at = performance.now();
    longest = Math.max(longest, at - last);
    last = at;
  }, 1);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(tick);
  longest = Math.max(longest, performance.now() - last);
  console.log(`${what.padEnd(44)} longest stretch ${longest.toFixed(0).padStart(5)} ms; wall ${wall.toFixed(0).padStart(5)} ms; CPU ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(5)} ms`);
}

try {
  const top = await engine.store.db.selectFrom('mentions').select('entity_id').groupBy('entity_id').orderBy((eb) => eb.fn.countAll(), 'desc').limit(4).execute();
  const commands = createCommandService(engine, { periodCache: createPeriodCache() });
  const audience: Audience = { platform: 'slack', workspaceId: WORKSPACE, userId: 'U0LOOP', channelId: 'D0LOOP', isDirect: true };
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores`);
  for (const { entity_id } of top) await measured(`/migration ${entity_id} (topic card)`, () => commands.showTopic(audience, entity_id));
  for (const { entity_id } of top.slice(0, 2)) await measured(`/migration ${entity_id} again`, () => commands.showTopic(audience, entity_id));
  await measured('/migration brief (nothing followed)', () => commands.run(audience, 'brief'));
  const period = weekEnding(engine.now().toISOString().slice(0, 10));
  await measured('playground preview, 4 topics', () => createDigester(engine, { periodCache: createPeriodCache() }).brief({ period, topics: top.map((t) => t.entity_id), lang: 'en' }));
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const target = { platform: 'slack' as const, workspaceId: WORKSPACE, conversationId: `user:U${i}`, kind: 'user' as const, userId: `U${i}` };
    await follow(engine, target, top[i % top.length]!.entity_id, 'brief', { timeZone: ['UTC', 'Africa/Cairo', 'Europe/Berlin'][i % 3]! });
  }
  await measured(`due-brief selection, ${SUBSCRIBERS} subscribers`, () => enqueueDueBriefs(engine, { platforms: ['slack'], now: true }));
  await measured('due-brief selection again (all queued)', () => enqueueDueBriefs(engine, { platforms: ['slack'], now: true }));
} finally {
  await closeEngine(engine);
}

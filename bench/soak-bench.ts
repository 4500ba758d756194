/**
 * The soak for `npm run bench`: the real `mawjaz serve` (a child process, on the database the ingest
 * benchmark filled) under sustained Slack and Teams traffic at a fixed rate for about a minute and a
 * half, while its scheduler fans out the weekly briefs of 1,000 subscribers who fell due a minute ago;
 * everything on loopback, with local fakes for Slack and the Bot Connector (test/support/soak-run.ts,
 * which the soak test runs at a smaller scale). Reports what users would see and the server's memory.
 * The loaded mode (issue 15) does the same with a CPU hog process beside the server and a feed of 1,000
 * new articles ingested during the fan-out, and prints the server's event-loop delay and the Slack and
 * Teams acknowledgement p99 over the fan-out against the target, with CPU used and the load average.
 * Alone: node --import tsx bench/soak-bench.ts --db <ingested database> [--loaded].
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { closeEngine, type Engine, openEngine } from '../src/engine.js';
import { createLogger } from '../src/logger.js';
import { runSoak, type SoakResult } from '../test/support/soak-run.js';
import type { Timing } from '../test/support/soak-traffic.js';

const RATE = 30;
const FAN_OUT = { slack: 600, teams: 400 };
/** The loaded mode's running ingest: one poll of a feed this long (the default MAWJAZ_FEED_MAX_ITEMS). */
const FEED_ITEMS = 1_000;
/** Issue 15: Slack and Teams acknowledgements during the fan-out, and no synchronous stretch over ~20 ms. */
const ACK_P99_TARGET_MS = 100;
const EVENT_LOOP_P99_TARGET_MS = 20;

type Row = [string, string] | [string, string, string];

const pct = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (value: number): string => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** "ack p50 / p99 / max; answer p50 / p99" of some requests, in ms. */
function latencies(timings: readonly Timing[]): string {
  const acks = timings.flatMap((t) => (t.ackMs === null ? [] : [t.ackMs])).sort((a, b) => a - b);
  const answers = timings.flatMap((t) => (t.answerMs === null ? [] : [t.answerMs])).sort((a, b) => a - b);
  return `${timings.length} req; ack p50 ${ms(pct(acks, 50))}, p99 ${ms(pct(acks, 99))}, max ${ms(acks[acks.length - 1] ?? NaN)} ms; answer p50 ${ms(pct(answers, 50))}, p99 ${ms(pct(answers, 99))} ms`;
}

/** The three messages most logged, with their counts (the `msg` of pino's JSON lines). */
function mostFrequent(lines: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const message = /"msg":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1] ?? line.slice(0, 120);
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([m, n]) => `${n}× ${m.slice(0, 160)}`).join('; ');
}

const ackP99 = (timings: readonly Timing[]): number => pct(timings.flatMap((t) => (t.ackMs === null ? [] : [t.ackMs])).sort((a, b) => a - b), 99);
const holds = (value: number, target: number): string => `≤ ${target} ms / ${value <= target ? 'holds' : 'NOT held'}`;

/** The loaded mode's rows: what the fan-out and the ingest cost the server's event loop, and what users felt. */
function loadRows(soak: SoakResult, during: readonly Timing[]): Row[] {
  const { load } = soak;
  const cores = os.availableParallelism();
  const slack = ackP99(during.filter((t) => t.kind.startsWith('slack ')));
  const teams = ackP99(during.filter((t) => t.kind.startsWith('teams ')));
  return [
    ['loaded: beside the server', `a CPU hog process (one core busy${load.hogCpuSeconds !== null ? `, it got ${load.hogCpuSeconds.toFixed(1)} s of CPU` : ''}) and a feed of ${load.feedItems} new articles polled during the fan-out (${load.feedIngestedDuring} stored by its end, ${load.feedIngested} in all)`],
    ['loaded: server CPU over the fan-out', `${load.serverCpuSeconds.toFixed(1)} s CPU in ${load.wallSeconds.toFixed(1)} s (${((100 * load.serverCpuSeconds) / load.wallSeconds).toFixed(0)}% of one core, all threads); load average ${load.loadStart.toFixed(2)} → ${load.loadEnd.toFixed(2)} on ${cores} cores`],
    [
      `loaded: event-loop delay over the ${load.eventLoopToEnd ? 'fan-out and the rest of the soak' : 'fan-out'}`,
      `p50 ${ms(load.eventLoop.p50)}, p99 ${ms(load.eventLoop.p99)}, max ${ms(load.eventLoop.max)} ms (monitorEventLoopDelay); /metrics at the fan-out's end ${load.eventLoopToEnd ? 'went unanswered for a minute' : `answered in ${load.scrapedAfterFanOut.toFixed(1)} s`}`,
      holds(load.eventLoop.p99, EVENT_LOOP_P99_TARGET_MS),
    ],
    ['loaded: Slack ack p99 during the fan-out', `${ms(slack)} ms`, holds(slack, ACK_P99_TARGET_MS)],
    ['loaded: Teams ack p99 during the fan-out', `${ms(teams)} ms`, holds(teams, ACK_P99_TARGET_MS)],
  ];
}

function rows(soak: SoakResult, loadAtStart: string, loaded: boolean): Row[] {
  const traffic = soak.timings.filter((t) => !t.kind.endsWith('final list'));
  const kinds = [...new Set(traffic.map((t) => t.kind))].sort();
  const during = traffic.filter((t) => t.sentWall >= soak.fanOut.fromWall && t.sentWall <= soak.fanOut.toWall);
  const afterFanOut = traffic.filter((t) => t.sentWall > soak.fanOut.toWall);
  const errorsByReason = new Map<string, number>();
  for (const e of soak.errors) errorsByReason.set(`${e.kind}: ${e.reason}`, (errorsByReason.get(`${e.kind}: ${e.reason}`) ?? 0) + 1);
  const { fanOut, memory } = soak;
  const heap = memory.heapMiB;
  const rss = memory.rssAfterGcMiB;
  return [
    ...(loaded ? loadRows(soak, during) : []),
    ['setup', `mawjaz serve as a child process; this process drives the traffic and plays Slack and the Bot Connector (2 processes sharing ${os.cpus().length} cores); load average at start ${loadAtStart}`],
    ['traffic', `${traffic.length} requests in ${soak.seconds.toFixed(0)} s at ${RATE}/s (${(traffic.length / soak.seconds).toFixed(1)}/s sent); ticks skipped with everyone awaiting an answer: ${soak.skipped}`],
    ...kinds.map((kind): [string, string] => [`  ${kind}`, latencies(traffic.filter((t) => t.kind === kind))]),
    ['all requests while the fan-out ran', latencies(during)],
    ['all requests after it (steady)', latencies(afterFanOut)],
    ['errors (non-2xx, no reply, error reply)', soak.errors.length === 0 ? '0' : `${soak.errors.length}: ${[...errorsByReason].map(([reason, n]) => `${n}× ${reason}`).join('; ')}`],
    ['server error log lines', `${soak.serverErrors.length}${soak.serverErrors.length > 0 ? `; most frequent: ${mostFrequent(soak.serverErrors)}` : ''}`],
    [
      'follows at the end (list per person)',
      `${soak.wrongLists.length} of ${soak.timings.filter((t) => t.kind.endsWith('final list')).length} people see a list other than what they chose${soak.unverifiable > 0 ? ` (${soak.unverifiable} more not checked: a follow or unfollow of theirs went unanswered)` : ''}`,
    ],
    [
      'weekly brief fan-out',
      `${fanOut.delivered} of ${fanOut.seeded} briefs (${FAN_OUT.slack} Slack, ${FAN_OUT.teams} Teams over 4 tenants) in ${fanOut.seconds.toFixed(1)} s from seeding = ${(fanOut.delivered / fanOut.seconds).toFixed(0)} briefs/s; ${fanOut.messages} messages; sent twice: ${fanOut.duplicated.length}; pages wrong: ${fanOut.pageMismatch.length}`,
    ],
    ['RSS (median of 1 s samples)', `${memory.startMiB.toFixed(0)} MiB before traffic, ${memory.warmMiB.toFixed(0)} MiB at warm-up's end (${soak.warmAt.toFixed(0)} s), ${memory.lateMiB.toFixed(0)} MiB at the end; peak ${memory.peakMiB.toFixed(0)} MiB`],
    ['RSS slope, second half of the traffic', `${memory.slopeSecondHalf >= 0 ? '+' : ''}${memory.slopeSecondHalf.toFixed(1)} MiB/min (least squares over ${soak.rss.filter((s) => s.t >= soak.seconds / 2 && s.t <= soak.seconds).length} samples)`],
    ['after a forced full GC: heap / RSS', `start ${heap.start.toFixed(1)} / ${rss.start.toFixed(0)}, warm ${heap.warm.toFixed(1)} / ${rss.warm.toFixed(0)}, end ${heap.end.toFixed(1)} / ${rss.end.toFixed(0)} MiB`],
  ];
}

/**
 * `db` is what the ingest benchmark filled (a SQLite path or postgres:// URL), `engine` open on it.
 * `loaded`: the issue 15 mode, with a CPU hog and a running feed ingest beside the fan-out.
 */
export async function runSoakBench(engine: Engine, db: string, loaded = false): Promise<Row[]> {
  // Subscribers the Slack bench made must not get briefs from this server: only the soak's own are counted.
  await engine.store.db.updateTable('delivery_targets').set({ paused_reason: 'bench: not part of the soak' }).where('paused_reason', 'is', null).execute();
  const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const soak = await runSoak({
    db,
    perSecond: RATE,
    seedAt: 10,
    minWarmUp: 25,
    steadySeconds: 60,
    fanOutTimeout: 180,
    fanOut: FAN_OUT,
    people: { slack: 150, teams: 100 },
    // Every 5 s: the fan-out starts soon after seeding, and each tick's look at all subscribers weighs as it would at scale.
    schedulerSeconds: 5,
    ...(loaded ? { hog: true, feedItems: FEED_ITEMS } : {}),
  });
  return rows(soak, loadAtStart, loaded);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, loaded: { type: 'boolean', default: false } } });
  if (values.db === undefined) throw new Error('usage: soak-bench.ts --db <database the ingest filled> [--loaded]');
  const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const engine = await openEngine({ config, logger: createLogger(config), db: values.db });
  try {
    const table = await runSoakBench(engine, values.db, values.loaded);
    const width = Math.max(...table.map(([k]) => k.length));
    for (const [k, v, target] of table) console.log(`${k.padEnd(width)}  ${v}${target === undefined ? '' : `  | ${target}`}`);
  } finally {
    await closeEngine(engine);
  }
}

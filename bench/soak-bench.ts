/**
 * The soak for `npm run bench`: the real `mawjaz serve` (a child process, on the database the ingest
 * benchmark filled) under sustained Slack and Teams traffic at a fixed rate for about a minute and a
 * half, while its scheduler fans out the weekly briefs of 1,000 subscribers who fell due a minute ago;
 * everything on loopback, with local fakes for Slack and the Bot Connector (test/support/soak-run.ts,
 * which the soak test runs at a smaller scale). Reports what users would see and the server's memory.
 */
import os from 'node:os';
import type { Engine } from '../src/engine.js';
import { runSoak, type SoakResult } from '../test/support/soak-run.js';
import type { Timing } from '../test/support/soak-traffic.js';

const RATE = 30;
const FAN_OUT = { slack: 600, teams: 400 };

const pct = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (value: number): string => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** "ack p50 / p99 / max; answer p50 / p99" of some requests, in ms. */
function latencies(timings: readonly Timing[]): string {
  const acks = timings.flatMap((t) => (t.ackMs === null ? [] : [t.ackMs])).sort((a, b) => a - b);
  const answers = timings.flatMap((t) => (t.answerMs === null ? [] : [t.answerMs])).sort((a, b) => a - b);
  return `${timings.length} req; ack p50 ${ms(pct(acks, 50))}, p99 ${ms(pct(acks, 99))}, max ${ms(acks[acks.length - 1] ?? NaN)} ms; answer p50 ${ms(pct(answers, 50))}, p99 ${ms(pct(answers, 99))} ms`;
}

function rows(soak: SoakResult, loadAtStart: string): Array<[string, string]> {
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
    ['setup', `mawjaz serve as a child process; this process drives the traffic and plays Slack and the Bot Connector (2 processes sharing ${os.cpus().length} cores); load average at start ${loadAtStart}`],
    ['traffic', `${traffic.length} requests in ${soak.seconds.toFixed(0)} s at ${RATE}/s (${(traffic.length / soak.seconds).toFixed(1)}/s sent); ticks skipped with everyone awaiting an answer: ${soak.skipped}`],
    ...kinds.map((kind): [string, string] => [`  ${kind}`, latencies(traffic.filter((t) => t.kind === kind))]),
    ['all requests while the fan-out ran', latencies(during)],
    ['all requests after it (steady)', latencies(afterFanOut)],
    ['errors (non-2xx, no reply, error reply)', soak.errors.length === 0 ? '0' : `${soak.errors.length}: ${[...errorsByReason].map(([reason, n]) => `${n}× ${reason}`).join('; ')}`],
    ['server error log lines', String(soak.serverErrors.length)],
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

/** `db` is what the ingest benchmark filled (a SQLite path or postgres:// URL), `engine` open on it. */
export async function runSoakBench(engine: Engine, db: string): Promise<Array<[string, string]>> {
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
  });
  return rows(soak, loadAtStart);
}

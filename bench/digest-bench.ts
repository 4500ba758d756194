/**
 * Digest timings for `npm run bench`, on the database the ingest benchmark just filled: one brief
 * compiled cold (both weeks clustered, nothing stored) and warm (stored digests reused), and one
 * scheduled run of 1,000 subscribers' briefs sharing compiled digests, in the busiest week.
 */
import { sql } from 'kysely';
import { createDigester } from '../digests/compile/digester.js';
import { addDays, type Period, previousPeriod as previousWeek } from '../digests/compile/period.js';
import type { Engine } from '../src/engine.js';
import { seededRandom } from './seeded-random.js';

export interface DigestBenchResult {
  /** Label, figure and, where issue 15 sets one, "target / holds?". */
  rows: Array<[string, string] | [string, string, string]>;
  /** Last day of the week measured, for benches that want the same busy week. */
  weekEnd: string;
}

const SUBSCRIBERS = 1_000;
const FIRST_REQUEST_TOPICS = 20;

/** The Monday–Sunday week with the most articles. */
async function busiestWeek(engine: Engine): Promise<{ period: Period; articles: number }> {
  const days = await engine.store.db
    .selectFrom('articles')
    .select([sql<string>`substr(sort_time, 1, 10)`.as('day'), (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy(sql`substr(sort_time, 1, 10)`)
    .execute();
  const weeks = new Map<string, number>();
  for (const { day, n } of days) {
    const date = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) continue;
    const monday = addDays(day, -((date.getUTCDay() + 6) % 7));
    weeks.set(monday, (weeks.get(monday) ?? 0) + Number(n));
  }
  const [monday, articles] = [...weeks].sort((a, b) => b[1] - a[1])[0] ?? ['2026-11-16', 0];
  return { period: { from: monday, to: addDays(monday, 6) }, articles };
}

/** The topics most written about in the week: what subscribers follow. */
async function popularTopics(engine: Engine, period: Period, count: number): Promise<string[]> {
  const rows = await engine.store.db
    .selectFrom('mentions')
    .innerJoin('entities', 'entities.id', 'mentions.entity_id')
    .select(['mentions.entity_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('mentions.sort_time', '>=', period.from)
    .where('mentions.sort_time', '<', addDays(period.to, 1))
    .where('entities.kind', 'in', ['country', 'organisation', 'process', 'theme', 'person'])
    .groupBy('mentions.entity_id')
    .orderBy('n', 'desc')
    .limit(count)
    .execute();
  return rows.map((r) => r.entity_id);
}

const cpuMs = (start: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

export async function runDigestBench(engine: Engine): Promise<DigestBenchResult> {
  const { period, articles } = await busiestWeek(engine);
  const topics = await popularTopics(engine, period, 40);
  const clearStored = () => engine.store.db.deleteFrom('compiled_summaries').execute();

  // One brief, cold: both weeks read and clustered, three topic digests and the all-topics one compiled.
  await clearStored();
  const briefTopics = topics.slice(0, 3);
  let t0 = performance.now();
  const cold = await createDigester(engine).brief({ period, topics: briefTopics, lang: 'en', includeOther: true });
  const coldMs = performance.now() - t0;

  // A topic's first request of the week, over many topics: each a one-topic brief on an empty store.
  const firstRequests: number[] = [];
  for (const topic of topics.slice(0, FIRST_REQUEST_TOPICS)) {
    await clearStored();
    t0 = performance.now();
    await createDigester(engine).brief({ period, topics: [topic], lang: 'en', includeOther: false });
    firstRequests.push(performance.now() - t0);
  }
  firstRequests.sort((a, b) => a - b);

  // The steady state: last week's digests are stored (last week's run), this week's are not.
  await clearStored();
  await createDigester(engine).brief({ period: previousWeek(period), topics: briefTopics, lang: 'en', includeOther: true });
  t0 = performance.now();
  await createDigester(engine).brief({ period, topics: briefTopics, lang: 'en', includeOther: true });
  const weeklyMs = performance.now() - t0;

  // The same brief again from a new digester (another process, the next subscriber): stored digests reused.
  const warmTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    t0 = performance.now();
    await createDigester(engine).brief({ period, topics: briefTopics, lang: 'en', includeOther: true });
    warmTimes.push(performance.now() - t0);
  }
  warmTimes.sort((a, b) => a - b);

  // One scheduled run: 1,000 subscribers, 1–5 topics each, a fifth in Arabic, nothing stored beforehand.
  await clearStored();
  const next = seededRandom(42);
  const subscribers = Array.from({ length: SUBSCRIBERS }, () => {
    const wanted = 1 + Math.floor(next() * 5);
    const chosen = new Set<string>();
    while (chosen.size < Math.min(wanted, topics.length)) chosen.add(topics[Math.floor(next() ** 2 * topics.length)] ?? topics[0]!);
    return { topics: [...chosen], lang: next() < 0.2 ? ('ar' as const) : ('en' as const) };
  });
  const digester = createDigester(engine);
  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  const perBrief: number[] = [];
  for (const subscriber of subscribers) {
    const b0 = performance.now();
    await digester.brief({ period, topics: subscriber.topics, lang: subscriber.lang });
    perBrief.push(performance.now() - b0);
  }
  const runMs = performance.now() - t0;
  const runCpu = cpuMs(cpu0);
  perBrief.sort((a, b) => a - b);
  const stored = await engine.store.db.selectFrom('compiled_summaries').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();

  // The next run (or another replica) finds every digest stored.
  t0 = performance.now();
  const again = createDigester(engine);
  for (const subscriber of subscribers) await again.brief({ period, topics: subscriber.topics, lang: subscriber.lang });
  const rerunMs = performance.now() - t0;

  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return {
    weekEnd: period.to,
    rows: [
      ['week', `${period.from} – ${period.to}: ${articles} articles (the busiest week; the week before is clustered too)`],
      ['one brief, cold (3 topics + top stories)', `${coldMs.toFixed(0)} ms (${cold.stats.stories} stories shown; both weeks clustered)`],
      [
        `a topic's first request of the week (${firstRequests.length} topics, one-topic brief, nothing stored)`,
        `p50 ${pct(firstRequests, 50).toFixed(0)} ms, p99 ${pct(firstRequests, 99).toFixed(0)} ms, max ${firstRequests.at(-1)?.toFixed(0)} ms`,
        `≤ 50 ms p99 (at 1M articles) / ${pct(firstRequests, 99) <= 50 ? 'holds' : 'NOT held'}`,
      ],
      ['one brief, last week\'s digests stored', `${weeklyMs.toFixed(0)} ms (this week clustered)`],
      ['one brief, stored digests reused', `p50 ${pct(warmTimes, 50).toFixed(1)} ms, max ${warmTimes.at(-1)?.toFixed(1)} ms (target ≤ 200 ms)`],
      [`${SUBSCRIBERS} subscribers' briefs, one run`, `${(runMs / 1000).toFixed(1)} s wall, ${(runCpu / 1000).toFixed(1)} s CPU on one thread (target ≤ 30 s); ${Number(stored.n)} digests compiled and shared`],
      ['  per brief', `p50 ${pct(perBrief, 50).toFixed(1)} ms, p99 ${pct(perBrief, 99).toFixed(1)} ms`],
      [`${SUBSCRIBERS} briefs again, all digests stored`, `${(rerunMs / 1000).toFixed(2)} s`],
    ],
  };
}

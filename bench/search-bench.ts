/**
 * The bench's search stage: the query mix timed on an ingested database, and FlexSearch timed on the
 * same texts and queries in a child process (./flexsearch-peer.ts). bench/run.ts runs it after ingest.
 *
 * Run alone it measures search without the rest of the bench, on a database it keeps between runs:
 *   node --expose-gc --import tsx bench/search-bench.ts --articles 20000 --dir /tmp/search-20k [--queries 600] [--no-peer]
 * The first run generates the scale corpus (--seed S) and ingests it into DIR/bench.db; later runs with
 * the same DIR only search it, so that code before and after a change can be timed in turn on one database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Engine } from '../src/engine.js';
import { createSearcher } from '../src/search/search.service.js';
import type { PeerFigures } from './flexsearch-peer.js';
import { DEFAULT_SEED } from './scale-corpus.js';

/** Topic and free-text queries in English and Arabic, the mix issue 15's target is measured on. */
export const SEARCH_QUERIES = [
  'khartoum', 'egypt', 'IOM', 'trafficking', 'forced labour', 'UNHCR', 'libya', 'italy', 'frontex', 'asylum',
  'مصر', 'ليبيا', 'الاتجار بالبشر', 'المنظمة الدولية للهجرة', 'اللاجئين السوريين', 'الهجرة غير الشرعية', 'تونس', 'خفر السواحل',
  'border wall', 'deportation flights', 'migrants drowned off the coast', 'Salvini', 'Merkel refugees', 'sea rescue ships',
  'عملية الخرطوم', 'smuggling network dismantled', 'DACA', 'مهربي البشر', 'Mediterranean', 'returns',
];

export interface SearchFigures {
  queries: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  cpuPerQueryMs: number;
  /** Distinct queries with at least one result. */
  answered: number;
  slowest: Array<readonly [string, number]>;
  /** Load average when the timing ended. */
  load: string;
  rssMiB: number;
}

export type Row = [string, string] | [string, string, string];

export const loadAverage = (): string => `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores`;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** A figure's third column: its target and whether it holds. */
export function against(target: string, holds: boolean): string {
  return `${target} / ${holds ? 'holds' : 'NOT held'}`;
}

/** Times `queryCount` searches (the mix in turn, ten results each) after one warm-up pass. */
export async function measureSearch(engine: Engine, queryCount: number): Promise<SearchFigures> {
  const searcher = await createSearcher(engine);
  // Warm caches; and count the queries answered at all.
  let answered = 0;
  for (const q of SEARCH_QUERIES) if ((await searcher.search(q, { limit: 10 })).results.length > 0) answered += 1;
  const cpu0 = process.cpuUsage();
  const timings: number[] = [];
  const perQuery = new Map<string, number>();
  for (let i = 0; i < queryCount; i++) {
    const q = SEARCH_QUERIES[i % SEARCH_QUERIES.length]!;
    const t0 = performance.now();
    await searcher.search(q, { limit: 10 });
    const ms = performance.now() - t0;
    timings.push(ms);
    perQuery.set(q, Math.max(perQuery.get(q) ?? 0, ms));
  }
  const cpu = process.cpuUsage(cpu0);
  const load = loadAverage();
  timings.sort((a, b) => a - b);
  return {
    queries: queryCount,
    p50: percentile(timings, 50),
    p90: percentile(timings, 90),
    p99: percentile(timings, 99),
    max: timings.at(-1) ?? Number.NaN,
    cpuPerQueryMs: (cpu.user + cpu.system) / 1000 / Math.max(1, queryCount),
    answered,
    slowest: [...perQuery.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5),
    load,
    rssMiB: process.memoryUsage().rss / 2 ** 20,
  };
}

/** FlexSearch over the corpus file's texts, timed on the same queries in a child process. */
export function measurePeer(corpus: string, dir: string, queryCount: number): PeerFigures {
  const queriesFile = join(dir, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(SEARCH_QUERIES));
  return JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve('bench/flexsearch-peer.ts'), corpus, queriesFile, String(queryCount)], { encoding: 'utf8', maxBuffer: 1 << 20 }),
  ) as PeerFigures;
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

export function searchRows(s: SearchFigures): Row[] {
  return [
    ['p50', ms(s.p50)],
    ['p90', ms(s.p90)],
    ['p99', ms(s.p99), against('≤ 20 ms (at 1M articles)', s.p99 <= 20)],
    ['CPU per query', ms(s.cpuPerQueryMs)],
    ['max', ms(s.max)],
    ['slowest queries', s.slowest.map(([q, t]) => `${q} ${t.toFixed(1)} ms`).join('; ')],
  ];
}

export function sideBySideRows(s: SearchFigures, peer: PeerFigures): Row[] {
  return [
    ['p50', `${ms(s.p50)} | ${ms(peer.p50)}`],
    ['p99', `${ms(s.p99)} | ${ms(peer.p99)}`, against('Mawjaz ≤ 20 ms (at 1M articles)', s.p99 <= 20)],
    ['CPU per query', `${ms(s.cpuPerQueryMs)} | ${ms(peer.cpuPerQueryMs)}`],
    ['queries answered', `${s.answered} of ${SEARCH_QUERIES.length} (topics + any word, three languages) | ${peer.answered} of ${peer.distinct} (words only)`],
    ['memory (RSS)', `${s.rssMiB.toFixed(0)} MiB (whole engine, index on disk) | ${peer.rssMiB.toFixed(0)} MiB with the index built, peak ${peer.peakRssMiB.toFixed(0)} MiB`],
    ['index build', `ingest above | ${peer.buildSeconds.toFixed(1)} s wall, ${peer.buildCpuSeconds.toFixed(1)} s CPU for ${peer.documents} articles`],
  ];
}

export const SEARCH_TITLE = `Search (${SEARCH_QUERIES.length} distinct queries, topic + free text, en + ar)`;
export const SIDE_BY_SIDE_TITLE = 'Search side by side: Mawjaz (SQLite FTS + topics, this process) | FlexSearch in memory (child process, same texts and queries)';

export function printRows(title: string, rows: Row[], load: string): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  const valueWidth = Math.max(...rows.map((r) => (r.length === 3 ? r[1].length : 0)));
  console.log(`\n${title} (${load})`);
  console.log('-'.repeat(width + 24));
  for (const [k, v, target] of rows) console.log(`${k.padEnd(width)}  ${target === undefined ? v : `${v.padEnd(valueWidth)}  | ${target}`}`);
}

/** The kept corpus and database of a standalone run, built on the first run with this directory. */
async function keptDatabase(dir: string, articles: number, seed: number): Promise<{ corpus: string; db: string }> {
  const corpus = join(dir, 'bench.jsonl');
  const db = join(dir, 'bench.db');
  if (existsSync(db)) return { corpus, db };
  mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, ['--import', 'tsx', resolve('bench/write-scale-corpus.ts'), corpus, String(articles), String(seed)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { loadConfig } = await import('../src/config.js');
  const { closeEngine, openEngine } = await import('../src/engine.js');
  const { ingestInputs } = await import('../src/ingest/pipeline.js');
  const { createLogger } = await import('../src/logger.js');
  const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  // Built under another name and renamed when complete: an interrupted build is never reused.
  const building = join(dir, 'building.db');
  rmSync(building, { force: true });
  const engine = await openEngine({ config, logger: createLogger(config), db: building });
  try {
    const started = performance.now();
    const summary = await ingestInputs(engine, [corpus], { allowPrivate: false });
    console.log(`ingested ${summary.ingested} articles in ${((performance.now() - started) / 1000).toFixed(1)} s into ${db}`);
  } finally {
    await closeEngine(engine);
  }
  renameSync(building, db);
  return { corpus, db };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '20000' },
      dir: { type: 'string' },
      queries: { type: 'string', default: '600' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'no-peer': { type: 'boolean', default: false },
    },
  });
  const dir = resolve(values.dir ?? join(os.tmpdir(), `mawjaz-search-${values.articles}`));
  const { corpus, db } = await keptDatabase(dir, Number(values.articles), Number(values.seed));
  const { loadConfig } = await import('../src/config.js');
  const { closeEngine, openEngine } = await import('../src/engine.js');
  const { createLogger } = await import('../src/logger.js');
  const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const engine = await openEngine({ config, logger: createLogger(config), db });
  try {
    // The database's own count: a kept DIR holds what its first run ingested, whatever --articles says now.
    const { n } = await engine.store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const figures = await measureSearch(engine, Number(values.queries));
    printRows(`${SEARCH_TITLE}, ${Number(n)} articles`, searchRows(figures), figures.load);
    if (!values['no-peer']) {
      const peerLoad = loadAverage();
      printRows(SIDE_BY_SIDE_TITLE, sideBySideRows(figures, measurePeer(corpus, dir, Number(values.queries))), peerLoad);
    }
  } finally {
    await closeEngine(engine);
  }
}

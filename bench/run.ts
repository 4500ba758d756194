/**
 * `npm run bench` — ingest throughput and search latency at scale, printed as tables with the machine.
 * A scale corpus of --articles N (default 100,000) distinct articles is generated from the shared corpora
 * (bench/scale-corpus.ts: sentences recombined within a language, entities, outlets and dates varied,
 * near-duplicate reports grouped in stories; --seed S), ingested by one process into a fresh SQLite file (or
 * --db postgres://…), then a mix of topic and free-text queries in English and Arabic is timed, then
 * briefs are compiled (bench/digest-bench.ts), Slack requests and brief fan-out timed (bench/slack-bench.ts), and the
 * real server soaked with Slack and Teams traffic during a fan-out (bench/soak-bench.ts), and feeds of
 * 1k–100k items parsed (bench/feed-bench.ts), and the CLI's start-up timed before and after the build (bench/startup-bench.ts).
 * Search (bench/search-bench.ts) is also timed side by side with FlexSearch over the same texts in a child process
 * (bench/flexsearch-peer.ts); `--only search` stops after it. bench/search-bench.ts run alone times search on a kept database.
 * The first --cost-articles (default 5,000) are ingested again in one thread, enrichment and store timed
 * apart beside raw better-sqlite3 + FTS5 inserts of the same texts (bench/ingest-cost.ts).
 * Without ../shared the scale corpus is generated from the bundled samples instead (said in the output).
 * Every figure is printed with its target where issue 15 sets one, whether it holds, and the load average.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.js';
import { closeEngine, openEngine } from '../src/engine.js';
import { ingestInputs } from '../src/ingest/pipeline.js';
import { createLogger } from '../src/logger.js';
import { runDigestBench } from './digest-bench.js';
import { runFeedBench } from './feed-bench.js';
import { ingestCostRows, measureIngestCost } from './ingest-cost.js';
import { DEFAULT_SEED } from './scale-corpus.js';
import { against, loadAverage, measurePeer, measureSearch, printRows, type Row, SEARCH_TITLE, searchRows, SIDE_BY_SIDE_TITLE, sideBySideRows } from './search-bench.js';
import type { WrittenCorpus } from './write-scale-corpus.js';
import { runSlackBench } from './slack-bench.js';
import { runSoakBench } from './soak-bench.js';
import { runStartupBench } from './startup-bench.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, db: { type: 'string' }, queries: { type: 'string', default: '600' }, workers: { type: 'string' }, seed: { type: 'string', default: String(DEFAULT_SEED) }, 'cost-articles': { type: 'string', default: '5000' }, only: { type: 'string' } } });
if (values.only !== undefined && values.only !== 'search') throw new Error(`--only takes "search" (the stages up to search), not "${values.only}"`);
const targetCount = Number(values.articles);
const queryCount = Number(values.queries);

/** The server's peak RSS, as the soak's table states it ("… peak N MiB"); null when the soak did not say. */
function soakPeakRssMiB(rows: readonly Row[]): number | null {
  const stated = rows.find(([k]) => k.startsWith('RSS ('))?.[1].match(/peak (\d+) MiB/u)?.[1];
  return stated === undefined ? null : Number(stated);
}

const load = loadAverage;

/** A table with the load average when its figures were measured; rows with a target get a "target / holds?" column. */
function printTable(title: string, rows: Row[], loadWhenMeasured = load()): void {
  printRows(title, rows, loadWhenMeasured);
}

const seed = Number(values.seed);
const dir = mkdtempSync(join(os.tmpdir(), 'mawjaz-bench-'));
const input = join(dir, 'bench.jsonl');
const generated = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', resolve('bench/write-scale-corpus.ts'), input, String(targetCount), String(seed)], { encoding: 'utf8' }),
) as WrittenCorpus;

const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
const engine = await openEngine({ config, logger: createLogger(config), db: values.db ?? join(dir, 'bench.db') });
try {
  globalThis.gc?.();
  const ingestCpu0 = process.cpuUsage();
  const ingestLoad = load();
  const started = performance.now();
  const summary = await ingestInputs(engine, [input], { allowPrivate: false, ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}) });
  const ingestSeconds = (performance.now() - started) / 1000;
  const ingestCpu = process.cpuUsage(ingestCpu0);
  const ingestCpuMsPerArticle = (ingestCpu.user + ingestCpu.system) / 1000 / Math.max(1, summary.ingested);
  const rssAfterIngest = process.memoryUsage().rss;
  // The process's peak so far is the ingest's: nothing before it held much (the corpus is written by a child).
  const ingestPeakRss = process.resourceUsage().maxRSS * 1024;
  const loadAfterIngest = load();

  const search = await measureSearch(engine, queryCount);
  printTable('Machine', [
    ['cpu', `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`],
    ['memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['node', process.version],
    ['database', engine.store.dialect === 'postgres' ? engine.store.location : `SQLite (${engine.store.location})`],
    ['corpus', `${targetCount} distinct articles in ${generated.stories} stories (seed ${seed}), generated from ${generated.baseArticles} articles of ${generated.origin} in ${generated.seconds.toFixed(1)} s (a child process)`],
    ['languages', Object.entries(generated.languages).sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ')],
  ]);
  const throughput = summary.ingested / ingestSeconds;
  printTable('Ingest (one process)', [
    ['articles ingested', String(summary.ingested)],
    ['unchanged / failed', `${summary.unchanged} / ${summary.failed}`],
    ['time', `${ingestSeconds.toFixed(1)} s wall, ${((ingestCpu.user + ingestCpu.system) / 1e6).toFixed(1)} s CPU (all threads), started at ${ingestLoad}`],
    ['throughput', `${Math.round(throughput)} articles/s`, against('≥ 2,000 articles/s on 2 cores', throughput >= 2_000)],
    ['CPU per article', `${ingestCpuMsPerArticle.toFixed(2)} ms (user + system, all threads)`, against('≤ 0.5 ms', ingestCpuMsPerArticle <= 0.5)],
  ], loadAfterIngest);
  printTable(`${SEARCH_TITLE}, ${queryCount} timed`, searchRows(search), search.load);
  const peerLoad = load();
  printTable(SIDE_BY_SIDE_TITLE, sideBySideRows(search, measurePeer(input, dir, queryCount)), peerLoad);
  // --only search: the figures issue 15's search target is about, without the stages after it.
  if (values.only === 'search') {
    await closeEngine(engine);
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
  const costLoad = load();
  const cost = await measureIngestCost(input, Math.min(targetCount, Number(values['cost-articles'])));
  printTable(`Ingest CPU by stage (first ${cost.articles} articles again, one thread, fresh files; started at ${costLoad})`, ingestCostRows(cost));
  const digest = await runDigestBench(engine);
  printTable('Digests (briefs compiled from the database)', digest.rows);
  printTable('Slack (real server and Bolt app on loopback)', await runSlackBench(engine, digest.weekEnd));
  // The loaded soak needs subscribers of its own: it runs on a copy made before the first soak seeds its own.
  const loadedDb = engine.store.dialect === 'sqlite' ? join(dir, 'bench-loaded.db') : null;
  if (loadedDb !== null) await sql`VACUUM INTO ${loadedDb}`.execute(engine.store.db);
  const soakRows = await runSoakBench(engine, values.db ?? join(dir, 'bench.db'));
  printTable('Soak (mawjaz serve under sustained Slack and Teams traffic during a brief fan-out, loopback)', soakRows);
  if (loadedDb === null) printTable('Soak, loaded', [['skipped', 'runs on a SQLite copy of the ingested database; not with --db postgres://']]);
  else {
    const loadedEngine = await openEngine({ config, logger: createLogger(config), db: loadedDb });
    try {
      printTable('Soak, loaded (the same with a CPU hog beside the server and a feed ingest during the fan-out; issue 15)', await runSoakBench(loadedEngine, loadedDb, true));
    } finally {
      await closeEngine(loadedEngine);
    }
  }
  printTable('Feeds (parsing 1k, 10k and 100k-item feeds: in-process, in the server\'s worker, and the old parser)', await runFeedBench());
  printTable('CLI start-up (mawjaz list on an empty database)', await runStartupBench());
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const servePeakMiB = soakPeakRssMiB(soakRows);
  const MEMORY_TARGET = '≤ 256 MB (244 MiB)';
  printTable('Memory (issue 15: ingest and serve each within 256 MB)', [
    ['ingest: peak RSS (this process, its enrichment workers included)', `${(ingestPeakRss / 2 ** 20).toFixed(0)} MiB`, against(MEMORY_TARGET, ingestPeakRss <= 256e6)],
    ['serve: peak RSS in the soak (the server process, all its threads)', servePeakMiB === null ? 'not measured' : `${servePeakMiB.toFixed(0)} MiB`, against(MEMORY_TARGET, servePeakMiB !== null && servePeakMiB * 2 ** 20 <= 256e6)],
    ['RSS after ingest', `${(rssAfterIngest / 2 ** 20).toFixed(0)} MiB`],
    ['peak RSS, whole bench process (search, briefs and Slack benches too)', `${peakMiB.toFixed(0)} MiB`],
    ['note', 'both run the TypeScript sources through tsx, which adds ~45 MiB over `mawjaz` run from dist/'],
  ]);
} finally {
  await closeEngine(engine);
  rmSync(dir, { recursive: true, force: true });
}

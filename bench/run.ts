/**
 * `npm run bench` — ingest throughput and search latency at scale, printed as tables with the machine.
 * The shared corpus (../shared/corpus) is replicated to --articles N (default 100,000) with each copy
 * made distinct (URL and a marker line), ingested by one process into a fresh SQLite file (or
 * --db postgres://…), then a mix of topic and free-text queries in English and Arabic is timed, then
 * briefs are compiled (bench/digest-bench.ts), Slack requests and brief fan-out timed (bench/slack-bench.ts), and the
 * real server soaked with Slack and Teams traffic during a fan-out (bench/soak-bench.ts), and feeds of
 * 1k–100k items parsed (bench/feed-bench.ts), and the CLI's start-up timed before and after the build (bench/startup-bench.ts).
 * Without ../shared the bundled samples are replicated instead (say so in the output).
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { closeEngine, openEngine } from '../src/engine.js';
import { ingestInputs } from '../src/ingest/pipeline.js';
import { createLogger } from '../src/logger.js';
import { createSearcher } from '../src/search/search.service.js';
import { runDigestBench } from './digest-bench.js';
import { runFeedBench } from './feed-bench.js';
import { runSlackBench } from './slack-bench.js';
import { runSoakBench } from './soak-bench.js';
import { runStartupBench } from './startup-bench.js';

const QUERIES = [
  'khartoum', 'egypt', 'IOM', 'trafficking', 'forced labour', 'UNHCR', 'libya', 'italy', 'frontex', 'asylum',
  'مصر', 'ليبيا', 'الاتجار بالبشر', 'المنظمة الدولية للهجرة', 'اللاجئين السوريين', 'الهجرة غير الشرعية', 'تونس', 'خفر السواحل',
  'border wall', 'deportation flights', 'migrants drowned off the coast', 'Salvini', 'Merkel refugees', 'sea rescue ships',
  'عملية الخرطوم', 'smuggling network dismantled', 'DACA', 'مهربي البشر', 'Mediterranean', 'returns',
];

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, db: { type: 'string' }, queries: { type: 'string', default: '600' }, workers: { type: 'string' } } });
const targetCount = Number(values.articles);
const queryCount = Number(values.queries);

interface SourceArticle {
  title: string;
  text: string;
  published?: string | null;
  lang?: string;
  source?: string;
}

function loadSourceArticles(): { articles: SourceArticle[]; origin: string } {
  const corpus = resolve('../shared/corpus/articles.jsonl');
  const file = existsSync(corpus) ? corpus : resolve('samples/news/articles.jsonl');
  const articles = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SourceArticle);
  return { articles, origin: file === corpus ? 'shared corpus' : 'bundled samples (../shared absent)' };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function printTable(title: string, rows: Array<[string, string]>): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${title}`);
  console.log('-'.repeat(width + 24));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

/** Writes the replicated corpus to a JSONL file in chunks, so generating it never weighs on the measured peak memory. */
function writeBenchInput(path: string, articles: readonly SourceArticle[]): void {
  writeFileSync(path, '');
  const CHUNK = 2_000;
  for (let start = 0; start < targetCount; start += CHUNK) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(targetCount, start + CHUNK); i++) {
      const a = articles[i % articles.length]!;
      const copy = Math.floor(i / articles.length);
      lines.push(
        JSON.stringify({
          title: a.title,
          text: copy === 0 ? a.text : `${a.text}\n\n[bench copy ${copy}]`,
          url: `https://bench.example/${i}`,
          published: a.published ?? null,
          lang: a.lang,
          source: a.source,
        }),
      );
    }
    appendFileSync(path, `${lines.join('\n')}\n`);
  }
}

const { articles, origin } = loadSourceArticles();
const dir = mkdtempSync(join(os.tmpdir(), 'mawjaz-bench-'));
const input = join(dir, 'bench.jsonl');
writeBenchInput(input, articles);

const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
const engine = await openEngine({ config, logger: createLogger(config), db: values.db ?? join(dir, 'bench.db') });
try {
  globalThis.gc?.();
  const started = performance.now();
  const summary = await ingestInputs(engine, [input], { allowPrivate: false, ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}) });
  const ingestSeconds = (performance.now() - started) / 1000;
  const rssAfterIngest = process.memoryUsage().rss;

  const searcher = await createSearcher(engine);
  for (const q of QUERIES) await searcher.search(q, { limit: 10 }); // warm caches
  const timings: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let i = 0; i < queryCount; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const t0 = performance.now();
    await searcher.search(q, { limit: 10 });
    const ms = performance.now() - t0;
    timings.push(ms);
    perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
  }
  timings.sort((a, b) => a - b);
  const slowest = [...perQuery.entries()].map(([q, t]) => [q, Math.max(...t)] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);

  printTable('Machine', [
    ['cpu', `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`],
    ['memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['node', process.version],
    ['database', engine.store.dialect === 'postgres' ? engine.store.location : `SQLite (${engine.store.location})`],
    ['corpus', `${articles.length} articles from ${origin}, replicated to ${targetCount}`],
  ]);
  printTable('Ingest (one process)', [
    ['articles ingested', String(summary.ingested)],
    ['unchanged / failed', `${summary.unchanged} / ${summary.failed}`],
    ['time', `${ingestSeconds.toFixed(1)} s`],
    ['throughput', `${Math.round(summary.ingested / ingestSeconds)} articles/s (target ≥ 1000)`],
  ]);
  printTable(`Search (${queryCount} queries, ${QUERIES.length} distinct, topic + free text, en + ar)`, [
    ['p50', `${percentile(timings, 50).toFixed(2)} ms`],
    ['p90', `${percentile(timings, 90).toFixed(2)} ms`],
    ['p99', `${percentile(timings, 99).toFixed(2)} ms (target ≤ 50 ms)`],
    ['max', `${timings[timings.length - 1]?.toFixed(2)} ms`],
    ['slowest queries', slowest.map(([q, ms]) => `${q} ${ms.toFixed(1)} ms`).join('; ')],
  ]);
  const digest = await runDigestBench(engine);
  printTable('Digests (briefs compiled from the database)', digest.rows);
  printTable('Slack (real server and Bolt app on loopback)', await runSlackBench(engine, digest.weekEnd));
  printTable('Soak (mawjaz serve under sustained Slack and Teams traffic during a brief fan-out, loopback)', await runSoakBench(engine, values.db ?? join(dir, 'bench.db')));
  printTable('Feeds (parsing 1k, 10k and 100k-item feeds: in-process, in the server\'s worker, and the old parser)', await runFeedBench());
  printTable('CLI start-up (mawjaz list on an empty database)', await runStartupBench());
  printTable('Memory', [
    ['peak RSS (whole run, workers included)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`],
    ['RSS after ingest', `${(rssAfterIngest / 2 ** 20).toFixed(0)} MiB`],
  ]);
} finally {
  await closeEngine(engine);
  rmSync(dir, { recursive: true, force: true });
}

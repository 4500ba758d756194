/**
 * The search peer issue 15 asks for: FlexSearch, an in-memory full-text index, over the very texts the
 * bench ingested, timed on the same query mix. Run by bench/run.ts as a child process so that its memory
 * is its own (an in-memory index pays for every article in RAM, which Mawjaz's SQLite index does not).
 * It indexes title and text in one Index with FlexSearch's Unicode-normalising encoder (accents and
 * case folded; nothing language-specific: it knows no Arabic clitics, French elisions nor topics), and
 * searches with `suggest` so that, like Mawjaz, a query whose words are not all in one article still
 * answers with the articles that have most of them.
 * Usage: node --import tsx bench/flexsearch-peer.ts CORPUS.jsonl QUERIES.json COUNT — prints a JSON summary.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import FlexSearch from 'flexsearch';
import { z } from 'zod';

export interface PeerFigures {
  documents: number;
  buildSeconds: number;
  buildCpuSeconds: number;
  p50: number;
  p90: number;
  p99: number;
  cpuPerQueryMs: number;
  /** Distinct queries with at least one result: an index that finds nothing is fast for nothing. */
  answered: number;
  distinct: number;
  /** Resident memory with the index built, and the process's peak. */
  rssMiB: number;
  peakRssMiB: number;
}

const articleSchema = z.object({ title: z.string(), text: z.string() });

const [corpus, queriesFile, count] = process.argv.slice(2);
if (!corpus || !queriesFile || !count) throw new Error('usage: flexsearch-peer.ts CORPUS.jsonl QUERIES.json COUNT');
const queries = z.array(z.string()).parse(JSON.parse(readFileSync(queriesFile, 'utf8')));

const index = new FlexSearch.Index({ encoder: FlexSearch.Charset.Normalize, tokenize: 'strict' });
const buildCpu0 = process.cpuUsage();
const started = performance.now();
let documents = 0;
for await (const line of createInterface({ input: createReadStream(corpus, 'utf8'), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const article = articleSchema.parse(JSON.parse(line));
  index.add(documents++, `${article.title}\n${article.text}`);
}
const buildSeconds = (performance.now() - started) / 1000;
const buildCpu = process.cpuUsage(buildCpu0);
globalThis.gc?.();
const rssMiB = process.memoryUsage().rss / 2 ** 20;

// Warm, as Mawjaz's run is; and count the queries it answers at all.
let answered = 0;
for (const q of queries) if (index.search(q, { limit: 10, suggest: true }).length > 0) answered += 1;
const timings: number[] = [];
const cpu0 = process.cpuUsage();
for (let i = 0; i < Number(count); i++) {
  const q = queries[i % queries.length]!;
  const t0 = performance.now();
  index.search(q, { limit: 10, suggest: true });
  timings.push(performance.now() - t0);
}
const cpu = process.cpuUsage(cpu0);
timings.sort((a, b) => a - b);
const at = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))] ?? Number.NaN;
const figures: PeerFigures = {
  documents,
  buildSeconds,
  buildCpuSeconds: (buildCpu.user + buildCpu.system) / 1e6,
  p50: at(50),
  p90: at(90),
  p99: at(99),
  cpuPerQueryMs: (cpu.user + cpu.system) / 1000 / Math.max(1, timings.length),
  answered,
  distinct: queries.length,
  rssMiB,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(figures));

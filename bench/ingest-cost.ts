/**
 * Where ingest's CPU goes, per stage and in one thread: enrichment (clean + enrich, src/ingest/enrich.ts),
 * store (storeArticles into SQLite, as the pipeline calls it) and, within it but shown apart, the story
 * join (each article joining or starting its story, src/ingest/story-join.ts, and the batch's term counts), side by side with raw better-sqlite3
 * + FTS5 inserts of the same titles and texts into a fresh file (a table and a contentless FTS5 index,
 * the same pragmas, the same 100-row transactions): the floor any ingest of these texts pays. Issue 15's
 * targets: enrichment + store (story join included) ≤ 0.5 ms CPU an article, and within 4× of the raw inserts.
 *
 * Run by bench/run.ts on the first --cost-articles of its scale corpus; alone (quicker, for profiling):
 * node --import tsx bench/ingest-cost.ts [--articles 5000] [--seed S]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { closeEngine, openEngine } from '../src/engine.js';
import { loadMatcherInputs } from '../src/entities/entity.service.js';
import { createEntityMatcher } from '../src/entities/matcher.js';
import { prepareArticle } from '../src/ingest/enrich.js';
import { sourceHint } from '../src/ingest/pipeline.js';
import { planInputs, readItem } from '../src/ingest/readers/inputs.js';
import { type PendingArticle, storeArticles } from '../src/ingest/store.js';
import { sqliteBatchWriter } from '../src/storage/sqlite-batch-writer.js';
import type { ArticleDraft } from '../src/ingest/types.js';
import { createLogger } from '../src/logger.js';
import { DEFAULT_SEED } from './scale-corpus.js';

/** As the pipeline writes (pipeline.ts STORE_BATCH). */
const BATCH = 100;

export interface IngestCost {
  articles: number;
  enrichMs: number;
  /** The store stage without the story join. */
  storeMs: number;
  storyMs: number;
  rawMs: number;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * The first `limit` drafts of a JSONL file in batches of BATCH, read by the pipeline's own reader and
 * streamed, so that the bench's peak memory never holds them all.
 */
async function* draftBatches(input: string, limit: number): AsyncGenerator<ArticleDraft[]> {
  const plan = await planInputs([input]);
  let batch: ArticleDraft[] = [];
  let read = 0;
  for (const item of plan.items) {
    for await (const outcome of readItem(item, { allowPrivate: false, maxBytes: 2 ** 40, timeoutMs: 60_000 })) {
      if (read >= limit) break;
      if (!outcome.ok) continue;
      read += 1;
      batch.push(outcome.draft);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** Enrichment and store, each timed alone, batch by batch, into a fresh SQLite file in `dir`. */
async function mawjazCost(input: string, limit: number, dir: string): Promise<Omit<IngestCost, 'rawMs'>> {
  const config = loadConfig({ LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const engine = await openEngine({ config, logger: createLogger(config), db: join(dir, 'cost.db') });
  try {
    const { records, blockers } = await loadMatcherInputs(engine);
    const matcher = createEntityMatcher(records, blockers);
    const { storyJoinCpu } = sqliteBatchWriter(engine.store.sqlite!);
    storyJoinCpu.measure = true;
    let articles = 0;
    let enrichMs = 0;
    let storeMs = 0;
    for await (const drafts of draftBatches(input, limit)) {
      articles += drafts.length;
      const enrichStart = process.cpuUsage();
      const batch: PendingArticle[] = drafts.map((draft) => ({ article: prepareArticle(draft, matcher), source: sourceHint(draft) }));
      enrichMs += cpuMs(enrichStart);
      const storeStart = process.cpuUsage();
      await storeArticles(engine, batch, { alerts: true });
      storeMs += cpuMs(storeStart);
    }
    return { articles, enrichMs, storeMs: storeMs - storyJoinCpu.ms, storyMs: storyJoinCpu.ms };
  } finally {
    await closeEngine(engine);
  }
}

/** The floor: the same titles and texts into a plain table and a contentless FTS5 index, nothing else. */
async function rawCost(input: string, limit: number, dir: string): Promise<number> {
  const db = new SQLite(join(dir, 'raw.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE articles (seq INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, title TEXT NOT NULL, text TEXT NOT NULL);
      CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');`);
    const insertArticle = db.prepare<[string, string, string], { seq: number }>('INSERT INTO articles (url, title, text) VALUES (?, ?, ?) RETURNING seq');
    const insertSearch = db.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)');
    const writeBatch = db.transaction((batch: readonly ArticleDraft[]) => {
      for (const draft of batch) insertSearch.run(insertArticle.get(draft.url, draft.title, draft.text)!.seq, draft.title, draft.text);
    });
    let ms = 0;
    for await (const drafts of draftBatches(input, limit)) {
      const start = process.cpuUsage();
      writeBatch(drafts);
      ms += cpuMs(start);
    }
    return ms;
  } finally {
    db.close();
  }
}

/** The cost of ingesting the first `limit` articles of `input` (a JSONL file), each stage alone. */
export async function measureIngestCost(input: string, limit: number): Promise<IngestCost> {
  const dir = mkdtempSync(join(os.tmpdir(), 'mawjaz-cost-'));
  try {
    const rawMs = await rawCost(input, limit, dir);
    return { ...(await mawjazCost(input, limit, dir)), rawMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table rows bench/run.ts prints: per-article CPU by stage, the total against 0.5 ms, the ratio against 4×. */
export function ingestCostRows(cost: IngestCost): Array<[string, string] | [string, string, string]> {
  const per = (ms: number): number => ms / Math.max(1, cost.articles);
  const total = per(cost.enrichMs + cost.storeMs + cost.storyMs);
  const ratio = total / per(cost.rawMs);
  return [
    ['articles', `${cost.articles} (one thread, batches of ${BATCH})`],
    ['enrichment', `${per(cost.enrichMs).toFixed(3)} ms CPU an article`],
    ['store (without the story join)', `${per(cost.storeMs).toFixed(3)} ms CPU an article`],
    ['story join', `${per(cost.storyMs).toFixed(3)} ms CPU an article`],
    ['enrichment + store + story', `${total.toFixed(3)} ms CPU an article`, `≤ 0.5 ms / ${total <= 0.5 ? 'holds' : 'NOT held'}`],
    ['raw better-sqlite3 + FTS5', `${per(cost.rawMs).toFixed(3)} ms CPU an article`],
    ['ratio to raw', `${ratio.toFixed(1)}×`, `≤ 4× / ${ratio <= 4 ? 'holds' : 'NOT held'}`],
  ];
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '5000' }, seed: { type: 'string', default: String(DEFAULT_SEED) } } });
  const dir = mkdtempSync(join(os.tmpdir(), 'mawjaz-cost-corpus-'));
  try {
    const input = join(dir, 'cost.jsonl');
    execFileSync(process.execPath, ['--import', 'tsx', resolve('bench/write-scale-corpus.ts'), input, values.articles, values.seed], { encoding: 'utf8' });
    const loadBefore = os.loadavg();
    const rows = ingestCostRows(await measureIngestCost(input, Number(values.articles)));
    const load = `load ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} after, on ${os.availableParallelism()} cores`;
    const width = Math.max(...rows.map(([k]) => k.length));
    const lines = [`Ingest CPU by stage (${load})`, ...rows.map(([k, v, t]) => `${k.padEnd(width)}  ${v}${t ? `  | ${t}` : ''}`)];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

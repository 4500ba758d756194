/**
 * Several processes writing to one database, as operators end up running them (issue 13, case 9): two
 * `mawjaz ingest` runs started together on one fresh database, each with thousands of articles and a
 * thousand in common (at the same places in both files, so both reach each shared article at about
 * the same time); two processes opening a brand-new SQLite file at the same moment, which both
 * migrate it and sync the gazetteer; and `mawjaz serve` (writing every second, and polling a feed)
 * beside a CLI ingest on one SQLite file. Every process finishes, and every article is stored once.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationProvider } from '../../db/migrations/index.js';
import { closeEngine } from '../../src/engine.js';
import { json, runCli, samplesNewsDir, spawnCli } from '../support/cli.js';
import { DIALECTS, tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { FakeSite } from '../support/fake-site.js';
import { type ServerProcess, startServer } from '../support/fake-slack.js';
import { lineUpAtOpen } from '../support/line-up.js';
import { type CorpusArticle, corpusArticles, hasCorpus } from '../support/shared-corpus.js';

/** Articles in one file only, per process; and articles in both files. */
const OWN = 1_500;
const SHARED = 1_000;
const DISTINCT = 2 * OWN + SHARED;

/** What a copy takes from a real article (the corpus's fields; the bundled samples have the same). */
type SourceArticle = Pick<CorpusArticle, 'title' | 'text' | 'published' | 'lang' | 'source'>;

interface IngestJson {
  ingested: number;
  unchanged: number;
  failed: number;
  failures: Array<{ input: string; reason: string }>;
}

function sourceArticles(): SourceArticle[] {
  if (hasCorpus) return corpusArticles();
  return readFileSync(join(samplesNewsDir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SourceArticle);
}

/**
 * One process's input: its own articles (numbered from `firstOwn`) with the shared ones (0 to SHARED-1)
 * spread among them at the same places in every file. Article i is a real article made distinct by its
 * URL and a last line naming i.
 */
function ingestFile(articles: readonly SourceArticle[], firstOwn: number): string {
  const line = (i: number) => {
    const a = articles[i % articles.length]!;
    return JSON.stringify({ title: a.title, text: `${a.text}\n\n[copy ${i}]`, url: `https://writers.example/${i}`, published: a.published ?? null, lang: a.lang, source: a.source });
  };
  const lines: string[] = [];
  let shared = 0;
  for (let own = 0; own < OWN; own++) {
    lines.push(line(firstOwn + own));
    while (shared < SHARED && shared * OWN < (own + 1) * SHARED) lines.push(line(shared++));
  }
  return `${lines.join('\n')}\n`;
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`two mawjaz ingest processes on one ${dialect.name} database`, () => {
    let dir: string;
    let database: TestDatabase;
    const files: string[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'mawjaz-writers-'));
      const articles = sourceArticles();
      for (const [i, firstOwn] of [SHARED, SHARED + OWN].entries()) {
        files.push(join(dir, `writer-${i}.jsonl`));
        writeFileSync(files[i]!, ingestFile(articles, firstOwn));
      }
      database = await dialect.create();
    });
    afterAll(async () => {
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('both finish without a locked database, and every article is stored once', async () => {
      const runs = await Promise.all(files.map((file) => runCli(['ingest', file, '--db', database.target, '--json', '--no-progress'])));
      for (const run of runs) {
        expect(run.stderr).not.toMatch(/database is locked|SQLITE_BUSY/i);
        expect(run.code, `${run.stderr}${run.stdout.slice(0, 2000)}`).toBe(0);
      }
      const [a, b] = runs.map((run) => json<IngestJson>(run)) as [IngestJson, IngestJson];
      expect([...a.failures, ...b.failures]).toEqual([]);
      expect(a.ingested + a.unchanged).toBe(OWN + SHARED);
      expect(b.ingested + b.unchanged).toBe(OWN + SHARED);
      // Each shared article was stored by one process and found already there by the other.
      expect(a.ingested + b.ingested).toBe(DISTINCT);
      expect(a.unchanged + b.unchanged).toBe(SHARED);

      const engine = await testEngine(database.target);
      try {
        const counts = await engine.store.db
          .selectFrom('articles')
          .select((eb) => [
            eb.fn.countAll<number>().as('articles'),
            eb.fn.count<number>('url').distinct().as('urls'),
            eb.fn.count<number>('text').distinct().as('texts'),
            eb.fn.count<number>('content_hash').distinct().as('hashes'),
          ])
          .executeTakeFirstOrThrow();
        expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]))).toEqual({ articles: DISTINCT, urls: DISTINCT, texts: DISTINCT, hashes: DISTINCT });
        if (engine.store.dialect === 'sqlite') {
          // Each article's search row went in with it.
          const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM article_fts`.execute(engine.store.db);
          expect(rows[0]?.n).toBe(DISTINCT);
        }
      } finally {
        await closeEngine(engine);
      }
    }, 300_000);
  });
}

describe('two mawjaz processes opening a brand-new SQLite file at the same moment', () => {
  let database: TestDatabase;
  beforeAll(() => {
    database = tempSqlite();
  });
  afterAll(async () => database?.drop());

  it('both succeed, each finding it migrated and the gazetteer synced', async () => {
    const runs = [0, 1].map(() => spawnCli(['topics', 'list', '--all', '--json', '--db', database.target]));
    // Lined up where each has just opened the file, so they migrate it at the same moment.
    await lineUpAtOpen(runs.map((run) => run.child), database.target);
    const [a, b] = await Promise.all(runs.map((run) => run.result));
    for (const run of [a!, b!]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    // Both answered from the whole gazetteer (countries included).
    const topics = json<{ topics: Array<{ id: string }> }>(a!).topics;
    expect(topics.map((t) => t.id)).toContain('country:LY');
    expect(b!.stdout).toBe(a!.stdout);

    const engine = await testEngine(database.target);
    try {
      const migrated = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(engine.store.db);
      expect(migrated.rows.map((r) => r.name)).toEqual(Object.keys(await migrationProvider.getMigrations()).sort());
    } finally {
      await closeEngine(engine);
    }
  });
});

/** One row read from a SQLite file as a third process would; undefined before the file or the table exists. */
function readRow<T>(path: string, query: string): T | undefined {
  if (!existsSync(path)) return undefined;
  const reader = new SQLite(path, { readonly: true });
  try {
    return reader.prepare<[], T>(query).get();
  } catch {
    return undefined;
  } finally {
    reader.close();
  }
}

describe('mawjaz serve writing beside a CLI ingest on one SQLite file', () => {
  const FEED_ITEMS = 400;
  const site = new FakeSite();
  let dir: string;
  let database: TestDatabase;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    site.items = FEED_ITEMS;
    await site.start();
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-writers-'));
    database = tempSqlite();
  });
  afterAll(async () => {
    await server?.stop();
    await site.stop();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('both write: the ingest stores every article, and the server reads its feed', async () => {
    const file = join(dir, 'ingest.jsonl');
    writeFileSync(file, ingestFile(sourceArticles(), SHARED));
    const added = await runCli(['sources', 'add', site.url, '--allow-private', '--no-poll', '--db', database.target]);
    expect(added.code, added.stderr).toBe(0);
    // Once the ingest writes its batches, the server starts: its scheduler claims job leases, looks for
    // due briefs and alerts every second, and reads the new feed (four batches) at once.
    let ingestEnded = false;
    const ingest = runCli(['ingest', file, '--db', database.target, '--json', '--no-progress']).finally(() => (ingestEnded = true));
    while (!ingestEnded && !readRow<{ seq: number }>(database.target, 'SELECT seq FROM articles LIMIT 1')) await sleep(100);
    server = await startServer(database.target, { MAWJAZ_SCHEDULER_SECONDS: '1' });
    const ingested = await ingest;
    expect(ingested.stderr).not.toMatch(/database is locked|SQLITE_BUSY/i);
    expect(ingested.code, `${ingested.stderr}${ingested.stdout.slice(0, 2000)}`).toBe(0);
    expect(json<IngestJson>(ingested)).toMatchObject({ ingested: OWN + SHARED, unchanged: 0, failed: 0 });

    // The feed's first read ends within a few ticks (looked at up to 600 times, not timed).
    const feedRow = () => readRow<{ last_result: string | null }>(database.target, 'SELECT last_result FROM feeds');
    for (let look = 0; look < 600 && feedRow()?.last_result == null; look++) await sleep(100);
    const [feed] = json<Array<{ lastResult: string; articles: number; lastError: string | null }>>(await runCli(['sources', 'list', '--json', '--db', database.target]));
    expect(feed).toMatchObject({ lastResult: 'read', articles: FEED_ITEMS, lastError: null });
    expect(server.output()).not.toMatch(/database is locked|SQLITE_BUSY|scheduled job failed/i);
  }, 300_000);
});

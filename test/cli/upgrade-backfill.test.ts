/**
 * A database an older version left (articles without a story or a relevance score) after an upgrade:
 * opening an engine leaves its rows alone (`mawjaz list` reads it as it is), `mawjaz migrate` backfills
 * them to the end and says how many, and `serve` backfills them in the background once it listens,
 * unless MAWJAZ_MIGRATE=off, where it writes nothing unasked.
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connect.js';
import { migrateToLatest, runMigrations } from '../../db/migrate.js';
import { closeEngine } from '../../src/engine.js';
import { startBackgroundBackfills } from '../../src/ingest/backfills.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { json, runCli, samplesNewsDir } from '../support/cli.js';
import { DIALECTS, type TestDatabase, tempPostgres, tempSqlite, hasPostgres } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { startServer } from '../support/fake-slack.js';

const SAMPLES = join(samplesNewsDir, 'articles.jsonl');

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The sample articles as a version before 0016 stored them: its schema, no relevance, no stories. */
async function upgradedDatabase(create: () => TestDatabase | Promise<TestDatabase>): Promise<{ target: string; articles: number }> {
  const database = await create();
  cleanups.push(() => database.drop());
  const engine = await testEngine(database.target);
  try {
    const { ingestedIds } = await ingestInputs(engine, [SAMPLES], { allowPrivate: false, workers: 0 });
    await runMigrations(engine.store.db, { kind: 'to', name: '0015' });
    return { target: database.target, articles: ingestedIds.length };
  } finally {
    await closeEngine(engine);
  }
}

/** Articles without a story, and without a relevance score (the columns as the upgrade added them). */
async function waiting(target: string): Promise<{ total: number; storyless: number; unscored: number }> {
  const store = openDatabase(/^postgres/.test(target) ? { kind: 'postgres', url: target } : { kind: 'sqlite', path: target }, { queryTimeoutMs: 30_000, onConnectionError: () => undefined });
  try {
    const row = await sql<{ total: number | string; storyless: number | string; unscored: number | string }>`
      SELECT count(*) AS total, count(*) - count(story_id) AS storyless, count(*) - count(relevance) AS unscored FROM articles`.execute(store.db);
    const counts = row.rows[0]!;
    return { total: Number(counts.total), storyless: Number(counts.storyless), unscored: Number(counts.unscored) };
  } finally {
    await store.close();
  }
}

async function migrateSchemaOnly(target: string): Promise<void> {
  const store = openDatabase(/^postgres/.test(target) ? { kind: 'postgres', url: target } : { kind: 'sqlite', path: target }, { queryTimeoutMs: 30_000, onConnectionError: () => undefined });
  try {
    await migrateToLatest(store.db);
  } finally {
    await store.close();
  }
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`\`mawjaz migrate\` on a database an older version left (${dialect.name})`, () => {
    it('backfills every article to the end after the schema, and says how many', async () => {
      const { target, articles } = await upgradedDatabase(dialect.create);
      expect(articles).toBeGreaterThan(10);
      const migrate = await runCli(['migrate', '--db', target]);
      expect(migrate.stderr).toBe('');
      expect(migrate.stdout).toContain(`gave ${articles} older articles their stories\nscored the migration relevance of ${articles} older articles\n`);
      expect(await waiting(target)).toEqual({ total: articles, storyless: 0, unscored: 0 });
      expect(json<{ backfilled: unknown }>(await runCli(['migrate', '--json', '--db', target])).backfilled).toEqual({ relevance: 0, stories: 0 });

      // Down past 0016 and up again as a server would (schema only): the scores dropped with their
      // column are the background backfill's to do again, though it was finished before.
      expect((await runCli(['migrate', '--to', '0015', '--db', target])).code).toBe(0);
      await migrateSchemaOnly(target);
      const engine = await testEngine(target);
      try {
        expect(await startBackgroundBackfills(engine, { sliceMs: 50, pauseMs: 0, retryMs: 0 }).finished).toEqual({ relevance: articles, stories: articles });
      } finally {
        await closeEngine(engine);
      }
    }, 120_000);
  });
}

describe('opening an engine on a database an older version left (SQLite)', () => {
  it('`mawjaz list` migrates the schema but backfills nothing', async () => {
    const { target, articles } = await upgradedDatabase(tempSqlite);
    const list = await runCli(['list', '--limit', '3', '--db', target]);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(3);
    expect(await waiting(target)).toEqual({ total: articles, storyless: articles, unscored: articles });
  }, 120_000);
});

describe('`mawjaz serve` on a database an older version left', () => {
  it('backfills in the background once it listens (SQLite: MAWJAZ_MIGRATE=auto)', async () => {
    const { target, articles } = await upgradedDatabase(tempSqlite);
    const server = await startServer(target, { LOG_LEVEL: 'info' });
    cleanups.push(() => server.stop());
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    for (let i = 0; i < 600 && !/gave older articles their stories[\s\S]*scored the migration relevance/.test(server.output()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await waiting(target)).toEqual({ total: articles, storyless: 0, unscored: 0 });
    const out = server.output();
    expect(out.indexOf('mawjaz serving on')).toBeLessThan(out.indexOf('gave older articles their stories'));
  }, 120_000);

  it.skipIf(!hasPostgres)('writes nothing with MAWJAZ_MIGRATE=off on PostgreSQL, and says to run `mawjaz migrate`', async () => {
    const { target, articles } = await upgradedDatabase(tempPostgres);
    await migrateSchemaOnly(target);
    const server = await startServer(target, { MAWJAZ_MIGRATE: 'off' });
    cleanups.push(() => server.stop());
    for (let i = 0; i < 300 && !/run `mawjaz migrate` to backfill them/.test(server.output()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(server.output()).toContain('run `mawjaz migrate` to backfill them');
    expect(await waiting(target)).toEqual({ total: articles, storyless: articles, unscored: articles });
  }, 120_000);
});

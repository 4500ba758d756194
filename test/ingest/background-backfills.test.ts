/**
 * `serve`'s background backfill shares SQLite with its workers' writes: while another connection holds
 * the write lock (a feed's batch being stored), a slice gives up at once and tries again later, rather
 * than wait out busy_timeout on the thread that answers requests; it finishes once the lock is free.
 */
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrate.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { startBackgroundBackfills } from '../../src/ingest/backfills.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { samplesNewsDir } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

let database: TestDatabase | undefined;
let engine: Engine | undefined;
let other: SQLite.Database | undefined;
afterEach(async () => {
  other?.close();
  if (engine) await closeEngine(engine);
  await database?.drop();
});

const timerLag = async (ms: number): Promise<number> => {
  const start = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return performance.now() - start - ms;
};

it('does not block the event loop on another writer\'s lock, and finishes once it is released', async () => {
  database = tempSqlite();
  engine = await testEngine(database.target);
  const { ingestedIds } = await ingestInputs(engine, [join(samplesNewsDir, 'articles.jsonl')], { allowPrivate: false, workers: 0 });
  await runMigrations(engine.store.db, { kind: 'to', name: '0015' });
  await runMigrations(engine.store.db, { kind: 'latest' });

  other = new SQLite(database.target);
  other.exec('BEGIN IMMEDIATE');
  const backfills = startBackgroundBackfills(engine, { sliceMs: 15, pauseMs: 10, retryMs: 60_000 });
  // Waiting out busy_timeout (5 s) would hold this timer back for seconds.
  const lags = [await timerLag(20), await timerLag(20), await timerLag(20)];
  expect(Math.max(...lags)).toBeLessThan(1_000);
  other.exec('ROLLBACK');
  expect(await backfills.finished).toEqual({ stories: ingestedIds.length, relevance: ingestedIds.length });
}, 60_000);

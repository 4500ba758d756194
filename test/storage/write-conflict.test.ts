/**
 * Storing articles while another process holds a SQLite file's write lock for longer than busy_timeout
 * (here cut to 20 ms so the test need not wait 5 s): the batch is retried with backoff and logged, and
 * stored once the lock is free; if it never is, the store gives up with one clear `database_busy`
 * error and nothing half-written. The other process is a second real connection to the same file.
 */
import { Writable } from 'node:stream';
import type SQLite from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/sqlite-objects.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { loadEntityMatcher } from '../../src/entities/entity.service.js';
import { MawjazError } from '../../src/errors.js';
import { enrich } from '../../src/ingest/enrich.js';
import { storeArticle } from '../../src/ingest/store.js';
import { countArticles } from '../../src/storage/article.repository.js';
import { WRITE_CONFLICT_RETRIES } from '../../src/storage/write-conflict.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const draft = {
  url: 'https://news.example/en/zuwara-boat',
  title: 'Libyan coast guard stops a boat off Zuwara',
  text: 'The coast guard in Libya said it stopped a boat carrying 80 migrants off Zuwara on Tuesday.\n\nThe International Organization for Migration said most were from Sudan and Eritrea.',
  published: '2026-11-18',
  lang: 'en',
  source: 'Coast Watch',
};

describe('storing articles while another process holds the SQLite write lock', () => {
  let database: TestDatabase;
  let engine: Engine;
  let other: SQLite.Database;
  let warnings: Array<{ msg: string; what: string; attempt: number }>;
  /** Called with each warning as it is logged. */
  let onWarning: () => void;

  beforeEach(async () => {
    database = tempSqlite();
    const opened = await testEngine(database.target);
    warnings = [];
    onWarning = () => undefined;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        warnings.push(JSON.parse(chunk.toString('utf8')) as (typeof warnings)[number]);
        onWarning();
        done();
      },
    });
    engine = { ...opened, logger: pino({ level: 'warn' }, sink) };
    // As the code does: no better-sqlite3 statement left to be garbage collected (db/sqlite-objects.ts).
    engine.store.sqlite!.exec('PRAGMA busy_timeout = 20');
    other = openSqlite(database.target);
    other.exec('BEGIN IMMEDIATE');
    other.exec("INSERT INTO meta (key, value) VALUES ('other', 'process')");
  });
  afterEach(async () => {
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
    await closeEngine(engine);
    await database.drop();
  });

  it('waits with backoff, logging each retry, and stores the batch once the lock is free', async () => {
    // The other process commits when it sees the first retry announced.
    onWarning = () => {
      if (other.inTransaction) other.exec('COMMIT');
    };
    const article = enrich(draft, await loadEntityMatcher(engine));
    expect(await storeArticle(engine, article, { name: 'Coast Watch', url: null, kind: 'file' })).toBe('ingested');
    expect(warnings).toEqual([expect.objectContaining({ msg: 'database locked by another process: retrying', what: 'storing 1 articles', attempt: 1 })]);
    expect(await countArticles(engine.store.db)).toBe(1);
    expect(await storeArticle(engine, article, null)).toBe('unchanged');
  });

  it('gives up with one clear error when the lock is never freed, having written nothing', async () => {
    const article = enrich(draft, await loadEntityMatcher(engine));
    const stored = storeArticle(engine, article, null);
    await expect(stored).rejects.toBeInstanceOf(MawjazError);
    await expect(stored).rejects.toMatchObject({
      code: 'database_busy',
      message: expect.stringMatching(new RegExp(`^storing 1 articles: gave up after ${WRITE_CONFLICT_RETRIES + 1} attempts in \\d+ s: other processes kept the database locked$`)),
    });
    expect(warnings.map((w) => w.attempt)).toEqual(Array.from({ length: WRITE_CONFLICT_RETRIES }, (_, i) => i + 1));
    other.exec('ROLLBACK');
    expect(await countArticles(engine.store.db)).toBe(0);
  });
});

/**
 * `mawjaz db backup`: a SQLite database copied while another process keeps writing to it is a
 * consistent snapshot (every transaction in it whole), opens as a working Mawjaz database, and an
 * existing file is replaced only with --force. For PostgreSQL it prints pg_dump without the password.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openSqlite, prepareKept } from '../../db/sqlite-objects.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli, samplesNewsDir } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';

interface ListJson {
  articles: Array<{ id: string }>;
}

describe('mawjaz db backup on SQLite', () => {
  let database: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    database = tempSqlite();
    dir = dirname(database.target);
    const ingest = await runCli(['ingest', samplesNewsDir, '--db', database.target, '--no-progress']);
    expect(ingest.code).toBe(0);
  });

  afterAll(() => database.drop());

  it('copies the database while another process writes to it, and the copy holds whole transactions', async () => {
    // The writer: each transaction adds 20 handled platform events and records their total in meta.
    // Opened and prepared as the code does: no better-sqlite3 object left to be garbage collected (db/sqlite-objects.ts).
    const writer = openSqlite(database.target);
    writer.exec('PRAGMA busy_timeout = 5000');
    const insert = prepareKept(writer, 'INSERT INTO platform_events (platform, event_id, received_at) VALUES (?, ?, ?)');
    const record = prepareKept(writer, "INSERT INTO meta (key, value) VALUES ('test_events', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const addEvents = writer.transaction((round: number) => {
      for (let i = 0; i < 20; i++) insert.run('slack', `E${round}-${i}`, new Date().toISOString());
      record.run(String((round + 1) * 20));
    });
    let round = 0;
    let writing = true;
    const writes = (async () => {
      while (writing) {
        addEvents(round++);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const copy = join(dir, 'copy.db');
    const backup = await runCli(['db', 'backup', copy, '--db', database.target, '--json']).finally(() => (writing = false));
    await writes;
    writer.close();
    expect(backup.code, backup.stderr).toBe(0);
    expect(json<{ backedUp: boolean; file: string; bytes: number }>(backup)).toMatchObject({ backedUp: true, file: copy });
    expect(round).toBeGreaterThan(10);
    // One file: no -wal or half-written file left beside it.
    expect(readdirSync(dir).filter((name) => name.startsWith('copy.db'))).toEqual(['copy.db']);

    const snapshot = openSqlite(copy, { readonly: true });
    const events = (prepareKept(snapshot, 'SELECT count(*) AS n FROM platform_events').get() as { n: number }).n;
    const recorded = prepareKept(snapshot, "SELECT value FROM meta WHERE key = 'test_events'").get() as { value: string } | undefined;
    const [articles, indexed] = ['articles', 'article_fts'].map((table) => (prepareKept(snapshot, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    snapshot.close();
    expect(events).toBe(Number(recorded?.value ?? 0));
    expect(events).toBeLessThanOrEqual(round * 20);
    expect([articles, indexed]).toEqual([33, 33]);

    // The copy is a working database: the same articles, found by full-text search.
    const listed = json<ListJson>(await runCli(['list', '--json', '--db', copy]));
    const original = json<ListJson>(await runCli(['list', '--json', '--db', database.target]));
    expect(listed.articles.map((a) => a.id)).toEqual(original.articles.map((a) => a.id));
    const search = json<{ results: unknown[] }>(await runCli(['search', 'khartoum', '--json', '--db', copy]));
    expect(search.results.length).toBeGreaterThan(0);
  });

  it('replaces an existing file only with --force, and refuses a database that is not there', async () => {
    const kept = join(dir, 'kept.db');
    writeFileSync(kept, 'not a backup yet');
    const refused = await runCli(['db', 'backup', kept, '--db', database.target]);
    expect([refused.code, refused.stderr]).toEqual([2, `mawjaz: ${kept} exists; give --force to replace it\n`]);
    expect(readFileSync(kept, 'utf8')).toBe('not a backup yet');

    const forced = await runCli(['db', 'backup', kept, '--force', '--db', database.target]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(new RegExp(`^backed up ${database.target} to ${kept} \\(\\d+\\.\\d MB\\) in [\\d.]+ s\\n$`));
    expect(readFileSync(kept).subarray(0, 15).toString()).toBe('SQLite format 3');

    const missing = await runCli(['db', 'backup', join(dir, 'x.db'), '--db', join(dir, 'absent.db')]);
    expect([missing.code, missing.stderr]).toEqual([2, `mawjaz: no database at ${join(dir, 'absent.db')} (check --db or MAWJAZ_DB)\n`]);
    expect(existsSync(join(dir, 'absent.db'))).toBe(false);
  });
});

describe('mawjaz db backup on PostgreSQL', () => {
  it('prints the pg_dump command, with the password left out, and exits 2: it wrote no file', async () => {
    const url = 'postgres://mawjaz:s3cret-pass@db.internal:5433/news?sslmode=require';
    const result = await runCli(['db', 'backup', '/backups/mawjaz.dump', '--db', url]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('PGSSLMODE=require pg_dump --format=custom --file=/backups/mawjaz.dump --host=db.internal --port=5433 --username=mawjaz --dbname=news\n');
    expect(result.stderr).toContain('Give the password in PGPASSWORD or ~/.pgpass (it is not printed)');
    expect(result.stdout + result.stderr).not.toContain('s3cret');
  });
});

/**
 * Opening a SQLite file that another process holds locked past busy_timeout (a peer's start-up writes
 * on a loaded machine): the open waits the lock out instead of failing with "database is locked".
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connect.js';

const HOLD_MS = 6_500;

describe('opening a SQLite file another process has locked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-open-wait-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('waits until the lock is released, longer than busy_timeout, and opens', async () => {
    const path = join(dir, 'locked.db');
    // A peer in rollback-journal mode holding an exclusive lock: nothing else can read or switch the file to WAL.
    const peer = spawn(process.execPath, ['-e', `
      const db = new (require('better-sqlite3'))(${JSON.stringify(path)});
      db.exec('CREATE TABLE t (x)');
      db.exec('BEGIN EXCLUSIVE');
      db.exec('INSERT INTO t VALUES (1)');
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${HOLD_MS});
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => peer.stdout.once('data', () => resolve()));
    const started = Date.now();
    const handle = openDatabase({ kind: 'sqlite', path }, { queryTimeoutMs: 30_000, onConnectionError: () => undefined });
    try {
      expect(Date.now() - started).toBeGreaterThanOrEqual(5_000);
      expect(handle.sqlite?.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
      expect(handle.sqlite?.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    } finally {
      await handle.close();
      await new Promise((resolve) => peer.once('exit', resolve).exitCode !== null && resolve(null));
    }
  }, 30_000);
});

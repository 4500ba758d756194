/**
 * Whether a SQLite database can be used now, for GET /healthz and the scheduler (src/server/
 * database-health.ts). Queries alone cannot tell: an open file keeps working after it is moved or
 * deleted — everything written from then on goes to a file nobody will open again — so the file at
 * the path must still be the one opened; and reads go on while another process holds the write lock
 * (WAL), so the probe takes that lock and gives it back at once.
 */
import { statSync } from 'node:fs';
import type SQLite from 'better-sqlite3';
import { DatabaseUnavailable } from '../src/errors.js';

/**
 * Longest the probe waits for another writer. better-sqlite3 waits synchronously, so the usual busy
 * timeout (seconds) would stall the whole server on every health check while a lock is held.
 */
const PROBE_BUSY_MS = 200;

/** A probe for the database at `path` (':memory:' has no file to check), run on the server's own connection. */
export function sqliteProbe(path: string, sqlite: SQLite.Database): () => void {
  const opened = path === ':memory:' ? null : statSync(path);
  return () => {
    if (opened) {
      const now = statSync(path, { throwIfNoEntry: false });
      if (!now || now.ino !== opened.ino || now.dev !== opened.dev) {
        throw new DatabaseUnavailable(`the SQLite file ${path} was moved, deleted or replaced while in use: put it back, or restart to open the new one`);
      }
    }
    // A transaction is open on this connection (kysely's span awaits): a lock taken here would nest in
    // it; the read that follows the probe waits its turn instead.
    if (sqlite.inTransaction) return;
    const usual = Number(sqlite.pragma('busy_timeout', { simple: true }));
    sqlite.pragma(`busy_timeout = ${PROBE_BUSY_MS}`);
    try {
      sqlite.exec('BEGIN IMMEDIATE');
      sqlite.exec('ROLLBACK');
    } finally {
      sqlite.pragma(`busy_timeout = ${usual}`);
    }
  };
}

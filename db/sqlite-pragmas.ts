/**
 * The pragmas every SQLite connection is opened with, applied so that a peer process opening or
 * writing the same file at that moment is waited for, not reported as a failure to open.
 *
 * busy_timeout covers ordinary lock waits, but not every SQLITE_BUSY an opening connection can meet:
 * switching a brand-new file to WAL while another process switches it, WAL recovery run by a peer
 * (SQLITE_BUSY_RECOVERY), or a peer's start-up writes outlasting the 5 s on a loaded machine. So the
 * whole (idempotent) list is applied again, with a growing pause, until it succeeds or a deadline
 * passes; only then is the database reported unavailable. Opening happens at start-up, before any
 * request is served, so the pause blocks nothing users wait on.
 */
import type SQLite from 'better-sqlite3';
import { isWriteConflict } from '../src/storage/write-conflict.js';

/** How long a statement waits for another connection's lock (sqliteWrite restores it after a no-wait write). */
export const BUSY_TIMEOUT_MS = 5_000;

/** Longest an opening connection waits out peers' locks before giving up. */
const OPEN_DEADLINE_MS = 60_000;

/** Blocks the thread for `ms` (start-up only, see above). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function applyOnce(sqlite: SQLite.Database): void {
  // Pragmas through exec(), not pragma(): no statement object to become garbage (sqlite-objects.ts).
  // busy_timeout first, so that switching a brand-new file to WAL waits when another process is switching it at once.
  sqlite.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.exec('PRAGMA journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode and avoids an fsync per article.
  sqlite.exec('PRAGMA synchronous = NORMAL');
  sqlite.exec('PRAGMA foreign_keys = ON');
  // Checkpoint the WAL every ~40 MB instead of ~4 MB: pages rewritten between checkpoints (index
  // pages during an ingest) are copied back once, not ten times.
  sqlite.exec('PRAGMA wal_autocheckpoint = 10000');
}

export function applyConnectionPragmas(sqlite: SQLite.Database, deadlineMs = OPEN_DEADLINE_MS): void {
  const giveUpAt = Date.now() + deadlineMs;
  for (let wait = 50; ; wait = Math.min(wait * 2, 1_000)) {
    try {
      applyOnce(sqlite);
      return;
    } catch (error) {
      if (!isWriteConflict(error) || Date.now() + wait > giveUpAt) throw error;
      pause(wait);
    }
  }
}

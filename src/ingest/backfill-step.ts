/**
 * One backfill (relevance scores, stories) done a step at a time: `mawjaz migrate` steps it to the end
 * in large batches; `serve` in short slices with pauses between, so that its event loop keeps answering.
 */
import type SQLite from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '../../db/sqlite-pragmas.js';

export interface StepLimit {
  /** performance.now() after which the step stops at the next article (at least one is done). */
  until: number;
  /** Articles read per step at most. */
  batch: number;
  /**
   * Whether a step may wait for another writer's lock. On SQLite that wait blocks the thread (busy_timeout,
   * up to seconds while a worker stores a feed's batch): a server's slice must fail at once instead.
   */
  waitForLock: boolean;
}

export interface BackfillStep {
  /** Articles this step backfilled. */
  done: number;
  /** Nothing left: later steps do nothing. */
  finished: boolean;
}

export interface Backfill {
  what: 'relevance' | 'stories';
  step(limit: StepLimit): Promise<BackfillStep>;
}

/**
 * Runs a synchronous SQLite write; without `wait`, one that finds another writer's lock throws
 * SQLITE_BUSY at once instead of blocking the thread (the setting is the connection's, restored before
 * anything else can run on this thread).
 */
export function sqliteWrite<T>(sqlite: SQLite.Database, wait: boolean, write: () => T): T {
  if (wait) return write();
  // exec(), not pragma(): pragma() prepares a statement and drops it (db/sqlite-objects.ts).
  sqlite.exec('PRAGMA busy_timeout = 0');
  try {
    return write();
  } finally {
    sqlite.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

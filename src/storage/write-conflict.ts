/**
 * Waiting out other processes writing to the same database. On SQLite, busy_timeout (db/connect.ts)
 * already makes each statement and each BEGIN IMMEDIATE wait up to 5 s for the write lock; on
 * PostgreSQL, row locks wait as long as needed. What is left is retried here as a whole unit of work
 * (a batch of articles, the migrations, the gazetteer sync): SQLITE_BUSY after that wait (a long write
 * by another process, or SQLite's polling busy handler missing each moment the lock was free), and a
 * PostgreSQL deadlock between two ingests storing the same articles, people or outlets in different
 * orders (one of the two transactions is chosen to fail). The unit must be one transaction, or
 * idempotent, so that a retry writes it once. Every other error passes straight through.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { retryDelayMs } from '../delivery/retry-delay.js';
import { MawjazError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Retries after the first attempt: 100 ms doubling (with jitter), about 6 s of backoff in all. */
export const WRITE_CONFLICT_RETRIES = 6;
const FIRST_RETRY_MS = 100;

/** SQLite: SQLITE_BUSY and its extended codes. PostgreSQL: deadlock_detected, serialization_failure. */
const CONFLICT_CODES = /^(SQLITE_BUSY|40P01$|40001$)/;

/** True for a lock conflict with another writer, here or as the cause of a wrapping error. */
export function isWriteConflict(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONFLICT_CODES.test(code)) return true;
  }
  return false;
}

export interface WriteConflictRetry {
  /** What is being written, for the log and the final error ("storing 100 articles"). */
  what: string;
  logger: Logger;
  retries?: number;
}

/** Runs `work`, again with backoff while it fails on a lock conflict; then gives up with `database_busy`. */
export async function retryOnWriteConflict<T>(work: () => T | Promise<T>, options: WriteConflictRetry): Promise<T> {
  const retries = options.retries ?? WRITE_CONFLICT_RETRIES;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      if (attempt > retries) {
        const seconds = Math.round((Date.now() - started) / 1000);
        throw new MawjazError('database_busy', `${options.what}: gave up after ${attempt} attempts in ${seconds} s: other processes kept the database locked`, { cause: error });
      }
      const delayMs = Math.round(retryDelayMs(attempt, FIRST_RETRY_MS));
      options.logger.warn({ what: options.what, attempt, retryInMs: delayMs }, 'database locked by another process: retrying');
      await sleep(delayMs);
    }
  }
}

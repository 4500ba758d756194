/**
 * Waiting out a database that is away (db/database-errors.ts says which failures mean that): the delay
 * before the next attempt — from 1 s, doubling, at most 30 s, with jitter so replicas that lost the
 * database together do not all come back in step — and a runner that tries one piece of work again
 * with those delays while the database stays away, within a time limit.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import { retryDelayMs } from '../delivery/retry-delay.js';

const FIRST_DELAY_MS = 1_000;
/** A database back after an outage is found within this long; a longer wait would only delay the briefs. */
const MAX_DELAY_MS = 30_000;

/** How long to wait after `failures` attempts in a row found the database away. */
export function databaseBackoffMs(failures: number, random: () => number = Math.random): number {
  return Math.min(retryDelayMs(failures + 1, FIRST_DELAY_MS, 0, random), MAX_DELAY_MS);
}

export interface AwayOptions {
  /** Give up (rethrowing the last failure) rather than wait past this many ms from the first attempt. */
  withinMs: number;
  /** Stop waiting when aborted (the server is stopping), rethrowing the last failure. */
  signal?: AbortSignal | undefined;
  /** Told before each wait, e.g. to log it. */
  onWait?: (error: unknown, delayMs: number) => void;
}

/** Runs `work`; while it fails because the database is away, runs it again after a backoff. Other failures are thrown at once. */
export async function retryWhileDatabaseAway<T>(work: () => Promise<T>, options: AwayOptions): Promise<T> {
  const giveUpAt = Date.now() + options.withinMs;
  for (let failures = 0; ; failures++) {
    try {
      return await work();
    } catch (error) {
      const delay = databaseBackoffMs(failures);
      if (!isDatabaseUnavailable(error) || Date.now() + delay > giveUpAt || options.signal?.aborted) throw error;
      options.onWait?.(error, delay);
      await sleep(delay, undefined, options.signal ? { signal: options.signal } : {}).catch(() => {
        throw error;
      });
    }
  }
}

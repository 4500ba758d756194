/**
 * What an upgrade leaves to do to the articles already stored: score their migration relevance
 * (migration 0016) and give them their stories (0017). Never done when an engine opens, so that no
 * CLI call and no server start waits for it: `mawjaz migrate` runs them to the end after the schema
 * migrations, and `serve`, when it may write the schema (MAWJAZ_MIGRATE=auto: SQLite by default), runs
 * what is left in short slices once it listens, pausing between them so that requests are answered.
 * Readers are correct meanwhile: an unscored article counts as relevant, articles without a story are
 * clustered on request.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Engine } from '../engine.js';
import { errorMessage } from '../errors.js';
import { schemaPolicy } from '../storage/schema-policy.js';
import { isWriteConflict, retryOnWriteConflict } from '../storage/write-conflict.js';
import type { Backfill } from './backfill-step.js';
import { relevanceBackfill, type RelevanceScorer, type RelevanceScoring } from './relevance-backfill.js';
import { storyBackfill } from './story-backfill.js';

export interface BackfillCounts {
  /** Articles whose relevance was scored. */
  relevance: number;
  /** Articles given a story. */
  stories: number;
}

const WHAT_DONE: Record<Backfill['what'], string> = {
  relevance: 'scored the migration relevance of articles stored before it existed',
  stories: 'gave older articles their stories',
};

/** Stories first: until an article has one, every brief over its week clusters it on request. */
function backfills(engine: Engine, rescan: boolean, scorer?: RelevanceScorer): Backfill[] {
  return [storyBackfill(engine), relevanceBackfill(engine, { rescan, ...(scorer ? { scorer } : {}) })];
}

const FULL_BATCH = 500;

/** Runs every backfill to the end (`mawjaz migrate`); the articles each one did. */
export async function runBackfills(engine: Engine): Promise<BackfillCounts> {
  const counts: BackfillCounts = { relevance: 0, stories: 0 };
  for (const backfill of backfills(engine, true)) {
    for (;;) {
      const step = await retryOnWriteConflict(() => backfill.step({ until: Infinity, batch: FULL_BATCH, waitForLock: true }), { logger: engine.logger, what: `backfilling ${backfill.what}` });
      counts[backfill.what] += step.done;
      if (step.finished) break;
    }
    if (counts[backfill.what] > 0) engine.logger.info({ articles: counts[backfill.what] }, WHAT_DONE[backfill.what]);
  }
  return counts;
}

export interface SliceOptions {
  /** How long one slice may hold the event loop, at most (one article more). */
  sliceMs: number;
  /** The pause after each slice, for the requests and timers waiting. */
  pauseMs: number;
  /** The pause after a failed slice (the database away, say) before trying again. */
  retryMs: number;
  /**
   * Scores the relevance backfill's articles; in-process when absent. The server's scores them in the
   * feed ingester's worker: the matcher they need takes ~300 ms of CPU to build.
   */
  scorer?: RelevanceScoring;
}

/** About 15 ms of every 50 ms: a request waits 15 ms at worst, and 100,000 articles take minutes. */
export const SERVER_SLICES: SliceOptions = { sliceMs: 15, pauseMs: 35, retryMs: 30_000 };
/** Pauses a slice waits when another writer holds the lock, before trying again. */
const LOCKED_PAUSES = 10;
/** Articles read per slice: about what 15 ms scores or joins, so little is read for nothing. */
const SLICE_BATCH = 32;

export interface BackgroundBackfills {
  /** Settles with what was done once every backfill is finished, or stopped. */
  finished: Promise<BackfillCounts>;
  /** Stops after the slice in hand (shutdown). */
  stop(): Promise<BackfillCounts>;
}

/** Runs what is left of every backfill in bounded slices, in the background (`serve`, after it listens). */
export function startBackgroundBackfills(engine: Engine, options: SliceOptions = SERVER_SLICES): BackgroundBackfills {
  const stopping = new AbortController();
  const counts: BackfillCounts = { relevance: 0, stories: 0 };
  const pause = (ms: number): Promise<void> => sleep(ms, undefined, { signal: stopping.signal }).catch(() => undefined);
  const run = async (): Promise<BackfillCounts> => {
    for (const backfill of backfills(engine, false, options.scorer?.score)) {
      while (!stopping.signal.aborted) {
        try {
          const step = await backfill.step({ until: performance.now() + options.sliceMs, batch: SLICE_BATCH, waitForLock: false });
          counts[backfill.what] += step.done;
          if (step.finished) break;
          await pause(options.pauseMs);
        } catch (error) {
          if (isWriteConflict(error)) {
            // Another writer (a feed's batch, a brief) holds the lock: this slice waits its turn, off the loop.
            await pause(options.pauseMs * LOCKED_PAUSES);
            continue;
          }
          engine.logger.warn({ err: errorMessage(error), backfill: backfill.what }, `backfilling older articles failed; trying again in ${options.retryMs / 1000} s`);
          await pause(options.retryMs);
        }
      }
      if (stopping.signal.aborted) return counts;
      if (counts[backfill.what] > 0) engine.logger.info({ articles: counts[backfill.what] }, WHAT_DONE[backfill.what]);
    }
    return counts;
  };
  const finished = run().finally(() => options.scorer?.end());
  return {
    finished,
    stop: () => {
      stopping.abort();
      return finished;
    },
  };
}

/**
 * `serve`'s part: the backfills in the background where it may migrate the schema itself
 * (MAWJAZ_MIGRATE=auto, the default on SQLite); elsewhere (PostgreSQL by default) it writes nothing
 * unasked and says when `mawjaz migrate` has articles to backfill. Null when it runs none. `scorer`:
 * where the relevance backfill's scoring runs (the server's feed ingester: its worker thread).
 */
export async function startServerBackfills(engine: Engine, scorer: RelevanceScoring, slices: SliceOptions = SERVER_SLICES): Promise<BackgroundBackfills | null> {
  if (schemaPolicy(engine.store.dialect, engine.config.MAWJAZ_MIGRATE, { server: true, createsDatabase: true }) === 'latest') return startBackgroundBackfills(engine, { ...slices, scorer });
  const waiting = await engine.store.db.selectFrom('articles').select('id').where('story_id', 'is', null).limit(1).executeTakeFirst();
  if (waiting) engine.logger.warn('articles stored before this version of Mawjaz have no story yet (briefs cluster them on request, which is slower); run `mawjaz migrate` to backfill them (MAWJAZ_MIGRATE=off: the server writes none itself)');
  return null;
}

/**
 * The core engine handle every command receives: frozen config, the open database, a logger.
 * Opening it migrates the schema (as far as its policy allows: src/storage/schema-policy.ts) and syncs
 * the gazetteer, so a fresh or upgraded database is ready to use. What an upgrade leaves to do to the
 * stored articles is not done here, where every command would wait for it: `mawjaz migrate` and `serve`
 * in the background do it (src/ingest/backfills.ts). The
 * server (`waitForDatabase`) first waits, within MAWJAZ_DB_WAIT_SECONDS, for a database that is not up
 * yet — replicas often start before their database does; other commands say at once that it is away.
 */
import { type DatabaseHandle, type DatabaseTarget, type OpenOptions, openDatabase } from '../db/connect.js';
import type { Config } from './config.js';
import { syncGazetteer } from './entities/entity.service.js';
import { errorMessage } from './errors.js';
import { closeFeedReader } from './feeds/feed-reader.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics/recorder.js';
import { noteUnderstandingOfEmptyDatabase } from './ingest/reread.js';
import { retryWhileDatabaseAway } from './storage/database-away.js';
import { prepareSchema, type SchemaPolicy } from './storage/schema-policy.js';
import { retryOnWriteConflict } from './storage/write-conflict.js';

export interface Engine {
  config: Config;
  store: DatabaseHandle;
  logger: Logger;
  /** Counts and timings for /metrics: set by `mawjaz serve` when metrics are on, unset for CLI commands. */
  metrics?: Metrics;
  /** The current time; a seam for tests. */
  now(): Date;
}

/** `--db` wins; otherwise DATABASE_URL selects PostgreSQL, else the SQLite file MAWJAZ_DB. */
export function databaseTarget(config: Config, dbOption?: string): DatabaseTarget {
  const chosen = dbOption ?? config.DATABASE_URL;
  if (chosen && /^postgres(ql)?:\/\//.test(chosen)) return { kind: 'postgres', url: chosen };
  return { kind: 'sqlite', path: dbOption ?? config.MAWJAZ_DB };
}

/** How every process opens its database: the configured query timeout, lost connections logged. */
export function openOptions(config: Config, logger: Logger): OpenOptions {
  return {
    queryTimeoutMs: config.MAWJAZ_DB_QUERY_TIMEOUT_SECONDS * 1000,
    // Already discarded by the pool; whether the database itself is away is for the next query to find.
    onConnectionError: (error) => logger.debug({ err: errorMessage(error) }, 'database connection lost; the next query opens a new one'),
  };
}

export interface OpenEngineOptions {
  config: Config;
  logger: Logger;
  db?: string;
  now?: () => Date;
  /** Wait (with backoff, logged) up to MAWJAZ_DB_WAIT_SECONDS for a database that is away. */
  waitForDatabase?: boolean;
  /** Whether opening may migrate the schema (src/storage/schema-policy.ts); default: up to the latest. */
  schema?: SchemaPolicy;
}

export async function openEngine(options: OpenEngineOptions): Promise<Engine> {
  const { config, logger } = options;
  const store = openDatabase(databaseTarget(config, options.db), openOptions(config, logger));
  try {
    const waitMs = options.waitForDatabase ? config.MAWJAZ_DB_WAIT_SECONDS * 1000 : 0;
    // Two processes opening one SQLite file at once (a server and a CLI): the second waits for the
    // first's migrations and gazetteer sync, then finds them done.
    await retryWhileDatabaseAway(() => retryOnWriteConflict(() => prepareSchema(store, options.schema ?? 'latest', logger), { logger, what: 'migrating the database' }), {
      withinMs: waitMs,
      onWait: (error, delayMs) => logger.warn({ database: store.location, err: errorMessage(error) }, `database not reachable yet; trying again in ${(delayMs / 1000).toFixed(1)} s (waiting up to MAWJAZ_DB_WAIT_SECONDS=${config.MAWJAZ_DB_WAIT_SECONDS})`),
    });
    const engine: Engine = { config, store, logger, now: options.now ?? (() => new Date()) };
    await retryOnWriteConflict(() => syncGazetteer(engine), { logger, what: 'syncing the gazetteer' });
    await retryOnWriteConflict(() => noteUnderstandingOfEmptyDatabase(engine), { logger, what: 'noting which understanding reads the articles' });
    return engine;
  } catch (error) {
    await store.close();
    throw error;
  }
}

export async function closeEngine(engine: Engine): Promise<void> {
  // The feed reader's worker (started by the first poll) goes with the engine: shutdown leaves no thread.
  await closeFeedReader();
  await engine.store.close();
}

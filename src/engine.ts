/**
 * The core engine handle every command receives: frozen config, the open database, a logger.
 * Opening it migrates the schema and syncs the gazetteer, so a fresh database is ready to use.
 */
import { type DatabaseHandle, type DatabaseTarget, migrateToLatest, openDatabase } from '../db/connect.js';
import type { Config } from './config.js';
import { syncGazetteer } from './entities/entity.service.js';
import type { Logger } from './logger.js';
import { retryOnWriteConflict } from './storage/write-conflict.js';

export interface Engine {
  config: Config;
  store: DatabaseHandle;
  logger: Logger;
  /** The current time; a seam for tests. */
  now(): Date;
}

/** `--db` wins; otherwise DATABASE_URL selects PostgreSQL, else the SQLite file MAWJAZ_DB. */
export function databaseTarget(config: Config, dbOption?: string): DatabaseTarget {
  const chosen = dbOption ?? config.DATABASE_URL;
  if (chosen && /^postgres(ql)?:\/\//.test(chosen)) return { kind: 'postgres', url: chosen };
  return { kind: 'sqlite', path: dbOption ?? config.MAWJAZ_DB };
}

export async function openEngine(options: { config: Config; logger: Logger; db?: string; now?: () => Date }): Promise<Engine> {
  const store = openDatabase(databaseTarget(options.config, options.db));
  try {
    // Two processes opening one SQLite file at once (a server and a CLI): the second waits for the
    // first's migrations and gazetteer sync, then finds them done.
    await retryOnWriteConflict(() => migrateToLatest(store.db), { logger: options.logger, what: 'migrating the database' });
    const engine: Engine = { config: options.config, store, logger: options.logger, now: options.now ?? (() => new Date()) };
    await retryOnWriteConflict(() => syncGazetteer(engine), { logger: options.logger, what: 'syncing the gazetteer' });
    return engine;
  } catch (error) {
    await store.close();
    throw error;
  }
}

export async function closeEngine(engine: Engine): Promise<void> {
  await engine.store.close();
}

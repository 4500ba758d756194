/**
 * Runs one CLI command against an open engine: config parsed once, database opened and migrated,
 * errors turned into one clear line on stderr and a non-zero exit code.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Config, loadConfig, secretValues } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../../db/connect.js';
import { closeEngine, databaseTarget, type Engine, openEngine, openOptions } from '../engine.js';
import { MawjazError, errorMessage } from '../errors.js';
import { createLogger, type Logger, routeConsoleTo } from '../logger.js';
import { createLogScrubber } from '../security/log-scrubber.js';
import { schemaPolicy } from '../storage/schema-policy.js';

export interface DbOption {
  db?: string;
}

/** Exit codes: 0 ok, 1 something failed (e.g. some inputs not ingested), 2 bad usage or input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface OpenFlags {
  /**
   * The server: waits for a database that is not up yet (MAWJAZ_DB_WAIT_SECONDS; other commands fail at
   * once), and with MAWJAZ_MIGRATE=auto may upgrade a PostgreSQL schema (src/storage/schema-policy.ts).
   */
  waitForDatabase?: boolean;
  /** Commands that fill a database (serve, ingest, demo, sources add) create a new SQLite file and its folder. */
  createDatabase?: boolean;
}

/**
 * The SQLite file a command would open, when it is one: a reading command pointed at a folder that does
 * not exist is a mistyped --db (or MAWJAZ_DB), and answering it from a new empty database would hide that.
 * Null when the database is PostgreSQL or in memory.
 */
function sqliteFileFor(config: Config, dbOption: string | undefined, createDatabase: boolean): string | null {
  const target = databaseTarget(config, dbOption);
  if (target.kind !== 'sqlite' || target.path === ':memory:') return null;
  const path = resolve(target.path);
  if (!createDatabase && !existsSync(dirname(path))) {
    throw new MawjazError('invalid_input', `no database at ${path}: the folder ${dirname(path)} does not exist (check --db or MAWJAZ_DB; \`mawjaz ingest\`, \`serve\` and \`demo\` create a database)`);
  }
  return path;
}

/** Parses the config, sets up logging, opens what the command needs, runs it, reports a failure on one line and closes. */
async function runCommand<H>(open: (config: Config, logger: Logger) => Promise<H>, close: (handle: H) => Promise<void>, work: (handle: H) => Promise<number | void>): Promise<void> {
  let handle: H | undefined;
  let scrub = (line: string) => line;
  try {
    const config = loadConfig();
    const logger = createLogger(config);
    routeConsoleTo(logger);
    scrub = createLogScrubber(secretValues(config));
    handle = await open(config, logger);
    process.exitCode = (await work(handle)) ?? EXIT.ok;
  } catch (error) {
    reportError(error, scrub);
  } finally {
    if (handle !== undefined) await close(handle);
  }
}

export async function withEngine(options: DbOption, work: (engine: Engine) => Promise<number | void>, open: OpenFlags = {}): Promise<void> {
  const openIt = async (config: Config, logger: Logger): Promise<Engine> => {
    const sqliteFile = sqliteFileFor(config, options.db, open.createDatabase === true);
    const isNew = sqliteFile !== null && !existsSync(sqliteFile);
    const schema = schemaPolicy(databaseTarget(config, options.db).kind, config.MAWJAZ_MIGRATE, { server: open.waitForDatabase === true, createsDatabase: open.createDatabase === true });
    const engine = await openEngine({ config, logger, schema, ...(options.db ? { db: options.db } : {}), ...(open.waitForDatabase ? { waitForDatabase: true } : {}) });
    if (isNew) logger.info({ database: sqliteFile }, `created a new database at ${sqliteFile}`);
    return engine;
  };
  await runCommand(openIt, closeEngine, (engine) =>
    work(engine).catch((error: unknown) => {
      engine.logger.debug({ err: error }, 'command failed');
      throw error;
    }),
  );
}

export interface DatabaseOnly {
  config: Config;
  logger: Logger;
  store: DatabaseHandle;
}

/**
 * Runs a command on the database as it is, neither migrated nor prepared (`mawjaz migrate`, `db backup`):
 * the engine's opening would change a schema these commands must first see untouched.
 */
export async function withDatabase(options: DbOption, work: (opened: DatabaseOnly) => Promise<number | void>, open: Pick<OpenFlags, 'createDatabase'> = {}): Promise<void> {
  const openIt = async (config: Config, logger: Logger): Promise<DatabaseOnly> => {
    const file = sqliteFileFor(config, options.db, open.createDatabase === true);
    if (file !== null && open.createDatabase !== true && !existsSync(file)) throw new MawjazError('not_found', `no database at ${file} (check --db or MAWJAZ_DB)`);
    return { config, logger, store: openDatabase(databaseTarget(config, options.db), openOptions(config, logger)) };
  };
  await runCommand(openIt, (opened) => opened.store.close(), work);
}

/** One line on stderr; `scrub` takes out secrets a message may quote (a driver's error naming a URL with its password). */
export function reportError(error: unknown, scrub: (line: string) => string = (line) => line): void {
  if (error instanceof MawjazError) {
    process.stderr.write(scrub(`mawjaz: ${error.message}\n`));
    process.exitCode = error.code === 'invalid_input' || error.code === 'not_found' ? EXIT.usage : EXIT.failed;
    return;
  }
  process.stderr.write(scrub(`mawjaz: unexpected error: ${errorMessage(error)}\n`));
  process.exitCode = EXIT.failed;
}

export function parseLimit(value: string, max = 1000): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new MawjazError('invalid_input', `--limit must be a whole number from 1 to ${max}, not "${value}"`);
  return n;
}

/**
 * Who may migrate the database, and when (MAWJAZ_MIGRATE=auto|off). A single SQLite process keeps
 * its schema current by itself (auto by default). PostgreSQL is shared by replicas and upgraded by an
 * operator: it is off by default, so a server or a CLI call never changes its schema unasked; `serve`
 * migrates it only with MAWJAZ_MIGRATE=auto, and other commands never do. Creating the schema in an
 * empty database is not an upgrade: the commands that create a database (serve, ingest, demo, sources
 * add) do it whatever the setting, as they create a new SQLite file.
 */
import type { DatabaseHandle, DialectName } from '../../db/connect.js';
import { migrateToLatest, schemaState } from '../../db/migrate.js';
import { MawjazError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * - latest: bring the schema up to date.
 * - create-only: create the schema in an empty database; refuse one that is behind.
 * - require-current: refuse a database that is empty or behind.
 */
export type SchemaPolicy = 'latest' | 'create-only' | 'require-current';

export type MigrateSetting = 'auto' | 'off';

export interface OpeningProcess {
  /** `mawjaz serve`, the long-running process an operator configures. */
  server: boolean;
  /** A command that creates a database when there is none (serve, ingest, demo, sources add). */
  createsDatabase: boolean;
}

export function schemaPolicy(dialect: DialectName, setting: MigrateSetting | undefined, opener: OpeningProcess): SchemaPolicy {
  const auto = (setting ?? (dialect === 'sqlite' ? 'auto' : 'off')) === 'auto';
  if (auto && (dialect === 'sqlite' || opener.server)) return 'latest';
  return opener.createsDatabase ? 'create-only' : 'require-current';
}

/** Brings the schema where the policy allows; throws `schema_behind` naming `mawjaz migrate` otherwise. */
export async function prepareSchema(store: DatabaseHandle, policy: SchemaPolicy, logger: Logger): Promise<void> {
  const state = await schemaState(store.db);
  if (state.unknown.length > 0) {
    // A newer Mawjaz migrated it (an upgrade in progress): its migrations only add, so this one still runs.
    logger.warn({ migrations: state.unknown }, `the database schema is newer than this version of Mawjaz (${state.unknown.join(', ')}); running anyway — upgrade this process`);
    return;
  }
  if (state.pending.length === 0) return;
  const empty = state.applied.length === 0;
  if (policy === 'latest' || (policy === 'create-only' && empty)) {
    const steps = await migrateToLatest(store.db);
    if (steps.length > 0 && !empty) logger.info({ migrations: steps.map((step) => step.name) }, `migrated the database: ${steps.map((step) => step.name).join(', ')}`);
    return;
  }
  const why = store.dialect === 'postgres' ? 'PostgreSQL is migrated only by `mawjaz migrate` (or by `mawjaz serve` with MAWJAZ_MIGRATE=auto)' : 'MAWJAZ_MIGRATE=off';
  const what = empty ? `${store.location} has no Mawjaz schema yet` : `the database schema is behind this version of Mawjaz (pending: ${state.pending.join(', ')})`;
  throw new MawjazError('schema_behind', `${what}; run \`mawjaz migrate\` first (${why})`);
}

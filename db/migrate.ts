/**
 * Running the migrations (db/migrations/) with kysely's Migrator, the one place that does: up to the
 * latest, up or down to a named one, one step down, and the state of the schema (which ran, which are
 * pending, which this version does not know). On PostgreSQL the Migrator holds a session advisory lock
 * and runs the whole batch in one transaction, so two replicas starting together migrate once: the
 * second waits for the lock, then finds nothing pending. On SQLite one writer at a time holds the file.
 * https://kysely.dev/docs/migrations
 */
import { type Kysely, type MigrationResult, Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { DatabaseUnavailable, MawjazError, NotFound } from '../src/errors.js';
import { isDatabaseUnavailable } from './database-errors.js';
import { migrationNames, migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export interface SchemaState {
  /** Migrations this version knows that the database has run, in order. */
  applied: string[];
  /** Migrations this version knows that the database has not run yet, in order. */
  pending: string[];
  /** Migrations the database has run that this version does not know: it was migrated by a newer Mawjaz. */
  unknown: string[];
}

export interface MigrationStep {
  name: string;
  direction: 'up' | 'down';
}

/** Where to take the schema: the latest, a named migration (up or down), or one step down. */
export type MigrationTarget = { kind: 'latest' } | { kind: 'to'; name: string } | { kind: 'down' };

function migratorFor(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: migrationProvider });
}

export async function schemaState(db: Kysely<Database>): Promise<SchemaState> {
  const infos = await migratorFor(db).getMigrations();
  const applied = infos.filter((info) => info.executedAt !== undefined).map((info) => info.name);
  const pending = infos.filter((info) => info.executedAt === undefined).map((info) => info.name);
  // getMigrations lists only the migrations this version has; a newer one's names are in kysely's table.
  let unknown: string[] = [];
  if (applied.length > 0) {
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
    const known = new Set(infos.map((info) => info.name));
    unknown = rows.map((row) => row.name).filter((name) => !known.has(name)).sort();
  }
  return { applied, pending, unknown };
}

/** Runs the migrations towards `target`; returns what ran, or throws naming the migration that failed. */
export async function runMigrations(db: Kysely<Database>, target: MigrationTarget): Promise<MigrationStep[]> {
  const migrator = migratorFor(db);
  const outcome = await (target.kind === 'latest' ? migrator.migrateToLatest() : target.kind === 'down' ? migrator.migrateDown() : migrator.migrateTo(migrationNamed(target.name)));
  const { error, results = [] } = outcome;
  if (error) {
    // Not a migration's fault: say the database is away (the server waits for it; see src/engine.ts).
    if (isDatabaseUnavailable(error)) throw error instanceof MawjazError ? error : new DatabaseUnavailable(`the database is unavailable: ${String(error)}`, { cause: error });
    const failed = results.find((r) => r.status === 'Error');
    const name = failed ? ` (${failed.migrationName}, ${failed.direction.toLowerCase()})` : '';
    throw new MawjazError('migration_failed', `database migration failed${name}: ${String(error)}`, { cause: error });
  }
  return results.filter((r: MigrationResult) => r.status === 'Success').map((r) => ({ name: r.migrationName, direction: r.direction === 'Up' ? 'up' : 'down' }));
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationStep[]> {
  return runMigrations(db, { kind: 'latest' });
}

/** A migration's name as given to --to; "none" undoes them all (kysely's NO_MIGRATIONS). */
function migrationNamed(name: string): string | typeof NO_MIGRATIONS {
  if (name === 'none') return NO_MIGRATIONS;
  if (migrationNames.includes(name)) return name;
  // "0011" for "0011_outbox": the number alone is unambiguous.
  const byNumber = migrationNames.filter((known) => known.startsWith(`${name}_`));
  if (byNumber.length === 1 && byNumber[0] !== undefined) return byNumber[0];
  throw new NotFound(`no migration named "${name}" (known: ${migrationNames.join(', ')}, or "none")`);
}

/** Every migration, in order. Kysely's Migrator runs them by name; names never change once released. */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_initial.js';

const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

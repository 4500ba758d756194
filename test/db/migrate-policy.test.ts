/**
 * Who migrates, and when: two processes migrating one PostgreSQL database at once run each migration
 * once (kysely holds an advisory lock for the whole batch); MAWJAZ_MIGRATE decides whether opening may
 * migrate (src/storage/schema-policy.ts), and `mawjaz migrate` is what an operator runs.
 */
import pg from 'pg';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/connect.js';
import { migrateToLatest, runMigrations, schemaState } from '../../db/migrate.js';
import { migrationNames } from '../../db/migrations/index.js';
import { prepareSchema, schemaPolicy } from '../../src/storage/schema-policy.js';
import { json, runCli } from '../support/cli.js';
import { hasPostgres, tempPostgres, tempSqlite, type TestDatabase } from '../support/databases.js';
import { silentLogger } from '../support/engine.js';

const open = (target: string): DatabaseHandle =>
  openDatabase(/^postgres/.test(target) ? { kind: 'postgres', url: target } : { kind: 'sqlite', path: target }, { queryTimeoutMs: 30_000, onConnectionError: () => undefined });

/** kysely's PostgresAdapter takes this advisory lock around every migration run. */
const KYSELY_MIGRATION_LOCK = '3853314791062309107';
const LATEST = migrationNames.at(-1);
const BEFORE_LATEST = migrationNames.at(-2) ?? '';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(create: () => Promise<TestDatabase>): Promise<TestDatabase> {
  const created = await create();
  cleanups.push(() => created.drop());
  return created;
}

function opened(target: string): DatabaseHandle {
  const store = open(target);
  cleanups.push(() => store.close());
  return store;
}

describe('MAWJAZ_MIGRATE: who may migrate on opening', () => {
  it('auto on SQLite by default; on PostgreSQL only a server told auto upgrades, and creating commands create', () => {
    const cli = { server: false, createsDatabase: false };
    const ingest = { server: false, createsDatabase: true };
    const serve = { server: true, createsDatabase: true };
    expect(schemaPolicy('sqlite', undefined, cli)).toBe('latest');
    expect(schemaPolicy('sqlite', 'off', cli)).toBe('require-current');
    expect(schemaPolicy('sqlite', 'off', ingest)).toBe('create-only');
    expect(schemaPolicy('postgres', undefined, serve)).toBe('create-only');
    expect(schemaPolicy('postgres', 'off', serve)).toBe('create-only');
    expect(schemaPolicy('postgres', 'auto', serve)).toBe('latest');
    expect(schemaPolicy('postgres', 'auto', ingest)).toBe('create-only');
    expect(schemaPolicy('postgres', 'auto', cli)).toBe('require-current');
  });

  it('refuses a schema behind unless allowed, creates an empty one, and runs on a schema a newer version moved ahead', async () => {
    const store = opened((await database(async () => tempSqlite())).target);
    await expect(prepareSchema(store, 'require-current', silentLogger())).rejects.toThrow(/has no Mawjaz schema yet; run `mawjaz migrate` first \(MAWJAZ_MIGRATE=off\)/);
    await prepareSchema(store, 'create-only', silentLogger());
    expect((await schemaState(store.db)).pending).toEqual([]);

    await runMigrations(store.db, { kind: 'down' });
    for (const policy of ['require-current', 'create-only'] as const) {
      await expect(prepareSchema(store, policy, silentLogger())).rejects.toMatchObject({ code: 'schema_behind', message: expect.stringContaining(`the database schema is behind this version of Mawjaz (pending: ${LATEST})`) });
    }
    await prepareSchema(store, 'latest', silentLogger());
    expect((await schemaState(store.db)).pending).toEqual([]);

    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', ${new Date().toISOString()})`.execute(store.db);
    expect((await schemaState(store.db)).unknown).toEqual(['9999_from_the_future']);
    await prepareSchema(store, 'latest', silentLogger());
  });
});

describe.skipIf(!hasPostgres)('migrating PostgreSQL from two processes at once', () => {
  it('runs each migration once: the second waits for the first\'s lock, then finds nothing to do', async () => {
    const { target } = await database(tempPostgres);
    const [a, b] = [opened(target), opened(target)];
    const runs = await Promise.all([migrateToLatest(a.db), migrateToLatest(b.db)]);
    expect(runs.map((steps) => steps.length).sort((x, y) => x - y)).toEqual([0, migrationNames.length]);
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM kysely_migration`.execute(a.db);
    expect(Number(rows[0]?.n)).toBe(migrationNames.length);
  });

  it('waits while another session holds kysely\'s migration lock', async () => {
    const { target } = await database(tempPostgres);
    const holder = new pg.Client({ connectionString: target });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query(`SELECT pg_advisory_lock(${KYSELY_MIGRATION_LOCK})`);
    let finished = false;
    const migrating = migrateToLatest(opened(target).db).finally(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(finished).toBe(false);
    await holder.query(`SELECT pg_advisory_unlock(${KYSELY_MIGRATION_LOCK})`);
    expect(await migrating).toHaveLength(migrationNames.length);
  });
});

describe.skipIf(!hasPostgres)('the CLI on a PostgreSQL schema that is behind', () => {
  it('reading commands and `serve` refuse, naming `mawjaz migrate`; `mawjaz migrate` brings it up to date', async () => {
    const { target } = await database(tempPostgres);
    const store = opened(target);
    await runMigrations(store.db, { kind: 'to', name: BEFORE_LATEST });

    const list = await runCli(['list', '--db', target]);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain(`the database schema is behind this version of Mawjaz (pending: ${LATEST}); run \`mawjaz migrate\` first (PostgreSQL is migrated only by \`mawjaz migrate\``);
    const serve = await runCli(['serve', '--port', '0', '--db', target], { env: { MAWJAZ_DB_WAIT_SECONDS: '0' } });
    expect(serve.code).toBe(1);
    expect(serve.stderr).toContain('run `mawjaz migrate` first');
    expect((await schemaState(store.db)).pending).toEqual([LATEST]);

    const migrate = await runCli(['migrate', '--db', target]);
    expect(migrate.stdout).toBe(`applied  ${LATEST}\nat ${LATEST}, up to date\n`);
    expect(json<{ steps: unknown[]; current: string }>(await runCli(['migrate', '--json', '--db', target]))).toEqual({ steps: [], current: LATEST, pending: [], backfilled: { relevance: 0, stories: 0 } });
    expect((await runCli(['migrate', '--db', target])).stdout).toBe(`already up to date (at ${LATEST})\n`);
    expect((await runCli(['list', '--db', target])).code).toBe(0);
  });
});

describe('the CLI on SQLite', () => {
  it('migrates by itself by default, and with MAWJAZ_MIGRATE=off leaves the schema to `mawjaz migrate`', async () => {
    const { target } = await database(async () => tempSqlite());
    expect((await runCli(['migrate', '--to', BEFORE_LATEST, '--db', target])).code).toBe(0);
    const off = await runCli(['list', '--db', target], { env: { MAWJAZ_MIGRATE: 'off' } });
    expect(off.code).toBe(1);
    expect(off.stderr).toContain('run `mawjaz migrate` first (MAWJAZ_MIGRATE=off)');
    expect((await runCli(['list', '--db', target])).code).toBe(0);
    const down = await runCli(['migrate', '--down', '--db', target]);
    expect(down.stdout).toBe(`reverted ${LATEST}\nat ${BEFORE_LATEST} (1 pending: run \`mawjaz migrate\` to apply them)\n`);
    const both = await runCli(['migrate', '--down', '--to', 'none', '--db', target]);
    expect([both.code, both.stderr]).toEqual([2, 'mawjaz: give --to NAME or --down, not both\n']);
  });
});

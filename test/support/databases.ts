/**
 * The storage targets every storage test loops over: a fresh SQLite file, and a fresh PostgreSQL
 * database when one answers (127.0.0.1:5432 here, or TEST_DATABASE_URL). Where PostgreSQL is absent
 * the PostgreSQL cases are skipped with a printed notice; with CI=true its absence is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const postgresAdminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const inCi = process.env.CI === 'true';

async function probePostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    if (inCi) throw new Error(`PostgreSQL must answer in CI (${postgresAdminUrl}): ${String(error)}`);
    console.warn(`[mawjaz tests] PostgreSQL not reachable at ${postgresAdminUrl}: PostgreSQL storage tests are skipped.`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const hasPostgres = await probePostgres();

export interface TestDatabase {
  /** Value for --db / openEngine: a SQLite path or a postgres:// URL. */
  target: string;
  drop(): Promise<void>;
}

export function tempSqlite(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-test-'));
  return { target: join(dir, 'mawjaz.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A brand-new PostgreSQL database (dropped afterwards), so tests never see each other's rows. */
export async function tempPostgres(): Promise<TestDatabase> {
  const name = `mawjaz_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    target: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      // A closed pool's backends can take a moment to exit; FORCE would then kill a connection still
      // saying goodbye, and its client would raise "terminating connection" in the test process.
      let open = 0;
      for (let i = 0; i < 50; i++) {
        const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        open = Number(rows[0]?.n ?? 0);
        if (open === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (open > 0) console.warn(`[mawjaz tests] ${open} connection(s) still open to ${name} after 2.5 s: a test did not close its engine`);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const DIALECTS = [
  { name: 'sqlite', available: true, create: async () => tempSqlite() },
  { name: 'postgres', available: hasPostgres, create: tempPostgres },
] as const;

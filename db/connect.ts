/**
 * Opens the database: SQLite through better-sqlite3 by default (WAL, foreign keys on), PostgreSQL when
 * a postgres:// URL is given (a pool that survives dropped connections: postgres-pool.ts). Both get the
 * same migrations and queries, and a probe saying whether the database answers now (GET /healthz).
 * Several processes may share a SQLite file: writers wait for each other (busy_timeout, IMMEDIATE
 * transactions: sqlite-dialect.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import { MawjazError } from '../src/errors.js';
import { redactUrl } from '../src/redact-url.js';
import { createPostgresPool } from './postgres-pool.js';
import type { Database } from './schema.js';
import { ConcurrentSqliteDialect } from './sqlite-dialect.js';
import { openSqlite } from './sqlite-objects.js';
import { applyConnectionPragmas } from './sqlite-pragmas.js';
import { sqliteProbe } from './sqlite-probe.js';
import { withStatementCache } from './statement-cache.js';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The better-sqlite3 connection behind `db` (SQLite only), for the synchronous ingest writer. */
  sqlite?: SQLite.Database;
  /** Where it lives, without credentials (for messages). */
  location: string;
  /** Resolves when the database answers a query now; SQLite also checks its file is still the one opened. */
  probe(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface OpenOptions {
  /** PostgreSQL: longest a statement may run (MAWJAZ_DB_QUERY_TIMEOUT_SECONDS). */
  queryTimeoutMs: number;
  /** PostgreSQL: a pooled connection was lost; it is already discarded and the next query opens another. */
  onConnectionError: (error: Error) => void;
  /**
   * SQLite: open the file only if it exists. A server's extra connections (its worker threads) join the
   * database the server opened; where that file has gone missing (moved away), creating an empty one in
   * its place would leave them on a database with no tables for good.
   */
  mustExist?: boolean;
}

/** The cheapest query that needs the schema: the migrations' own table. */
async function readMeta(db: Kysely<Database>): Promise<void> {
  await db.selectFrom('meta').select('key').limit(1).execute();
}

export function openDatabase(target: DatabaseTarget, options: OpenOptions): DatabaseHandle {
  if (target.kind === 'postgres') {
    const pool = createPostgresPool({ url: target.url, ...options });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', location: redactUrl(target.url), probe: () => readMeta(db), close: () => db.destroy() };
  }
  const path = target.path === ':memory:' ? target.path : resolve(target.path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = openSqlite(path, options.mustExist ? { fileMustExist: true } : undefined);
    // Another process writing (a server beside a CLI ingest): statements and BEGIN IMMEDIATE wait up to
    // 5 s for its lock; work that waited longer is retried whole (src/storage/write-conflict.ts).
    applyConnectionPragmas(sqlite);
  } catch (cause) {
    throw new MawjazError('database_unavailable', `cannot open SQLite database ${path}: ${String(cause)}`, { cause });
  }
  const db = new Kysely<Database>({ dialect: new ConcurrentSqliteDialect({ database: withStatementCache(sqlite) }) });
  const usable = sqliteProbe(path);
  const probe = async () => {
    usable();
    await readMeta(db);
  };
  return { db, dialect: 'sqlite', sqlite, location: path, probe, close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares every statement on every call; with better-sqlite3, preparing costs
 * as much as running a small insert. This wrapper keeps each prepared statement by SQL text (kysely
 * runs one statement at a time on its single connection, so reuse is safe). Nothing is evicted: a
 * statement may never become garbage (sqlite-objects.ts), so an evicted one would stay in memory
 * anyway. Mawjaz's queries are few shapes (124 distinct texts over a whole `mawjaz demo`).
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { prepareKept } from './sqlite-objects.js';

export function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (!statement) cache.set(sql, (statement = prepareKept(database, sql)));
      return statement;
    },
  };
}

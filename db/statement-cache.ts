/**
 * Kysely's SQLite driver prepares every statement on every call; with better-sqlite3, preparing costs
 * as much as running a small insert. This wrapper keeps recently used prepared statements by SQL text
 * (kysely runs one statement at a time on its single connection, so reuse is safe).
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CACHE_SIZE = 256;

export function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) {
        // Refresh its place: Map keeps insertion order, so the first key is the least recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

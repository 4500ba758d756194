/**
 * Kysely's SQLite driver prepares every statement on every call; with better-sqlite3, preparing costs
 * as much as running a small insert. This wrapper keeps prepared statements by SQL text (kysely runs
 * one statement at a time on its single connection, so reuse is safe): the CACHE_SIZE most recently
 * used ones, or on Node 24 every one, since there a statement may never become garbage
 * (sqlite-objects.ts) and an evicted one would stay in memory anyway. There the cache grows with the
 * distinct SQL texts: Mawjaz's query shapes (124 over a whole `mawjaz demo`), times the lengths of
 * the `in (…)` lists they are run with (at most 500 each).
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { KEEP_SQLITE_OBJECTS, prepareKept } from './sqlite-objects.js';

const CACHE_SIZE = 256;

export function withStatementCache(database: SQLite.Database, evict = !KEEP_SQLITE_OBJECTS): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      if (evict) cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) {
        if (evict) {
          // Refresh its place: Map keeps insertion order, so the first key is the least recently used.
          cache.delete(sql);
          cache.set(sql, cached);
        }
        return cached;
      }
      const statement = prepareKept(database, sql);
      if (evict && cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
      return statement;
    },
  };
}

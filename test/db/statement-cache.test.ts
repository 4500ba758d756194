/**
 * The SQLite statement cache (db/statement-cache.ts): a statement prepared once is reused, the least
 * recently used ones go past 256 (their memory freed), and where statements must never become garbage
 * (Node 24, db/sqlite-objects.ts) none is let go of.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type SQLite from 'better-sqlite3';
import { openSqlite } from '../../db/sqlite-objects.js';
import { withStatementCache } from '../../db/statement-cache.js';

const opened: SQLite.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function cached(evict: boolean) {
  const db = openSqlite(':memory:');
  opened.push(db);
  return withStatementCache(db, evict);
}

const shapes = (n: number) => Array.from({ length: n }, (_, i) => `SELECT ${i} AS n`);

describe('statement cache', () => {
  it('reuses a prepared statement and lets the least recently used go past 256', () => {
    const cache = cached(true);
    const first = cache.prepare('SELECT 0 AS n');
    expect(cache.prepare('SELECT 0 AS n')).toBe(first);
    const recent = cache.prepare('SELECT 1 AS n');
    for (const sql of shapes(300).slice(2)) {
      cache.prepare(sql);
      cache.prepare('SELECT 1 AS n'); // kept recent: never the one let go
    }
    expect(cache.prepare('SELECT 1 AS n')).toBe(recent);
    expect(cache.prepare('SELECT 0 AS n')).not.toBe(first);
  });

  it('keeps every statement where none may become garbage', () => {
    const cache = cached(false);
    const first = cache.prepare('SELECT 0 AS n');
    for (const sql of shapes(300)) cache.prepare(sql);
    expect(cache.prepare('SELECT 0 AS n')).toBe(first);
  });
});

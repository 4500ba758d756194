/**
 * better-sqlite3 objects are made only through db/sqlite-objects.ts (openSqlite, prepareKept), and
 * pragmas are set with exec(): on Node 24 a statement that becomes garbage can abort the process when
 * V8 collects it outside JavaScript (see that file). pragma() prepares and drops a statement each call.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const SHIPPED = ['src', 'db', 'digests', 'adapters', 'app'];
const ALLOWED = 'db/sqlite-objects.ts';
/** A pragma() call, a prepare() on a better-sqlite3 handle (named as the code names them), or a new connection. */
const FORBIDDEN = /\.pragma\(|\b(?:sqlite|database)\.prepare\s*[<(]|new SQLite\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** Code lines only: a comment may name the calls it warns against. */
function codeLines(text: string): Array<{ line: number; code: string }> {
  return text
    .split('\n')
    .map((code, i) => ({ line: i + 1, code }))
    .filter(({ code }) => !/^\s*(\/\/|\/?\*)/.test(code));
}

describe('better-sqlite3 objects', () => {
  it('finds the calls it forbids', () => {
    expect(FORBIDDEN.test("sqlite.pragma('busy_timeout = 0')")).toBe(true);
    expect(FORBIDDEN.test("const s = sqlite.prepare('UPDATE articles SET relevance = ?')")).toBe(true);
    expect(FORBIDDEN.test("sqlite.exec('PRAGMA busy_timeout = 0')")).toBe(false);
  });

  it('are made only through db/sqlite-objects.ts, and pragmas set with exec()', () => {
    const violations = SHIPPED.flatMap((folder) => sourceFiles(join(root, folder)))
      .filter((file) => relative(root, file) !== ALLOWED)
      .flatMap((file) =>
        codeLines(readFileSync(file, 'utf8'))
          .filter(({ code }) => FORBIDDEN.test(code))
          .map(({ line, code }) => `${relative(root, file)}:${line}: ${code.trim()}`),
      );
    expect(violations).toEqual([]);
  });
});

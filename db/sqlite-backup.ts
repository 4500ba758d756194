/**
 * A copy of a live SQLite database through SQLite's online backup API (better-sqlite3's `backup()`),
 * https://www.sqlite.org/backup.html: servers and ingests may keep writing meanwhile. The copy is
 * written beside its destination and renamed into place when complete and checked, so a failed or
 * interrupted backup never leaves a half-written file under the name asked for.
 */
import { renameSync, rmSync, statSync } from 'node:fs';
import type SQLite from 'better-sqlite3';
import { MawjazError } from '../src/errors.js';
import { openSqlite, prepareKept } from './sqlite-objects.js';

export interface BackupResult {
  file: string;
  pages: number;
  bytes: number;
}

/** All remaining pages in one step (the largest rate better-sqlite3 takes). */
const ALL_PAGES = 0x7fffffff;

export async function backupSqlite(source: SQLite.Database, file: string): Promise<BackupResult> {
  const partial = `${file}.partial-${process.pid}`;
  try {
    // One step copies every page inside one read transaction: a consistent snapshot, never restarted
    // by another process's write (steps of 100 pages would start over after each one), and in WAL mode
    // writers do not wait for it.
    const { totalPages } = await source.backup(partial, { progress: () => ALL_PAGES });
    const copy = openSqlite(partial, { fileMustExist: true });
    try {
      // The copy is one self-contained file (no -wal beside it to lose in a move); Mawjaz turns WAL on
      // again when it opens a restored copy.
      copy.exec('PRAGMA journal_mode = DELETE');
      const check = prepareKept<[], string>(copy, 'PRAGMA quick_check').pluck().get();
      if (check !== 'ok') throw new MawjazError('backup_failed', `the copy of the database failed its check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, file);
    return { file, pages: totalPages, bytes: statSync(file).size };
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof MawjazError) throw error;
    throw new MawjazError('backup_failed', `could not back up the database to ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

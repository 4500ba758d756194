/**
 * Whether a SQLite database can be used now, for GET /healthz and the scheduler (src/server/
 * database-health.ts). A query alone cannot tell: an open file keeps working after it is moved or
 * deleted — everything written from then on goes to a file nobody will open again — so the file at
 * the path must still be the one opened. The write lock is deliberately not probed: another process
 * holding it (an ingest's batch) is normal on a shared file, and better-sqlite3 would wait for it on
 * the event loop; a lock held for good shows as the server's own writes failing after busy_timeout,
 * answered "try again" (src/commands/failure-text.ts).
 */
import { statSync } from 'node:fs';
import { DatabaseUnavailable } from '../src/errors.js';

/** A probe for the database at `path` (':memory:' has no file to check); the caller then reads through the server's own connection. */
export function sqliteProbe(path: string): () => void {
  const opened = path === ':memory:' ? null : statSync(path);
  return () => {
    if (!opened) return;
    const now = statSync(path, { throwIfNoEntry: false });
    if (!now || now.ino !== opened.ino || now.dev !== opened.dev) {
      throw new DatabaseUnavailable(`the SQLite file ${path} was moved, deleted or replaced while in use: put it back, or restart to open the new one`);
    }
  };
}

/**
 * Which failures mean "the database is away" — worth a "try again in a minute" and a retry later —
 * rather than a bad query or a bug. PostgreSQL: the connection refused, dropped or timed out (node's
 * socket codes, pg's own messages, SQLSTATE class 08, and 57P01–57P03 when a backend is terminated,
 * the server shuts down or is still starting); SQLite: the file busy, locked, read-only, full or
 * unreadable. PostgreSQL's are told by the pool (postgres-pool.ts), which sees them come from the
 * database: it discards the client (`connectionLost`) and throws DatabaseUnavailable, so a socket error
 * from anywhere else (a Slack call, a feed) is never taken for the database going away.
 */
import { DatabaseUnavailable } from '../src/errors.js';

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// pg's own errors carry no code, only these messages (pg/lib/client.js and pg-pool, in English whatever the locale).
const PG_CONNECTION_MESSAGES = /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|Query read timeout|timeout exceeded when trying to connect)/;
/** SQLSTATEs of a backend that is gone or cannot be had: connection exceptions, admin or crash shutdown, starting up, too many connections. */
const PG_GONE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** SQLSTATE 55000 while connecting: the database exists but refuses connections (ALLOW_CONNECTIONS false, being dropped or recreated). */
const PG_REFUSING = '55000';
const SQLITE_AWAY = /^SQLITE_(BUSY|LOCKED|READONLY|IOERR|CANTOPEN|FULL)/;

function codeOf(error: unknown): string | undefined {
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** The error and its causes (a few levels: wrapped errors keep what happened underneath). */
function* chain(error: unknown): Generator<unknown> {
  let current = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    yield current;
    current = current instanceof Error ? current.cause : undefined;
  }
}

/** The PostgreSQL connection this error came from is dead or stuck: it must not be used again. */
export function connectionLost(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = codeOf(e);
    if (code !== undefined && (SOCKET_CODES.has(code) || PG_GONE.test(code))) return true;
    if (e instanceof Error && PG_CONNECTION_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** A connection attempt failed for a reason that may pass (not a wrong password or a missing database). */
export function connectFailedForNow(error: unknown): boolean {
  return connectionLost(error) || codeOf(error) === PG_REFUSING;
}

/** The database is away for now (either dialect): answer "try again", retry later, report 503. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e instanceof DatabaseUnavailable) return true;
    if (SQLITE_AWAY.test(codeOf(e) ?? '')) return true;
  }
  // Not connectionLost(error): its socket codes are just as much a Slack, Teams or feed failure. The
  // PostgreSQL pool (postgres-pool.ts) wraps its own lost connections in DatabaseUnavailable instead.
  return false;
}

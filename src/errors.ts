/**
 * One error hierarchy for the core. Every error carries a stable string `code` (for logs and adapters)
 * and an optional `cause`, so adapters can translate them into a safe sentence for users.
 */
import { removeInvisible } from './text/normalise.js';

export class MawjazError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The user (or a file) gave us something we cannot use; the message names what was wrong. */
export class InvalidInput extends MawjazError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid_input', message, options);
  }
}

export class NotFound extends MawjazError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('not_found', message, options);
  }
}

export class RateLimited extends MawjazError {
  readonly retryAfterMs: number;

  constructor(message: string, retryAfterMs: number, options?: { cause?: unknown }) {
    super('rate_limited', message, options);
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * The database cannot be reached just now (connection refused or dropped, PostgreSQL restarting or
 * refusing connections, a SQLite file busy, read-only or gone): worth trying again later, unlike a
 * bad query. db/database-errors.ts tells these apart from other failures.
 */
export class DatabaseUnavailable extends MawjazError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('database_unavailable', message, options);
  }
}

/** A remote fetch was refused (private address), too large, too slow or failed. */
export class FetchFailed extends MawjazError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('fetch_failed', message, options);
  }
}

/** A file, feed or page could not be parsed. */
export class ParseFailed extends MawjazError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('parse_failed', message, options);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

const QUOTED_MAX = 80;

/**
 * User input as an error message repeats it: quoted, on one line, without invisible or bidi
 * controls (a U+202E would reverse the rest of the line in a terminal) and cut to 80 characters.
 */
export function quoteInput(value: string): string {
  const clean = removeInvisible(value).replace(/\s+/gu, ' ').trim();
  const points = Array.from(clean);
  return JSON.stringify(points.length > QUOTED_MAX ? `${points.slice(0, QUOTED_MAX - 1).join('')}…` : clean);
}

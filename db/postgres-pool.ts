/**
 * The PostgreSQL connection pool behind kysely, made to outlive its database. pg reports a dropped
 * connection (PostgreSQL restarting, failing over, `pg_terminate_backend`) as an 'error' event on the
 * pool (an idle client) or on the client itself (a checked-out one); unheard, either ends the process.
 * Here both are heard, a client that lost its connection is discarded instead of going back to the
 * pool (kysely releases clients without saying why, and pg-pool would hand a half-closed one to the
 * next waiter), and the next query opens a new connection. Timeouts keep a database that stopped
 * answering from holding a request for ever: connecting (5 s), each statement (the server cancels it)
 * and, behind that, the client's own read timeout; TCP keepalive notices a peer that vanished.
 * https://node-postgres.com/apis/pool · https://node-postgres.com/apis/client
 */
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import pg from 'pg';
import { DatabaseUnavailable, errorMessage } from '../src/errors.js';
import { connectFailedForNow, connectionLost } from './database-errors.js';

export interface PostgresPoolOptions {
  url: string;
  /** Longest a statement may run before PostgreSQL cancels it. */
  queryTimeoutMs: number;
  /** A connection was lost (its client is already discarded); for a debug line, nothing to act on. */
  onConnectionError(error: Error): void;
}

/** Connecting longer than this means the database is away (a TCP connect and a trust or SCRAM handshake take milliseconds). */
const CONNECT_TIMEOUT_MS = 5_000;
/** The client gives up on an answer this long after the server should have cancelled the statement itself. */
const READ_TIMEOUT_MARGIN_MS = 5_000;
/** First keepalive probe after this much silence on a connection. */
const KEEPALIVE_DELAY_MS = 10_000;
/** How the server's connections are named in pg_stat_activity, unless the URL or PGAPPNAME names them. */
export const APPLICATION_NAME = 'mawjaz';

/** A checked-out client that remembers whether its connection broke, and says so when released. */
class DiscardingClient implements PostgresPoolClient {
  #client: pg.PoolClient;
  #broken: Error | undefined;

  constructor(client: pg.PoolClient) {
    this.#client = client;
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sqlOrCursor: string | PostgresCursor<R>, parameters: ReadonlyArray<unknown> = []): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // kysely only passes a cursor when the dialect is given a cursor class (streaming); ours is not.
    if (typeof sqlOrCursor !== 'string') throw new Error('streaming queries need a cursor class in the PostgreSQL dialect; none is configured');
    return this.#run<R>(sqlOrCursor, parameters);
  }

  async #run<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    try {
      const result = await this.#client.query(sql, [...parameters]);
      return { command: result.command as PostgresQueryResult<R>['command'], rowCount: result.rowCount ?? 0, rows: result.rows };
    } catch (error) {
      if (!connectionLost(error)) throw error;
      this.#broken = error instanceof Error ? error : new Error(errorMessage(error));
      // Marked here, where it is known to come from the database: a socket error code alone (ECONNREFUSED
      // from Slack or a feed) must never be mistaken for the database going away.
      throw new DatabaseUnavailable(`lost the connection to PostgreSQL: ${errorMessage(error)}`, { cause: error });
    }
  }

  release(): void {
    // With an error, pg-pool ends the client and forgets it rather than keeping it idle.
    this.#client.release(this.#broken);
  }
}

/** The pool for kysely's PostgresDialect, and `end` for closing it. */
export function createPostgresPool(options: PostgresPoolOptions): PostgresPool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: options.queryTimeoutMs,
    query_timeout: options.queryTimeoutMs + READ_TIMEOUT_MARGIN_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
    fallback_application_name: APPLICATION_NAME,
  });
  // An idle client's connection dropped: pg-pool has already removed it and only tells us.
  pool.on('error', (error) => options.onConnectionError(error));
  // A checked-out client's connection dropped between queries (pg-pool listens only while it is idle).
  pool.on('connect', (client) => client.on('error', (error) => options.onConnectionError(error)));
  return {
    async connect() {
      try {
        return new DiscardingClient(await pool.connect());
      } catch (error) {
        if (!connectFailedForNow(error)) throw error;
        throw new DatabaseUnavailable(`cannot connect to PostgreSQL: ${errorMessage(error)}`, { cause: error });
      }
    },
    end: () => pool.end(),
  };
}

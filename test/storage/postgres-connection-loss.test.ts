/**
 * The PostgreSQL pool under connection loss (db/postgres-pool.ts), below the server: a backend
 * terminated while its client sits idle in the pool, while it is checked out between two queries of a
 * transaction, or under a running query must raise nothing unhandled in this process (vitest fails a
 * run on an unhandled 'error' event), must fail only the work on that connection with an error that
 * says the database is away, and the next query must get a new connection. And a database that stops
 * answering altogether — a frozen network, here a local TCP relay that drops what it is given — must
 * not hold a query or a health probe for ever.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import { APPLICATION_NAME } from '../../db/postgres-pool.js';
import { loadConfig } from '../../src/config.js';
import { closeEngine, type Engine, openEngine } from '../../src/engine.js';
import { createLogger } from '../../src/logger.js';
import { createDatabaseHealth } from '../../src/server/database-health.js';
import { hasPostgres, postgresAdminUrl, tempPostgres, type TestDatabase } from '../support/databases.js';
import { withClient } from '../support/fan-out.js';

async function open(target: string, env: Record<string, string> = {}): Promise<Engine> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  return openEngine({ config, logger: createLogger(config), db: target });
}

async function backendPid(engine: Engine): Promise<number> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(engine.store.db);
  return rows[0]!.pid;
}

async function terminate(pid: number): Promise<void> {
  await withClient(postgresAdminUrl, (admin) => admin.query('SELECT pg_terminate_backend($1)', [pid]));
}

/** A TCP relay to PostgreSQL that, frozen, drops everything in both directions: a cut network or a hung host. */
class FreezableRelay {
  frozen = false;
  url = '';
  private readonly sockets = new Set<Socket>();
  private readonly server: Server = createServer((client) => {
    const postgres = new URL(postgresAdminUrl);
    const upstream = connect(Number(postgres.port || 5432), postgres.hostname);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => void (this.frozen || upstream.write(chunk)));
    upstream.on('data', (chunk: Buffer) => void (this.frozen || client.write(chunk)));
  });

  async start(database: string): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const url = new URL(database);
    url.host = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.url = url.toString();
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe.skipIf(!hasPostgres)('PostgreSQL connections lost under the pool', () => {
  let database: TestDatabase;
  let engine: Engine | undefined;

  beforeAll(async () => {
    database = await tempPostgres();
  });
  afterEach(async () => {
    if (engine) await closeEngine(engine);
    engine = undefined;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('names its connections, so operators can find them in pg_stat_activity', async () => {
    engine = await open(database.target);
    const pid = await backendPid(engine);
    const { rows } = await withClient(postgresAdminUrl, (admin) => admin.query<{ application_name: string }>('SELECT application_name FROM pg_stat_activity WHERE pid = $1', [pid]));
    expect(rows[0]?.application_name).toBe(APPLICATION_NAME);
  });

  it('a backend terminated under an idle client: nothing unhandled, and the next query gets a new connection', async () => {
    engine = await open(database.target);
    const idle = await backendPid(engine);
    await terminate(idle);
    await sleep(300); // the server's goodbye reaches the idle client: an 'error' event on the pool
    expect(await backendPid(engine)).not.toBe(idle);
  });

  it('a backend terminated under a transaction between its queries: that transaction fails as "database away", nothing unhandled, the next query gets a new connection', async () => {
    engine = await open(database.target);
    let inside = 0;
    const transaction = engine.store.db.transaction().execute(async (trx) => {
      inside = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;
      await terminate(inside);
      await sleep(300); // the 'error' event reaches the client while it is checked out and idle
      await trx.selectFrom('meta').select('key').execute();
    });
    await expect(transaction).rejects.toSatisfy(isDatabaseUnavailable);
    expect(await backendPid(engine)).not.toBe(inside);
  });

  it('a backend terminated under a running query: that query fails as "database away", the next query gets a new connection', async () => {
    engine = await open(database.target);
    const running = sql`select pg_sleep(30)`.execute(engine.store.db);
    // Watched from now on: it fails while the termination below is still being sent.
    const failed = expect(running).rejects.toSatisfy(isDatabaseUnavailable);
    let pid: number | undefined;
    for (let i = 0; i < 100 && pid === undefined; i++) {
      const { rows } = await withClient(postgresAdminUrl, (admin) => admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'select pg_sleep%'", [new URL(database.target).pathname.slice(1)]));
      pid = rows[0]?.pid;
      if (pid === undefined) await sleep(50);
    }
    expect(pid).toBeDefined();
    await terminate(pid!);
    await failed;
    expect(await backendPid(engine)).not.toBe(pid);
  });

  it('a database that stops answering: the health probe gives up at its limit, a query at the timeouts, and both work again once it answers', async () => {
    const relay = new FreezableRelay();
    await relay.start(database.target);
    try {
      // One-second statements: the client gives up on an answer five seconds after that.
      engine = await open(relay.url, { MAWJAZ_DB_QUERY_TIMEOUT_SECONDS: '1' });
      const health = createDatabaseHealth(engine, { probeTimeoutMs: 500 });
      expect(await health.check()).toEqual({ ok: true });
      relay.frozen = true;
      expect(await health.check()).toEqual({ ok: false, error: 'the database did not answer within 500 ms' });
      // The probe's connection is stuck; this query waits for a new one, which never completes its handshake.
      await expect(engine.store.db.selectFrom('meta').select('key').execute()).rejects.toSatisfy(isDatabaseUnavailable);
      relay.frozen = false;
      expect(await engine.store.db.selectFrom('meta').select('key').limit(1).execute()).toHaveLength(1);
      expect(await health.check()).toEqual({ ok: true });
    } finally {
      if (engine) await closeEngine(engine);
      engine = undefined;
      await relay.stop();
    }
  }, 30_000);
});

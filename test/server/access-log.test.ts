/**
 * Access logs as an operator reads them: one line per request with method, path, status and time,
 * a request id that is the caller's X-Request-Id when well-formed (else a new one), sent back, and
 * found on every line written while answering that request — also lines the engine writes deep
 * down, after awaits. Secrets a request carries (Authorization, cookies, Slack signatures, a token in
 * the query string) appear on no line. The logger is the project's own (its options, mixin, redaction
 * and scrubbing), writing to a stream the test reads.
 */
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { loggerOptions } from '../../src/logger.js';
import { createDatabaseHealth } from '../../src/server/database-health.js';
import { createHttpServer } from '../../src/server/http-server.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { closeLocal, listenLocally } from '../support/local-server.js';

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  req?: { method: string; path: string };
  res?: { statusCode: number };
  responseTime?: number;
}

const SECRET_TOKEN = 'query-token-1234567890abcdef';
const BEARER = 'bearer-secret-abcdef1234567890';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

describe('access logs and request ids', () => {
  let database: TestDatabase;
  let engine: Engine;
  let server: Server;
  let url = '';
  const raw: string[] = [];
  const lines = () => raw.map((text) => JSON.parse(text) as Line);

  beforeAll(async () => {
    database = tempSqlite();
    const base = await testEngine(database.target);
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (raw.push(chunk.toString('utf8')), done()) });
    engine = { ...base, logger: pino(loggerOptions(loadConfig({ LOG_LEVEL: 'debug', NODE_ENV: 'test' })), sink) };
    server = createHttpServer(engine, [
      {
        method: 'POST',
        path: '/work',
        // As a handler deep in the engine logs: through the engine's logger, after awaits, never handed the request.
        handle: async (_req, res) => {
          engine.logger.info('started the work');
          await new Promise((resolve) => setTimeout(resolve, 20));
          await engine.store.db.selectFrom('feeds').select('id').execute();
          engine.logger.warn({ step: 2 }, 'still working');
          res.writeHead(200).end('done');
        },
      },
    ], [], createDatabaseHealth(engine));
    url = await listenLocally(server);
  });
  beforeEach(() => void raw.splice(0));
  afterAll(async () => {
    await closeLocal(server);
    if (engine) await closeEngine(engine);
    await database?.drop();
  });

  it('writes one access line per request, and the request id on every line of it, sent back as X-Request-Id', async () => {
    const [first, second] = await Promise.all([fetch(`${url}/work`, { method: 'POST' }), fetch(`${url}/work`, { method: 'POST' })]);
    const ids = [first!.headers.get('x-request-id'), second!.headers.get('x-request-id')];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
    await Promise.all([first!.text(), second!.text()]);
    for (const id of ids) {
      const mine = lines().filter((line) => line.reqId === id);
      expect(mine.map((line) => line.msg)).toEqual(['started the work', 'still working', expect.stringMatching(/^POST \/work 200 \d+ ms$/)]);
      expect(mine[2]).toMatchObject({ level: 30, req: { method: 'POST', path: '/work' }, res: { statusCode: 200 } });
      expect(mine[2]!.responseTime).toBeGreaterThanOrEqual(20);
    }
  });

  it('keeps a well-formed X-Request-Id from the caller (a proxy), and replaces one that is not', async () => {
    const kept = await fetch(`${url}/work`, { method: 'POST', headers: { 'x-request-id': 'proxy-7f3a.42:1' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-7f3a.42:1');
    await kept.text();
    for (const unfit of ['two words', 'x'.repeat(200), 'quote"d']) {
      const replaced = await fetch(`${url}/work`, { method: 'POST', headers: { 'x-request-id': unfit } });
      expect(replaced.headers.get('x-request-id'), unfit).toMatch(/^[0-9a-f-]{36}$/);
      await replaced.text();
    }
    expect(lines().filter((line) => line.reqId === 'proxy-7f3a.42:1')).toHaveLength(3);
  });

  it('logs no Authorization header, cookie, Slack signature or token from the query string', async () => {
    const res = await fetch(`${url}/work?token=${SECRET_TOKEN}&team=T1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${BEARER}`, cookie: `mawjaz_playground=${SECRET_TOKEN}`, 'x-slack-signature': SIGNATURE },
    });
    await res.text();
    const unmatched = await fetch(`${url}/nowhere?access_token=${SECRET_TOKEN}`, { headers: { authorization: `Basic ${BEARER}` } });
    await unmatched.text();
    const written = raw.join('');
    expect(lines().some((line) => line.msg.startsWith('POST /work 200'))).toBe(true);
    expect(lines().some((line) => line.msg.startsWith('GET /nowhere 404'))).toBe(true);
    for (const secret of [SECRET_TOKEN, BEARER, SIGNATURE, 'authorization', 'cookie', 'x-slack-signature', 'token=']) expect(written).not.toContain(secret);
  });

  it('logs /healthz at debug, not info (load balancers poll it every few seconds)', async () => {
    await (await fetch(`${url}/healthz`)).text();
    const access = lines().find((line) => line.msg.startsWith('GET /healthz'));
    expect(access?.level).toBe(20);
  });
});

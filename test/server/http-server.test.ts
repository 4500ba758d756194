/**
 * The server's own guard around its mounts: an adapter that throws or rejects costs one request a 500
 * (or, when it had started answering, a cut-off answer), is logged, and the server keeps answering;
 * malformed HTTP gets a 400 and a closed connection. Nothing may surface as an uncaught exception or
 * unhandled rejection (vitest fails the run on either).
 */
import type { Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine, type Engine } from '../../src/engine.js';
import { createDatabaseHealth } from '../../src/server/database-health.js';
import { createHttpServer, type Mount } from '../../src/server/http-server.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { closeLocal, listenLocally } from '../support/local-server.js';

describe('the HTTP server guards every mount', () => {
  let database: TestDatabase;
  let engine: Engine;
  let server: Server;
  let url = '';
  const logged: Array<{ level: number; msg: string; path?: string; err?: { message: string } }> = [];

  const mounts: Mount[] = [
    { method: 'GET', path: '/throws', handle: () => {
      throw new Error('thrown while handling');
    } },
    { method: 'GET', path: '/rejects', handle: async () => {
      await Promise.resolve();
      throw new Error('rejected while handling');
    } },
    { method: 'GET', path: '/rejects-mid-answer', handle: async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw new Error('rejected after answering began');
    } },
    { method: 'GET', path: '/fine', handle: (_req, res) => void res.writeHead(200).end('fine') },
  ];

  beforeAll(async () => {
    database = tempSqlite();
    const base = await testEngine(database.target);
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (logged.push(JSON.parse(chunk.toString('utf8'))), done()) });
    engine = { ...base, logger: pino({ level: 'debug' }, sink) };
    server = createHttpServer(engine, mounts, [], createDatabaseHealth(engine));
    url = await listenLocally(server);
  });
  afterAll(async () => {
    await closeLocal(server);
    if (engine) await closeEngine(engine);
    await database?.drop();
  });

  it('answers 500 for a mount that throws or rejects, logs it, and answers the next request', async () => {
    for (const path of ['/throws', '/rejects']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(500);
      expect(await res.json(), path).toEqual({ error: 'internal error' });
      expect((await fetch(`${url}/fine`)).status).toBe(200);
    }
    const errors = logged.filter((line) => line.level === 50 && line.msg === 'request handler failed');
    expect(errors.map((line) => [line.path, line.err?.message])).toEqual([
      ['/throws', 'thrown while handling'],
      ['/rejects', 'rejected while handling'],
    ]);
  });

  it('cuts off an answer already under way when its mount rejects, instead of passing it off as whole', async () => {
    const res = await fetch(`${url}/rejects-mid-answer`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect((await fetch(`${url}/fine`)).status).toBe(200);
  });

  it('answers malformed HTTP with 400 and closes the connection', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      socket.write('GET /fine HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n');
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(logged.some((line) => line.msg === 'malformed HTTP request')).toBe(true);
    expect((await fetch(`${url}/fine`)).status).toBe(200);
  });
});

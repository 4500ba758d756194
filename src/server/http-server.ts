/**
 * The one HTTP server of `mawjaz serve`: platform endpoints (Slack at /slack/events, Teams at
 * /api/messages, the playground at / and under /playground/) mounted by their adapters, and GET
 * /healthz for load balancers (database-health.ts). Plain node:http: each adapter brings its own
 * request handling (Bolt's receiver, botbuilder's adapter). One bad request never ends the process:
 * whatever a mount throws or rejects with is logged and answered 500, and malformed HTTP is answered
 * 400 and closed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Engine } from '../engine.js';
import type { Logger } from '../logger.js';
import type { DatabaseHealth } from './database-health.js';

export interface Mount {
  /** 'ANY': the mount answers every method itself (405s included). */
  method: 'GET' | 'POST' | 'ANY';
  path: string;
  /** Every path that starts with `path` (ending in a slash) goes to this mount. */
  prefix?: boolean;
  /** May throw or reject: the server turns that into a logged 500 (see `guarded`). */
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Answers 200 only when the database answers, 503 within the probe's time limit when it does not: a
 * replica that lost it should leave the pool, and come back into it once the database is back. Why it
 * failed is logged (once per outage, database-health.ts), not told to whoever asks.
 */
async function health(engine: Engine, database: DatabaseHealth, platforms: readonly string[], res: ServerResponse): Promise<void> {
  const report = await database.check();
  if (report.ok) send(res, 200, { ok: true, database: engine.store.dialect, platforms });
  else send(res, 503, { ok: false, database: engine.store.dialect, error: 'database unreachable' });
}

/** A mount's failure as a 500 when nothing was sent yet (else the half-sent answer is cut off), never an unhandled exception or rejection. */
function guarded(logger: Logger, mount: Mount): (req: IncomingMessage, res: ServerResponse) => void {
  const failed = (res: ServerResponse) => (error: unknown) => {
    logger.error({ err: error, path: mount.path }, 'request handler failed');
    if (!res.headersSent) send(res, 500, { error: 'internal error' });
    else if (!res.writableEnded) res.destroy();
  };
  return (req, res) => {
    try {
      const pending = mount.handle(req, res);
      if (pending !== undefined) pending.catch(failed(res));
    } catch (error) {
      failed(res)(error);
    }
  };
}

/** Malformed HTTP (Node's parser refused it): answered as Node would, and logged, at debug (scanners send plenty). */
function clientError(logger: Logger): (error: NodeJS.ErrnoException, socket: Duplex) => void {
  return (error, socket) => {
    logger.debug({ code: error.code }, 'malformed HTTP request');
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
}

export function createHttpServer(engine: Engine, mounts: readonly Mount[], platforms: readonly string[], database: DatabaseHealth): Server {
  const handlers = new Map(mounts.map((mount) => [mount, guarded(engine.logger, mount)]));
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'use GET' });
      void health(engine, database, platforms, res);
      return;
    }
    const mount = mounts.find((m) => (m.prefix ? path.startsWith(m.path) : m.path === path));
    if (!mount) return send(res, 404, { error: `nothing at ${path.slice(0, 100)}` });
    if (mount.method !== 'ANY' && req.method !== mount.method) return send(res, 405, { error: `use ${mount.method}` });
    handlers.get(mount)?.(req, res);
  });
  server.on('clientError', clientError(engine.logger));
  return server;
}

/**
 * The one HTTP server of `mawjaz serve`: platform endpoints (Slack at /slack/events, Teams at
 * /api/messages, the playground at / and under /playground/) mounted by their adapters, and GET
 * /healthz for load balancers (database-health.ts). Plain node:http: each adapter brings its own
 * request handling (Bolt's receiver, botbuilder's adapter). One bad request never ends the process:
 * whatever a mount throws or rejects with is logged and answered 500, and malformed HTTP is answered
 * 400 and closed. Every request gets an id (X-Request-Id, honoured when well-formed, else new; sent back),
 * one access-log line (access-log.ts), the id on every log line written while answering it
 * (src/http/request-context.ts), and, when metrics are on, a latency sample by route pattern.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Engine } from '../engine.js';
import { inRequest, requestIdFrom } from '../http/request-context.js';
import type { Logger } from '../logger.js';
import { secondsSince } from '../metrics/recorder.js';
import { createAccessLog, pathOf } from './access-log.js';
import type { DatabaseHealth } from './database-health.js';
import type { Mount } from '../http/mount.js';

export type { Mount };

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

/** A mount's route as a metrics label: its pattern, never the URL asked for (the label's values must stay few). */
function routeOf(mount: Mount): string {
  return mount.prefix ? `${mount.path}*` : mount.path;
}

export function createHttpServer(engine: Engine, mounts: readonly Mount[], platforms: readonly string[], database: DatabaseHealth): Server {
  const handlers = new Map(mounts.map((mount) => [mount, guarded(engine.logger, mount)]));
  const accessLog = createAccessLog(engine.logger);

  /** Answers the request; returns the route that did, for the metrics. */
  function route(req: IncomingMessage, res: ServerResponse): string {
    const path = pathOf(req);
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') send(res, 405, { error: 'use GET' });
      else void health(engine, database, platforms, res);
      return '/healthz';
    }
    const mount = mounts.find((m) => (m.prefix ? path.startsWith(m.path) : m.path === path));
    if (!mount) {
      send(res, 404, { error: `nothing at ${path.slice(0, 100)}` });
      return 'unmatched';
    }
    if (mount.method !== 'ANY' && req.method !== mount.method) send(res, 405, { error: `use ${mount.method}` });
    else handlers.get(mount)?.(req, res);
    return routeOf(mount);
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    req.id = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', req.id);
    inRequest(req.id, () => {
      accessLog(req, res);
      const answeredBy = route(req, res);
      const { metrics } = engine;
      if (metrics) {
        res.once('close', () => metrics.httpRequest({ method: req.method ?? 'unknown', route: answeredBy, status: res.writableFinished ? res.statusCode : 'aborted', seconds: secondsSince(started) }));
      }
    });
  });
  server.on('clientError', clientError(engine.logger));
  return server;
}

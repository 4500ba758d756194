/**
 * The one HTTP server of `mawjaz serve`: platform endpoints (Slack at /slack/events, Teams at
 * /api/messages, the playground at / and under /playground/) mounted by their adapters, and GET
 * /healthz for load balancers (database-health.ts). Plain node:http: each adapter brings its own
 * request handling (Bolt's receiver, botbuilder's adapter).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Engine } from '../engine.js';
import type { DatabaseHealth } from './database-health.js';

export interface Mount {
  /** 'ANY': the mount answers every method itself (405s included). */
  method: 'GET' | 'POST' | 'ANY';
  path: string;
  /** Every path that starts with `path` (ending in a slash) goes to this mount. */
  prefix?: boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
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

export function createHttpServer(engine: Engine, mounts: readonly Mount[], platforms: readonly string[], database: DatabaseHealth): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'use GET' });
      void health(engine, database, platforms, res);
      return;
    }
    const mount = mounts.find((m) => (m.prefix ? path.startsWith(m.path) : m.path === path));
    if (!mount) return send(res, 404, { error: `nothing at ${path.slice(0, 100)}` });
    if (mount.method !== 'ANY' && req.method !== mount.method) return send(res, 405, { error: `use ${mount.method}` });
    mount.handle(req, res);
  });
}

/**
 * /playground/api/*: the JSON API of the playground page. Every call is authorised (playground-auth.ts);
 * POSTs must be JSON; bodies are checked with zod. Errors answer {"error"}: 400 for bad input (naming the
 * field), 404 for what does not exist, 500 (logged, not detailed) for our own failures.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MawjazError } from '../../src/errors.js';
import { briefRoutes } from './brief-routes.js';
import { chatRoutes } from './chat-routes.js';
import { operatorRoutes } from './operator-routes.js';
import type { PlaygroundAuth } from './playground-auth.js';
import type { PlaygroundContext, Route } from './playground-context.js';
import { HttpError, readJson, sendJson } from './playground-http.js';

export const API_PATH = '/playground/api';
const ROUTES: readonly Route[] = [...chatRoutes, ...briefRoutes, ...operatorRoutes];

function statusOf(error: MawjazError): number {
  if (error.code === 'not_found') return 404;
  if (error.code === 'invalid_input') return 400;
  if (error.code === 'rate_limited') return 429;
  return 502;
}

export async function handleApi(context: PlaygroundContext, auth: PlaygroundAuth, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    auth.check(req);
    const url = new URL(req.url ?? '/', 'http://playground');
    const path = url.pathname.slice(API_PATH.length);
    const matching = ROUTES.map((route) => ({ route, match: route.path.exec(path) })).filter((m) => m.match !== null);
    if (matching.length === 0) throw new HttpError(404, `no playground API at ${url.pathname.slice(0, 100)}`);
    const found = matching.find((m) => m.route.method === req.method);
    if (!found?.match) throw new HttpError(405, `use ${matching.map((m) => m.route.method).join(' or ')}`);
    let params: string[];
    try {
      params = found.match.slice(1).map((p) => decodeURIComponent(p ?? ''));
    } catch {
      throw new HttpError(400, 'the path is not valid URL encoding');
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      auth.checkStateChange(req);
      body = await readJson(req);
    }
    sendJson(res, 200, await found.route.handle(context, { params, query: url.searchParams, body }));
  } catch (error) {
    if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
    if (error instanceof MawjazError) return sendJson(res, statusOf(error), { error: error.message });
    context.engine.logger.error({ err: error, path: (req.url ?? '').split('?')[0] }, 'playground: request failed');
    sendJson(res, 500, { error: 'the playground failed to answer this request (see the server log)' });
  }
}

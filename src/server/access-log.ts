/**
 * One access-log line per HTTP request (pino-http): method, path, status, time taken and the request
 * id (also sent back as X-Request-Id). What is logged of a request is a short allow-list, never its
 * headers or query string: Authorization, cookies, Slack's signatures and `?token=` stay out of the
 * logs whatever a client sends. /healthz and /metrics, polled every few seconds, log at debug.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';

/** The path alone: a query string may carry a token (the playground's ?token=, anything a client sends). */
export function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}

const POLLED = new Set(['/healthz', '/metrics']);

export function createAccessLog(logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  const middleware = pinoHttp({
    logger,
    // Set by the server before this runs (request-context.ts): honoured from X-Request-Id or new.
    genReqId: (req) => req.id,
    // Our serializers get Node's objects themselves, not pino-std-serializers' copies with every header.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req), remoteAddress: req.socket.remoteAddress, userAgent: req.headers['user-agent'] }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req, res, error) => (error !== undefined || res.statusCode >= 500 ? 'error' : POLLED.has(pathOf(req)) ? 'debug' : 'info'),
    // The id in the line itself as well: the line is written when the answer ends, which may be outside the request's context.
    customSuccessObject: (req, _res, fields: object) => ({ ...fields, reqId: req.id }),
    customErrorObject: (req, _res, _error, fields: object) => ({ ...fields, reqId: req.id }),
    customSuccessMessage: (req, res, ms) => `${req.method ?? '?'} ${pathOf(req)} ${res.statusCode} ${Math.round(ms)} ms`,
    customErrorMessage: (req, res) => `${req.method ?? '?'} ${pathOf(req)} ${res.statusCode} failed`,
  });
  return (req, res) => middleware(req, res);
}

/**
 * Which HTTP request the code running now serves, so that every log line written while answering it
 * carries its id (`reqId`) — including lines from deep in the engine, Bolt's receiver or botbuilder,
 * which log through the engine's logger and are never handed a per-request child logger. Node's
 * AsyncLocalStorage follows the request through every await; the logger reads it in a pino mixin
 * (src/logger.ts). Its cost: on Node 20 it turns on promise hooks for the whole process (measured:
 * about 0.2–0.4 ms more CPU per chat command, on 1.6 ms); Node 24's AsyncContextFrame makes it nearly free.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

interface RequestContext {
  reqId: string;
}

const current = new AsyncLocalStorage<RequestContext>();

/** What a proxy or client may send as X-Request-Id: short, and nothing a log reader could be fooled by (no spaces, quotes, newlines). */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id when it is well-formed (a proxy's id keeps one request traceable across both logs), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && WELL_FORMED.test(given) ? given : randomUUID();
}

/** Runs `work` (and everything it starts) as part of the request `reqId`. */
export function inRequest<T>(reqId: string, work: () => T): T {
  return current.run({ reqId }, work);
}

/** Fields every log line gets: the id of the request being answered, if any (a pino mixin). */
export function requestLogFields(): { reqId?: string } {
  const context = current.getStore();
  return context ? { reqId: context.reqId } : {};
}

/**
 * What an adapter hands the HTTP server (src/server/http-server.ts): a path it answers and its
 * handler. Kept apart from the server so adapters depend on this shape, not on the server itself.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Mount {
  /** 'ANY': the mount answers every method itself (405s included). */
  method: 'GET' | 'POST' | 'ANY';
  path: string;
  /** Every path that starts with `path` (ending in a slash) goes to this mount. */
  prefix?: boolean;
  /** May throw or reject: the server turns that into a logged 500 (see `guarded`). */
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

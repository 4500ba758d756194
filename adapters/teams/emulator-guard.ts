/**
 * The Emulator mode's door: /api/messages without authentication (MAWJAZ_TEAMS_EMULATOR, or
 * `serve --teams-emulator`) is for the Bot Framework Emulator on this machine and nothing else.
 *
 * A loopback peer alone proves little: a reverse proxy on the same host (the README's HTTPS setup)
 * makes every internet request arrive from 127.0.0.1. So a request showing any sign of a proxy in
 * front is refused too, and so is one a web page could send: the Emulator posts JSON, while a page
 * on another site can only send a "simple" cross-origin POST (text/plain, forms) without a preflight
 * we never answer. None of this makes the mode safe to expose; it is why it is off unless asked for.
 */
import type { IncomingMessage } from 'node:http';
import { isLoopback } from '../../src/http/loopback.js';
import { proxyHeaderOf } from '../../src/http/proxied.js';
import { BadActivityRequest } from './http-bridge.js';

/** Throws BadActivityRequest (403, 415) unless the request may reach the unauthenticated endpoint. */
export function admitEmulatorRequest(req: IncomingMessage): void {
  if (!isLoopback(req.socket.remoteAddress ?? '')) throw new BadActivityRequest(403, 'Emulator mode: only requests from this machine are accepted');
  const proxied = proxyHeaderOf(req);
  if (proxied) throw new BadActivityRequest(403, `Emulator mode: a request through a proxy (${proxied}) is refused; configure MICROSOFT_APP_ID to serve Teams behind one`);
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new BadActivityRequest(415, 'Emulator mode: activities must be sent as application/json');
}

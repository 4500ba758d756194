/**
 * Who may use the playground. Bound to a loopback address it is this machine's own: no token, but
 * only requests addressed to a loopback name are served (a web page elsewhere cannot reach it through
 * DNS rebinding). Bound elsewhere it requires MAWJAZ_PLAYGROUND_TOKEN, as `Authorization: Bearer` or
 * the HttpOnly, SameSite=Strict cookie set when the page is opened once as /?token=<token>.
 * State-changing calls must be JSON (a cross-site form cannot send that content type) and, when the
 * browser names an Origin, come from this one.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidInput } from '../../src/errors.js';
import { isLoopback } from '../../src/http/loopback.js';
import { bearerToken, sameToken } from '../../src/security/same-token.js';
import { HttpError } from './playground-http.js';

export const COOKIE = 'mawjaz_playground';
const TOKEN_VARIABLE = 'MAWJAZ_PLAYGROUND_TOKEN';
export interface PlaygroundAuth {
  /** Whether a token is required (the server is bound to a non-loopback address). */
  readonly tokenRequired: boolean;
  /** Throws HttpError (401, 403) unless the request may use the playground. */
  check(req: IncomingMessage): void;
  /** GET /?token=…: sets the cookie and redirects to / when the token is right; false when there is no token in the URL. */
  acceptTokenInUrl(req: IncomingMessage, res: ServerResponse): boolean;
  /** Throws HttpError unless a state-changing request is JSON from this origin. */
  checkStateChange(req: IncomingMessage): void;
}

function cookieOf(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** The Host header's name without its port. */
function hostName(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

/** Refuses, at start-up, a playground bound to a non-loopback address without a token. */
export function createPlaygroundAuth(boundHost: string, token: string | undefined): PlaygroundAuth {
  const tokenRequired = !isLoopback(boundHost);
  if (tokenRequired && token === undefined) {
    throw new InvalidInput(`the playground is bound to ${boundHost}, which is not a loopback address: set ${TOKEN_VARIABLE} (at least 16 random characters) so only people with it can use it, or bind 127.0.0.1`);
  }
  return {
    tokenRequired,
    check(req) {
      if (!tokenRequired) {
        if (!isLoopback(hostName(req))) throw new HttpError(403, 'the playground answers only requests addressed to this machine (localhost or 127.0.0.1)');
        return;
      }
      const given = bearerToken(req) ?? cookieOf(req, COOKIE);
      if (given === null || given === '' || !sameToken(given, token ?? '')) {
        throw new HttpError(401, `the playground needs its token (${TOKEN_VARIABLE}): open /?token=<token> once, or send Authorization: Bearer <token>`);
      }
    },
    acceptTokenInUrl(req, res) {
      const given = new URL(req.url ?? '/', 'http://playground').searchParams.get('token');
      if (given === null) return false;
      if (!tokenRequired) {
        res.writeHead(303, { location: '/', 'cache-control': 'no-store' }).end();
        return true;
      }
      if (!sameToken(given, token ?? '')) throw new HttpError(401, `wrong token: use the value of ${TOKEN_VARIABLE}`);
      res.writeHead(303, {
        location: '/',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'set-cookie': `${COOKIE}=${encodeURIComponent(given)}; Path=/; HttpOnly; SameSite=Strict`,
      });
      res.end();
      return true;
    },
    checkStateChange(req) {
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') throw new HttpError(415, 'send the body as JSON with content-type: application/json');
      const origin = req.headers.origin;
      if (origin !== undefined && (!URL.canParse(origin) || new URL(origin).host !== req.headers.host)) {
        throw new HttpError(403, `requests from ${origin.slice(0, 100)} are not accepted: use the playground's own page`);
      }
    },
  };
}

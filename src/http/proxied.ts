/**
 * Whether a request came through a reverse proxy. A loopback peer alone proves little: a proxy on the
 * same host (the README's HTTPS setup) makes every internet request arrive from 127.0.0.1. What is
 * open to this machine only (Teams' Emulator mode, /metrics without a token) refuses proxied requests.
 */
import type { IncomingMessage } from 'node:http';

/** Headers proxies add (Caddy and Apache set X-Forwarded-For by default; nginx when configured, as usual). */
export const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip', 'via'] as const;

/** The first proxy header the request carries, or null. */
export function proxyHeaderOf(req: IncomingMessage): string | null {
  return PROXY_HEADERS.find((name) => req.headers[name] !== undefined) ?? null;
}

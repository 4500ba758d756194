/**
 * Where `mawjaz serve` answers GET /metrics, and who may read it. Metrics say how busy the bot is and
 * which platforms it talks to: on a loopback bind they are served (only this machine, or a scraper
 * beside it, can ask); on any other address they need MAWJAZ_METRICS_TOKEN (the scraper sends it as
 * Authorization: Bearer) or their own listener (MAWJAZ_METRICS_PORT, bound to MAWJAZ_METRICS_HOST,
 * where the operator decides), else they stay off and the start-up log says why. Without a token, a
 * request that came through a reverse proxy is refused: a proxy on this machine (the README's HTTPS
 * setup) would otherwise hand the loopback-only metrics to the internet.
 */
import type { ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import { isLoopback } from '../http/loopback.js';
import { proxyHeaderOf } from '../http/proxied.js';
import { bearerToken, sameToken } from '../security/same-token.js';
import type { Mount } from './http-server.js';

export type MetricsPlan =
  | { where: 'off'; why: string; warn: boolean }
  | { where: 'main'; token: string | null }
  | { where: 'own-listener'; host: string; port: number; token: string | null };

export function metricsPlan(config: Config, boundHost: string): MetricsPlan {
  if (config.MAWJAZ_METRICS === 'off') return { where: 'off', why: 'metrics are off (MAWJAZ_METRICS=off): /metrics is not served', warn: false };
  const token = config.MAWJAZ_METRICS_TOKEN ?? null;
  if (config.MAWJAZ_METRICS_PORT !== undefined) return { where: 'own-listener', host: config.MAWJAZ_METRICS_HOST, port: config.MAWJAZ_METRICS_PORT, token };
  if (isLoopback(boundHost) || token !== null) return { where: 'main', token };
  return {
    where: 'off',
    why: `metrics are off: the server is bound to ${boundHost}, not a loopback address, so /metrics needs MAWJAZ_METRICS_TOKEN (scrapers send Authorization: Bearer <token>) or MAWJAZ_METRICS_PORT (a listener of its own, on MAWJAZ_METRICS_HOST)`,
    // Asked for and not given: say so louder than when nobody asked.
    warn: config.MAWJAZ_METRICS === 'on',
  };
}

const refuse = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${text}\n`);
};

/** GET /metrics: the exposition text, behind the bearer token when there is one (401 without it). */
export function metricsMount(scrape: () => Promise<{ contentType: string; body: string }>, token: string | null): Mount {
  return {
    method: 'GET',
    path: '/metrics',
    async handle(req, res) {
      const given = bearerToken(req);
      if (token !== null && (given === null || !sameToken(given, token))) return refuse(res, 401, 'metrics need Authorization: Bearer <MAWJAZ_METRICS_TOKEN>', { 'www-authenticate': 'Bearer realm="mawjaz metrics"' });
      const proxied = token === null ? proxyHeaderOf(req) : null;
      if (proxied !== null) return refuse(res, 403, `metrics without MAWJAZ_METRICS_TOKEN are for this machine only; this request came through a proxy (${proxied})`);
      const { contentType, body } = await scrape();
      res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
      res.end(body);
    },
  };
}

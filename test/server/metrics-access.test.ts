/**
 * Who can read /metrics. On a loopback bind it is served; on a public bind only with a bearer token
 * (401 without it or with a wrong one) or on a listener of its own, else it is off (404) and the
 * start-up log says why; MAWJAZ_METRICS=off turns it off anywhere. Without a token, a request that came
 * through a reverse proxy is refused (403). The rules, then the real server.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { metricsPlan } from '../../src/server/metrics-access.js';
import { startServer } from '../support/fake-slack.js';
import { tempSqlite } from '../support/databases.js';

const TOKEN = 'metrics-token-0123456789abcdef';
// A server without the playground (it would load the samples into each new database first): /healthz only.
const NO_PLAYGROUND = { NODE_ENV: 'production' };
const config = (env: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'test', ...env });

describe('where /metrics is served', () => {
  it('serves it on a loopback bind, without a token unless one is set', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) expect(metricsPlan(config(), host)).toEqual({ where: 'main', token: null });
    expect(metricsPlan(config({ MAWJAZ_METRICS_TOKEN: TOKEN }), '127.0.0.1')).toEqual({ where: 'main', token: TOKEN });
  });

  it('keeps it off on a public bind without a token or a port of its own, and says how to turn it on', () => {
    const plan = metricsPlan(config(), '0.0.0.0');
    expect(plan).toMatchObject({ where: 'off', warn: false });
    expect(plan.where === 'off' && plan.why).toMatch(/bound to 0\.0\.0\.0.*MAWJAZ_METRICS_TOKEN.*MAWJAZ_METRICS_PORT/);
    // Asked for explicitly: still off, said as a warning.
    expect(metricsPlan(config({ MAWJAZ_METRICS: 'on' }), '10.0.0.5')).toMatchObject({ where: 'off', warn: true });
  });

  it('serves it on a public bind with a token, or on its own listener', () => {
    expect(metricsPlan(config({ MAWJAZ_METRICS_TOKEN: TOKEN }), '0.0.0.0')).toEqual({ where: 'main', token: TOKEN });
    expect(metricsPlan(config({ MAWJAZ_METRICS_PORT: '9464' }), '0.0.0.0')).toEqual({ where: 'own-listener', host: '127.0.0.1', port: 9464, token: null });
    expect(metricsPlan(config({ MAWJAZ_METRICS_PORT: '9464', MAWJAZ_METRICS_HOST: '10.0.0.5' }), '0.0.0.0')).toMatchObject({ where: 'own-listener', host: '10.0.0.5' });
  });

  it('turns it off everywhere with MAWJAZ_METRICS=off', () => {
    expect(metricsPlan(config({ MAWJAZ_METRICS: 'off', MAWJAZ_METRICS_TOKEN: TOKEN, MAWJAZ_METRICS_PORT: '9464' }), '127.0.0.1')).toMatchObject({ where: 'off' });
  });

  it('refuses a short token, and treats the token as a secret', () => {
    expect(() => config({ MAWJAZ_METRICS_TOKEN: 'short' })).toThrow(/MAWJAZ_METRICS_TOKEN: use at least 16 random characters/);
  });
});

describe('/metrics on the real server', () => {
  const scrape = (base: string, headers: Record<string, string> = {}) => fetch(`${base}/metrics`, { headers });

  it('answers on loopback by default, and 401 without the token or with a wrong one when one is set', async () => {
    const open = await startServer(tempSqlite().target, NO_PLAYGROUND);
    try {
      const res = await scrape(open.url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('# TYPE mawjaz_http_request_duration_seconds histogram');
      // A reverse proxy on this machine must not hand the loopback-only metrics to the internet.
      for (const header of ['x-forwarded-for', 'forwarded', 'via']) {
        const proxied = await scrape(open.url, { [header]: header === 'forwarded' ? 'for=203.0.113.9' : '203.0.113.9' });
        expect(proxied.status, header).toBe(403);
        expect(await proxied.text()).toContain(`came through a proxy (${header})`);
      }
    } finally {
      await open.stop();
    }
    const guarded = await startServer(tempSqlite().target, { ...NO_PLAYGROUND, MAWJAZ_METRICS_TOKEN: TOKEN });
    try {
      for (const headers of [{}, { authorization: `Bearer ${TOKEN}x` }, { authorization: `Basic ${TOKEN}` }] as Array<Record<string, string>>) {
        const res = await scrape(guarded.url, headers);
        expect(res.status, JSON.stringify(headers)).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(await res.text()).not.toContain('mawjaz_');
      }
      const res = await scrape(guarded.url, { authorization: `Bearer ${TOKEN}` });
      expect(res.status).toBe(200);
      // With the token, a scraper may come through a proxy.
      expect((await scrape(guarded.url, { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '10.0.0.9' })).status).toBe(200);
      expect(await res.text()).toContain('mawjaz_outbox_rows{status="pending"}');
    } finally {
      await guarded.stop();
    }
  }, 60_000);

  it('is off (404) on a public bind without a token, and says so once at start; its own listener serves it', async () => {
    const env = { ...NO_PLAYGROUND, LOG_LEVEL: 'info' };
    const exposed = await startServer(tempSqlite().target, env, ['--host', '0.0.0.0']);
    try {
      const base = exposed.url.replace('0.0.0.0', '127.0.0.1');
      expect((await scrape(base)).status).toBe(404);
      // The logger's line may reach the pipe after the "serving on" line the start waited for.
      await vi.waitFor(() => expect(exposed.output().match(/metrics are off: the server is bound to 0\.0\.0\.0/g)).toHaveLength(1), { timeout: 5000 });
    } finally {
      await exposed.stop();
    }
    const ownPort = await startServer(tempSqlite().target, { ...env, MAWJAZ_METRICS_PORT: '0' }, ['--host', '0.0.0.0']);
    try {
      const listener = /metrics on (http:\/\/[^\s]+)\/metrics/.exec(ownPort.output())?.[1];
      expect(listener).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await scrape(listener!)).status).toBe(200);
      expect((await scrape(ownPort.url.replace('0.0.0.0', '127.0.0.1'))).status).toBe(404);
    } finally {
      await ownPort.stop();
    }
  }, 60_000);
});

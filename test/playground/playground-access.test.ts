/**
 * When `mawjaz serve` serves the playground, and who may use it: off when a platform has credentials
 * or in production (unless --playground), on a public address only with MAWJAZ_PLAYGROUND_TOKEN
 * (refused at start-up without it), carried as a Bearer token or the cookie set by /?token=.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, samplesNewsDir } from '../support/cli.js';
import { type TestDatabase, tempSqlite } from '../support/databases.js';
import { type ServerProcess, startServer } from '../support/fake-slack.js';
import { call } from './playground-client.js';

const TOKEN = 'playground-token-0123456789abcdef';
const PUBLIC = { MAWJAZ_HOST: '0.0.0.0' };
const TEAMS = { MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' };

/** The server bound to 0.0.0.0 is reached on the loopback address. */
const local = (server: ServerProcess) => server.url.replace('0.0.0.0', '127.0.0.1');

describe('playground access', () => {
  let database: TestDatabase;
  const servers: ServerProcess[] = [];
  const start = async (env: Record<string, string>, args: string[] = []) => {
    const server = await startServer(database.target, env, args);
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    database = tempSqlite();
    // Articles already there: no server here loads the samples again.
    expect((await runCli(['ingest', samplesNewsDir, '--db', database.target, '--no-progress'])).code).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.drop();
  });

  it('refuses to start on a public address without the token, naming the variable', async () => {
    const failed = await start(PUBLIC).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/server exited with 2/);
    expect(failed).toContain('MAWJAZ_PLAYGROUND_TOKEN');
    expect(failed).toContain('0.0.0.0');
  });

  it('on a public address requires the token: as a Bearer header, or the HttpOnly cookie set by /?token=', async () => {
    const server = await start({ ...PUBLIC, MAWJAZ_PLAYGROUND_TOKEN: TOKEN });
    const base = local(server);
    expect(server.output()).toContain('?token=<MAWJAZ_PLAYGROUND_TOKEN> once');
    expect(server.output()).not.toContain(TOKEN);
    expect(server.output()).not.toContain('bundled samples were loaded');

    const anonymous = await call(base, '/playground/api/state');
    expect(anonymous.status).toBe(401);
    expect((anonymous.body as { error: string }).error).toContain('MAWJAZ_PLAYGROUND_TOKEN');
    expect((await call(base, '/playground/api/state', { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await call(base, '/')).status).toBe(401);
    expect((await call(base, '/playground/assets/vendor/adaptivecards.min.js')).status).toBe(401);
    expect((await call(base, '/playground/api/command', { json: { text: 'follow egypt', place: 'dm' } })).status).toBe(401);

    const bearer = await call<{ user: { id: string } }>(base, '/playground/api/state', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    expect(bearer.body.user.id).toBe('you');

    expect((await call(base, '/?token=not-the-token')).status).toBe(401);
    const opened = await call(base, `/?token=${TOKEN}`);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/');
    const cookie = opened.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mawjaz_playground=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const jar = cookie.split(';')[0] ?? '';
    const withCookie = await call(base, '/playground/api/command', { json: { text: 'follow egypt', place: 'dm' }, headers: { cookie: jar } });
    expect(withCookie.status).toBe(200);
    expect((withCookie.body as { kind: string }).kind).toBe('subscription');
    // The page itself, once the cookie is set (503 until the page is in the checkout, never 401).
    expect((await call(base, '/', { headers: { cookie: jar } })).status).not.toBe(401);
    // The cookie does not stand in for the CSRF guard.
    expect((await call(base, '/playground/api/command', { raw: '{"text":"list","place":"dm"}', headers: { cookie: jar, 'content-type': 'text/plain' } })).status).toBe(415);
  });

  it('is off when a platform has credentials or in production, unless --playground asks for it', async () => {
    const [teams, teamsAsked, production, productionAsked] = await Promise.all([
      start(TEAMS),
      start(TEAMS, ['--playground']),
      start({ NODE_ENV: 'production' }),
      start({ NODE_ENV: 'production' }, ['--playground']),
    ]);
    for (const off of [teams, production]) {
      expect(off.output()).not.toContain('playground: open');
      const answer = await call(off.url, '/playground/api/state');
      expect(answer.status).toBe(404);
      expect((await call(off.url, '/')).status).toBe(404);
    }
    for (const on of [teamsAsked, productionAsked]) {
      expect(on.output()).toContain(`playground: open ${on.url}/`);
      expect((await call(on.url, '/playground/api/state')).status).toBe(200);
    }
    expect((await call(teamsAsked.url, '/healthz')).body).toMatchObject({ platforms: ['teams', 'playground'] });
    expect((await call(productionAsked.url, '/healthz')).body).toMatchObject({ platforms: ['playground'] });
  });
});

/**
 * Who may talk to /api/messages: with MICROSOFT_APP_ID set, only requests carrying the Bot
 * Connector's token; in production without credentials, nobody (Teams stays off); and a half-set
 * configuration stops the server with a message naming what is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { FakeBotConnector, personalMessage } from '../../support/fake-bot-connector.js';
import { type ServerProcess, startServer } from '../../support/fake-slack.js';

const APP_ID = '4f1c2a9e-6b0d-4c1e-9a55-3f0e2d1c0b9a';

describe('Teams authentication', () => {
  let database: TestDatabase;
  let connector: FakeBotConnector;
  let authenticated: ServerProcess;
  let production: ServerProcess;

  beforeAll(async () => {
    database = tempSqlite();
    connector = new FakeBotConnector();
    await connector.start();
    authenticated = await startServer(database.target, { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret' });
    production = await startServer(database.target, { NODE_ENV: 'production' });
  }, 60_000);
  afterAll(async () => {
    await authenticated?.stop();
    await production?.stop();
    await connector?.stop();
    await database?.drop();
  });

  it('refuses an activity without the Bot Connector token when an app id is set, and sends nothing', async () => {
    const res = await fetch(`${authenticated.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector.url, 'egypt')) });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.calls).toEqual([]);
    expect(authenticated.output()).not.toContain('not-a-real-secret');
  });

  it('keeps Teams off in production without credentials', async () => {
    expect(await (await fetch(`${production.url}/healthz`)).json()).toMatchObject({ platforms: [] });
    expect((await fetch(`${production.url}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect(production.output()).toMatch(/Teams is off: MICROSOFT_APP_ID is not set/);
  });

  it('stops at start when the app id comes without its password, or a single tenant without its tenant', async () => {
    const noPassword = await runCli(['serve', '--port', '0', '--db', database.target], { env: { MICROSOFT_APP_ID: APP_ID } });
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not');
    const noTenant = await runCli(['serve', '--port', '0', '--db', database.target], { env: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TYPE: 'SingleTenant' } });
    expect(noTenant.code).toBe(2);
    expect(noTenant.stderr).toContain('MICROSOFT_APP_TYPE is SingleTenant but MICROSOFT_APP_TENANT_ID is not set');
    const badId = await runCli(['serve', '--port', '0', '--db', database.target], { env: { MICROSOFT_APP_ID: 'bot-123' } });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain("MICROSOFT_APP_ID: must be the bot's Microsoft App ID");
  });
});

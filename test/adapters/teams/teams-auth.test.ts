/**
 * Who may talk to /api/messages, on the real `mawjaz serve`: with MICROSOFT_APP_ID, only activities
 * whose Bot Connector token verifies against the keys Microsoft publishes (here a local fake
 * publishing a test key, MICROSOFT_OPENID_METADATA_URL); every other token — none, `alg: none`,
 * HS256 keyed with the public key, another key's signature, another bot's audience, expired — gets a
 * 401 with a fixed body and changes nothing; Microsoft's keys out of reach is a 503 with Retry-After;
 * the serviceUrl allow-list holds for authenticated activities and stored references too. Without
 * credentials Teams is off unless the Emulator mode is asked for, which production refuses.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { FakeBotConnector, personalMessage, TENANT } from '../../support/fake-bot-connector.js';
import { FakeBotIdentity } from '../../support/fake-bot-identity.js';
import { type ServerProcess, startServer } from '../../support/fake-slack.js';

const APP_ID = '4f1c2a9e-6b0d-4c1e-9a55-3f0e2d1c0b9a';
const OTHER_BOT = '0b9a2c1d-5e4f-4a3b-8c7d-6e5f4a3b2c1d';
const FORGER = { id: '29:forger', name: 'Forger', aadObjectId: '0f0f0f0f-1111-4222-8333-999999999999' };

function rows(db: string, sql: string, ...params: unknown[]): unknown[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare(sql).all(...params);
  } finally {
    handle.close();
  }
}

/** The server's output once it shows every pattern: log lines reach the pipe a little after the answer. */
async function loggedAll(server: ServerProcess, patterns: readonly RegExp[], timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!patterns.every((pattern) => pattern.test(server.output())) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return server.output();
}

async function post(server: ServerProcess, activity: unknown, authorization?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  return fetch(`${server.url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
}

describe('Teams with credentials: Bot Connector tokens', () => {
  let database: TestDatabase;
  let identity: FakeBotIdentity;
  let connector: FakeBotConnector;
  /** A Connector-shaped server outside the allow-list: nothing may ever reach it. */
  let stranger: FakeBotConnector;
  let server: ServerProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = tempSqlite();
    identity = new FakeBotIdentity();
    connector = new FakeBotConnector();
    stranger = new FakeBotConnector();
    await Promise.all([identity.start(), connector.start(), stranger.start()]);
    env = { ...identity.managedIdentityEnv(APP_ID, TENANT), MAWJAZ_TEAMS_SERVICE_URLS: connector.url, MAWJAZ_SCHEDULER_SECONDS: '0' };
    server = await startServer(database.target, env);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await Promise.all([identity?.stop(), connector?.stop(), stranger?.stop()]);
    await database?.drop();
  });

  it('accepts an activity whose token verifies, and replies through the Connector with the bot\'s own token', async () => {
    const res = await post(server, personalMessage(connector.url, 'follow egypt'), identity.bearer(identity.claims(APP_ID, connector.url)));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1);
    expect(JSON.stringify(reply?.body.attachments)).toMatch(/now follow Egypt/i);
    // The reply carries the token the bot's managed identity was given, asked for the Connector's audience.
    expect(reply?.authorization).toMatch(/^Bearer msi-token-\d+$/);
    expect(identity.tokenRequests[0]).toMatchObject({ resource: 'https://api.botframework.com', clientId: APP_ID, headerOk: true });
    expect(rows(database.target, "select entity_id from subscriptions where platform = 'teams'")).toEqual([{ entity_id: 'country:EG' }]);
  });

  const claims = () => identity.claims(APP_ID, connector.url);
  const refusedTokens: string[] = [];
  const forgeries: Array<[string, () => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    ['alg: none under the published key id', () => identity.unsigned(claims())],
    ['HS256 keyed with the published public key', () => identity.hmacWithPublicKey(claims())],
    ['RS256 signed by a key that is not published', () => identity.bearer(claims(), 'unpublished')],
    ['another bot\'s audience', () => identity.bearer(identity.claims(OTHER_BOT, connector.url))],
    ['an expired token', () => identity.bearer(identity.claims(APP_ID, connector.url, { exp: Math.floor(Date.now() / 1000) - 3600 }))],
    ['another issuer', () => identity.bearer(identity.claims(APP_ID, connector.url, { iss: 'https://attacker.example' }))],
    ['a serviceurl claim for another Connector', () => identity.bearer(identity.claims(APP_ID, 'https://smba.trafficmanager.net/emea/'))],
  ];

  it.each(forgeries)('answers %s with 401 {"error":"unauthorized"}, storing and sending nothing', async (_name, authorization) => {
    const before = connector.calls.length;
    const token = authorization();
    if (token !== undefined) refusedTokens.push(token.replace('Bearer ', ''));
    const res = await post(server, personalMessage(connector.url, 'follow libya', { from: FORGER }), token);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.text()).toBe('{"error":"unauthorized"}');
    await new Promise((r) => setTimeout(r, 150));
    expect(connector.calls.length).toBe(before);
    expect(rows(database.target, 'select conversation_id from conversation_references where conversation_id = ?', `user:${FORGER.aadObjectId}`)).toEqual([]);
    expect(rows(database.target, "select entity_id from subscriptions where entity_id = 'country:LY'")).toEqual([]);
  });

  it('logs why each token was refused, for the operator, and never a token', async () => {
    const reasons = ['jwt signature is required', 'invalid algorithm', 'invalid signature', 'Invalid AppId passed on token', 'The token has expired', 'ServiceUrl claim do not match'];
    const patterns = reasons.map((reason) => new RegExp(`"reason":"[^"]*${reason}[^"]*".*activity refused, its token did not verify`));
    const log = await loggedAll(server, patterns);
    for (const pattern of patterns) expect(log).toMatch(pattern);
    // Neither the tokens refused nor the bot's own.
    expect(refusedTokens.length).toBeGreaterThan(5);
    for (const token of refusedTokens) expect(log).not.toContain(token);
    expect(log).not.toContain('msi-token-');
    // botframework-connector prints refusals with console.error (a stack, the Connector's public key):
    // that arrives as log lines like any other, never as raw text an attacker can splice into the log.
    expect(log).toMatch(/"component":"console"/);
    const isJson = (line: string): boolean => {
      try {
        return typeof JSON.parse(line) === 'object';
      } catch {
        return false;
      }
    };
    const stray = log.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('mawjaz serving on') && !isJson(line));
    expect(stray).toEqual([]);
  });

  it('refuses a verified activity whose serviceUrl is outside the allow-list, before storing or sending anything', async () => {
    const res = await post(server, personalMessage(stranger.url, 'follow libya', { from: FORGER }), identity.bearer(identity.claims(APP_ID, stranger.url)));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'serviceUrl not allowed' });
    await new Promise((r) => setTimeout(r, 150));
    expect(stranger.calls).toEqual([]);
    expect(rows(database.target, 'select conversation_id from conversation_references where conversation_id = ?', `user:${FORGER.aadObjectId}`)).toEqual([]);
  });

  it('posts a brief to a stored reference in the allow-list, and never to one outside it', async () => {
    const first = JSON.parse((await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], { env })).stdout) as { sent: number; failed: unknown[] };
    expect(first).toMatchObject({ sent: 1, failed: [] });
    expect(connector.sent().at(-1)?.authorization).toMatch(/^Bearer msi-token-\d+$/);
    // A reference stored before the allow-list existed (or under a wider one) now names another Connector.
    const db = new Database(database.target);
    const row = db.prepare("select reference from conversation_references where platform = 'teams'").get() as { reference: string };
    db.prepare("update conversation_references set reference = ? where platform = 'teams'").run(JSON.stringify({ ...JSON.parse(row.reference), serviceUrl: stranger.url }));
    db.prepare("delete from outbox where platform = 'teams'").run();
    db.close();
    const second = JSON.parse((await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], { env })).stdout) as { sent: number; retrying: number };
    // Refused, and kept for a retry: the next activity from that conversation stores a checked URL.
    expect(second).toMatchObject({ sent: 0, retrying: 1 });
    expect(rows(database.target, "select status, last_error from outbox where platform = 'teams'")).toEqual([
      { status: 'pending', last_error: `Teams: not posting to ${new URL(stranger.url).origin}: the stored serviceUrl is not allowed (Microsoft's Bot Connector hosts or ${connector.url} (MAWJAZ_TEAMS_SERVICE_URLS adds more))` },
    ]);
    expect(stranger.calls).toEqual([]);
  });
});

describe('Teams with credentials: Microsoft\'s signing keys out of reach', () => {
  let database: TestDatabase;
  let identity: FakeBotIdentity;
  let connector: FakeBotConnector;
  let server: ServerProcess;

  beforeAll(async () => {
    database = tempSqlite();
    identity = new FakeBotIdentity();
    connector = new FakeBotConnector();
    await Promise.all([identity.start(), connector.start()]);
    // The flaky metadata: until a read succeeds, every request makes the server read the keys again.
    server = await startServer(database.target, { ...identity.managedIdentityEnv(APP_ID, TENANT, 'flaky'), MAWJAZ_TEAMS_SERVICE_URLS: connector.url, MAWJAZ_SCHEDULER_SECONDS: '0' });
  }, 60_000);
  afterAll(async () => {
    // The fakes first: the server's unanswered key read (botbuilder's fetch has no time limit) ends with them.
    await Promise.all([identity?.stop(), connector?.stop()]);
    await server?.stop();
    await database?.drop();
  });

  const valid = () => identity.bearer(identity.claims(APP_ID, connector.url));

  async function expectUnavailable(res: Response): Promise<void> {
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual({ error: 'temporarily unavailable' });
  }

  it('answers 503 with Retry-After (never 500, never the reason) whether the keys fail, reset or never answer, and logs why', async () => {
    // The endpoint that never answers first: it is given up on after 10 s while the other cases run.
    identity.flaky = 'hang';
    const asked = identity.keyRequests.length;
    const hanging = post(server, personalMessage(connector.url, 'help'), valid());
    while (identity.keyRequests.length === asked) await new Promise((r) => setTimeout(r, 20));
    for (const mode of ['metadata-500', 'keys-503', 'reset'] as const) {
      identity.flaky = mode;
      await expectUnavailable(await post(server, personalMessage(connector.url, 'help'), valid()));
    }
    await expectUnavailable(await hanging);
    expect(connector.calls).toEqual([]);
    expect(rows(database.target, 'select conversation_id from conversation_references')).toEqual([]);
    const patterns = [/signing keys could not be read; answered 503/, /Failed to load openID config: 500/, /Failed to load Keys: 503/, /socket hang up/, /took over 10000 ms/];
    const log = await loggedAll(server, patterns);
    for (const pattern of patterns) expect(log).toMatch(pattern);
  }, 30_000);

  it('accepts the same activity once the keys can be read again', async () => {
    identity.flaky = 'ok';
    expect((await post(server, personalMessage(connector.url, 'help'), valid())).status).toBe(200);
    await connector.waitFor(1);
  });
});

describe('Teams without credentials', () => {
  let database: TestDatabase;

  beforeAll(() => {
    database = tempSqlite();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('is off unless asked for: a Slack-only server outside production serves no /api/messages, and says how to turn it on', async () => {
    // NODE_ENV empty: unset, the development default — the case the loopback-only guard once let through.
    const server = await startServer(database.target, { NODE_ENV: '', LOG_LEVEL: 'info', SLACK_SIGNING_SECRET: 'slack-only-signing-secret', SLACK_BOT_TOKEN: 'xoxb-slack-only' });
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({ platforms: ['slack'] });
      const connector = new FakeBotConnector();
      await connector.start();
      try {
        const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector.url, 'follow egypt')) });
        expect(res.status).toBe(404);
        expect(connector.calls).toEqual([]);
      } finally {
        await connector.stop();
      }
      const off = /Teams is off: .*MAWJAZ_TEAMS_EMULATOR=1 \(serve --teams-emulator\)/;
      expect(await loggedAll(server, [off])).toMatch(off);
    } finally {
      await server.stop();
    }
  });

  it('refuses to start the Emulator mode in production, naming NODE_ENV and how it was asked for', async () => {
    for (const [env, args] of [
      [{ NODE_ENV: 'production', MAWJAZ_TEAMS_EMULATOR: '1' }, []],
      [{ NODE_ENV: 'production' }, ['--teams-emulator']],
    ] as const) {
      const result = await runCli(['serve', '--port', '0', '--db', database.target, ...args], { env });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('the Teams Emulator mode (MAWJAZ_TEAMS_EMULATOR or --teams-emulator) serves /api/messages without authentication and is refused with NODE_ENV=production');
    }
  });

  it('stops at start on contradictory or half-set Teams configuration, naming the variable', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ MICROSOFT_APP_ID: APP_ID }, 'MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not'],
      [{ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TYPE: 'SingleTenant' }, 'MICROSOFT_APP_TYPE is SingleTenant but MICROSOFT_APP_TENANT_ID is not set'],
      [{ MICROSOFT_APP_ID: 'bot-123' }, "MICROSOFT_APP_ID: must be the bot's Microsoft App ID"],
      [{ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'x', MAWJAZ_TEAMS_EMULATOR: '1' }, 'MICROSOFT_APP_ID is set and the Teams Emulator mode (MAWJAZ_TEAMS_EMULATOR or --teams-emulator) is asked for: choose one'],
      [{ MAWJAZ_TEAMS_EMULATOR: 'maybe' }, 'MAWJAZ_TEAMS_EMULATOR: must be 1 or 0'],
      [{ MAWJAZ_TEAMS_SERVICE_URLS: 'https://connector.example.org/, ftp://files.example.org/' }, 'MAWJAZ_TEAMS_SERVICE_URLS: "ftp://files.example.org/" is not an http:// or https:// URL'],
      [{ MAWJAZ_TEAMS_SERVICE_URLS: 'https://user:secret@connector.example.org/' }, 'MAWJAZ_TEAMS_SERVICE_URLS: https://connector.example.org: give an origin and optional path, without user name, password, query or fragment'],
    ];
    for (const [env, message] of cases) {
      const result = await runCli(['serve', '--port', '0', '--db', database.target], { env });
      expect(result.code, message).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toContain('secret@');
    }
  });
});

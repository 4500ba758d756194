/**
 * No secret in the log at any level, dependencies' debug output included: the real `mawjaz serve` at
 * LOG_LEVEL=debug and trace (where Bolt, the OAuth installer and every Web API client print request
 * bodies and answers) through an OAuth install, commands and a brief, and against a Web API that
 * echoes each request (headers and body) back in its answer, as a hostile or misconfigured
 * SLACK_API_URL could. The log must still show that debug output, with the secrets scrubbed.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { FakeSlack, type ServerProcess, slackHeaders, startServer } from '../../support/fake-slack.js';
import { answerTokenExchanges, installWorkspace } from '../../support/slack-install.js';

const SIGNING_SECRET = 'log-signing-secret-0123456789';
const CLIENT_SECRET = 'log-client-secret-abcdef0123456789';
const STATE_SECRET = 'log-state-secret-fedcba9876543210';
// Base64 with "+", "/" and "=": its URL-encoded forms must be scrubbed too.
const ENCRYPTION_KEY = Buffer.from(Array.from({ length: 32 }, (_, i) => 250 - i * 3)).toString('base64');
const WORKSPACE = { id: 'T0LOGS', user: 'U0LOGS', token: 'xoxb-2001-logs-INSTALLEDTOKEN' };

/** What must never be in the log, with the name the failure shows. */
function secrets(extra: Record<string, string> = {}): Record<string, string> {
  return { SIGNING_SECRET, CLIENT_SECRET, STATE_SECRET, ENCRYPTION_KEY, 'ENCRYPTION_KEY (URL-encoded)': encodeURIComponent(ENCRYPTION_KEY), ...extra };
}

function expectNoSecrets(log: string, forbidden: Record<string, string>): void {
  for (const [name, value] of Object.entries(forbidden)) expect(log.includes(value), `${name} is in the log`).toBe(false);
  // Any Slack token, configured or not.
  expect(log).not.toMatch(/xox[a-z]-|xapp-/);
  // Scrubbing left every log line whole.
  for (const line of log.split('\n').filter((l) => l.startsWith('{'))) expect(() => JSON.parse(line), line).not.toThrow();
}

/** A signed slash command as Slack sends it; resolves once its answer reached response_url. */
async function command(server: ServerProcess, slack: FakeSlack, team: string, user: string, text: string): Promise<void> {
  const path = `/respond/${randomBytes(4).toString('hex')}`;
  const form = new URLSearchParams({ team_id: team, team_domain: 'policy', channel_id: 'C0LOGS', channel_name: 'policy', user_id: user, user_name: 'analyst', command: '/migration', text, api_app_id: 'A0MAWJAZ', response_url: `${slack.url}${path}`, trigger_id: '1.2.3' }).toString();
  const before = slack.requests.length;
  const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackHeaders(SIGNING_SECRET, form) }, body: form });
  expect(res.status).toBe(200);
  await slack.next(path, before);
}

describe.each(['debug', 'trace'])('Slack installed by OAuth, at LOG_LEVEL=%s', (level) => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let server: ServerProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = tempSqlite();
    slack = new FakeSlack();
    const fakeUrl = await slack.start();
    const grants = answerTokenExchanges(slack);
    env = {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_CLIENT_ID: '1111111111111.2222222222222',
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      MAWJAZ_ENCRYPTION_KEY: ENCRYPTION_KEY,
      SLACK_API_URL: `${fakeUrl}/api/`,
      LOG_LEVEL: level,
    };
    server = await startServer(database.target, { ...env, MAWJAZ_SCHEDULER_SECONDS: '0' });
    const installed = await installWorkspace(server.url, grants, WORKSPACE);
    expect(installed.status).toBe(200);
    // The first follow reads the person's time zone with the installed token (users.info).
    await command(server, slack, WORKSPACE.id, WORKSPACE.user, 'follow egypt');
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.stop();
    await database?.drop();
  });

  it('logs the token exchange and the Web API calls, without the client secret, the other secrets or any token', () => {
    const log = server.output();
    // The debug output is there (routed through our logger, not silenced)…
    expect(log).toContain('oauth.v2.access');
    expect(log).toContain('http request body');
    expect(log).toContain('users.info');
    // …and scrubbed.
    expectNoSecrets(log, secrets({ 'bot token': WORKSPACE.token }));
    expect(log).toContain('[redacted]');
  });

  it('keeps the installed token out of the log of `mawjaz briefs send` too', async () => {
    const result = await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], { env });
    expect(JSON.parse(result.stdout)).toMatchObject({ sent: 1 });
    expect(result.stderr).toContain('chat.postMessage');
    expectNoSecrets(result.stderr, secrets({ 'bot token': WORKSPACE.token }));
  });
});

describe('Slack with a Web API that echoes every request, at LOG_LEVEL=trace', () => {
  const BOT_TOKEN = 'xoxb-3001-echo-CONFIGUREDTOKEN';
  let database: TestDatabase;
  let slack: FakeSlack;
  let server: ServerProcess;

  beforeAll(async () => {
    database = tempSqlite();
    slack = new FakeSlack();
    slack.echo = true;
    const fakeUrl = await slack.start();
    server = await startServer(database.target, { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: `${fakeUrl}/api/`, LOG_LEVEL: 'trace', MAWJAZ_SCHEDULER_SECONDS: '0' });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.stop();
    await database?.drop();
  });

  it('never logs the bot token the answers carry back', async () => {
    await command(server, slack, 'T0ECHO', 'U0ECHO', 'follow egypt');
    await command(server, slack, 'T0ECHO', 'U0ECHO', 'list');
    // The echo did reach the log (an answer logged at debug)…
    await expect.poll(() => server.output()).toMatch(/users\.info\b.*authorization: Bearer/i);
    // …scrubbed.
    expectNoSecrets(server.output(), { SIGNING_SECRET, 'bot token': BOT_TOKEN });
    expect(server.output()).toContain('Bearer [redacted]');
  });
});

/**
 * Multi-workspace installs by OAuth, end to end on the real `mawjaz serve` and `mawjaz briefs send`:
 * the install page sends the browser to Slack with a signed state (also set as a cookie); the redirect
 * back exchanges the code with oauth.v2.access on a local fake of the Web API; then each workspace's
 * commands and briefs use that workspace's own token, uninstalling forgets the installation and pauses
 * its deliveries, and installing again resumes them. Tokens never reach the database file in plaintext.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../../adapters/slack/registrations.js';
import { closeEngine } from '../../../src/engine.js';
import { follow } from '../../../src/subscriptions/subscription.service.js';
import { runCli } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { testEngine } from '../../support/engine.js';
import { FakeSlack, type ServerProcess, slackHeaders, startServer } from '../../support/fake-slack.js';
import { answerTokenExchanges, type Grant, installWorkspace, oauthRedirect, STATE_COOKIE, startInstall as startInstallAt } from '../../support/slack-install.js';

const SECRET = 'test-signing-secret-0123456789';
const CLIENT_ID = '1111111111111.2222222222222';
const CLIENT_SECRET = 'client-secret-0123456789abcdef';

/** Three workspaces: alpha and beta install the app; gamma has a follower from before but no installation yet. */
const TEAMS = {
  alpha: { id: 'T0ALPHA', user: 'U0ALPHA', token: 'xoxb-1001-alpha-SECRETALPHA' },
  beta: { id: 'T0BETA', user: 'U0BETA', token: 'xoxb-1002-beta-SECRETBETA' },
  gamma: { id: 'T0GAMMA', user: 'U0GAMMA', token: 'xoxb-1003-gamma-SECRETGAMMA' },
};
type Team = (typeof TEAMS)[keyof typeof TEAMS];

describe('Slack: installs by OAuth on the real server', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let server: ServerProcess;
  let env: Record<string, string>;
  /** The bot token oauth.v2.access hands out, by authorization code. */
  let grants: Map<string, Grant>;
  let responses = 0;

  beforeAll(async () => {
    database = tempSqlite();
    const engine = await testEngine(database.target);
    await follow(engine, { platform: 'slack', workspaceId: TEAMS.gamma.id, conversationId: `user:${TEAMS.gamma.user}`, kind: 'user', userId: TEAMS.gamma.user }, 'country:LY', 'brief');
    await closeEngine(engine);
    slack = new FakeSlack();
    const fakeUrl = await slack.start();
    grants = answerTokenExchanges(slack);
    env = {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: 'state-secret-0123456789abcdef',
      MAWJAZ_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      SLACK_API_URL: `${fakeUrl}/api/`,
    };
    // The test sends briefs with the CLI and counts them: the server's own scheduler must not race it.
    server = await startServer(database.target, { ...env, MAWJAZ_SCHEDULER_SECONDS: '0' });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.stop();
    await database?.drop();
  });

  const startInstall = () => startInstallAt(server.url);
  const redirect = (query: Record<string, string>, cookie?: string) => oauthRedirect(server.url, query, cookie);
  const install = (team: Team, token = team.token) => installWorkspace(server.url, grants, { ...team, token });

  /** A signed slash command from a workspace; resolves with Slack's HTTP status and where our reply would go. */
  async function command(team: Team, text: string): Promise<{ status: number; replyPath: string; before: number }> {
    responses += 1;
    const replyPath = `/respond/${responses}`;
    const form = new URLSearchParams({ team_id: team.id, team_domain: 'policy', channel_id: 'C0POLICY', channel_name: 'policy', user_id: team.user, user_name: 'analyst', command: '/migration', text, api_app_id: 'A0MAWJAZ', response_url: `${slack.url}${replyPath}`, trigger_id: '1.2.3' }).toString();
    const before = slack.requests.length;
    const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackHeaders(SECRET, form) }, body: form });
    return { status: res.status, replyPath, before };
  }

  async function answered(team: Team, text: string): Promise<string> {
    const sent = await command(team, text);
    expect(sent.status).toBe(200);
    return (await slack.next(sent.replyPath, sent.before)).body;
  }

  /** Waits until the server logged `text` `times` times in all (refusals are logged, not answered). */
  async function logged(text: string, times: number): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (server.output().split(text).length - 1 < times) {
      if (Date.now() > deadline) throw new Error(`the server never logged "${text}" ${times} time(s):\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** A command from a workspace without an installation: acknowledged, refused, never answered. */
  async function unanswered(team: Team, times: number): Promise<void> {
    const sent = await command(team, 'list');
    expect(sent.status).toBe(200);
    await logged(`Mawjaz is not installed in Slack workspace ${team.id}`, times);
    expect(slack.requests.slice(sent.before).filter((r) => r.path === sent.replyPath)).toEqual([]);
  }

  const bearer = (path: string, field: string, value: string): string[] =>
    slack.requests.filter((r) => r.path === path && new URLSearchParams(r.body).get(field) === value).map((r) => String(r.headers.authorization));

  async function sendBriefs(): Promise<{ sent: number; skipped: number; failed: Array<{ target: string; error: string }> }> {
    const result = await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], { env });
    // Undeliverable briefs are logged as warnings; tokens never are.
    expect(result.stderr).not.toContain('xoxb-');
    return JSON.parse(result.stdout) as { sent: number; skipped: number; failed: Array<{ target: string; error: string }> };
  }

  it('sends the browser from /slack/install to Slack with our client id, our scopes and a state it also sets as a cookie', async () => {
    const { status, location, state, cookie } = await startInstall();
    expect(status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(location.searchParams.get('scope')?.split(',').sort()).toEqual([...BOT_SCOPES].sort());
    expect(state.length).toBeGreaterThan(20);
    expect(cookie).toContain(`${STATE_COOKIE}=${state};`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
  });

  it('refuses a redirect with a forged, missing or another browser\'s state, without asking Slack for a token', async () => {
    grants.set('stolen-code', { ...TEAMS.alpha });
    const mine = await startInstall();
    const theirs = await startInstall();
    const mineCookie = mine.cookie.split(';')[0];
    for (const [query, cookie] of [
      [{ code: 'stolen-code', state: 'forged' }, `${STATE_COOKIE}=forged`],
      [{ code: 'stolen-code' }, mineCookie],
      [{ code: 'stolen-code', state: mine.state }, undefined],
      [{ code: 'stolen-code', state: theirs.state }, mineCookie],
    ] as const) {
      const res = await redirect(query, cookie);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body).toContain('Oops, Something Went Wrong!');
    }
    expect(slack.requests.filter((r) => r.path === '/api/oauth.v2.access')).toEqual([]);
  });

  it('installs a workspace: exchanges the code for its bot token, then answers it using that token', async () => {
    const res = await install(TEAMS.alpha);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Thank you!');
    const exchange = slack.requests.find((r) => r.path === '/api/oauth.v2.access');
    const form = new URLSearchParams(exchange?.body);
    expect(form.get('client_id')).toBe(CLIENT_ID);
    expect(form.get('client_secret')).toBe(CLIENT_SECRET);
    expect(form.get('code')).toMatch(/^code-T0ALPHA-/);

    expect(await answered(TEAMS.alpha, 'follow egypt')).toContain('now follow *Egypt*');
    // The first follow reads the person's time zone with the workspace's own token.
    expect(bearer('/api/users.info', 'user', TEAMS.alpha.user)).toEqual([`Bearer ${TEAMS.alpha.token}`]);
  });

  it('keeps each workspace on its own token', async () => {
    expect((await install(TEAMS.beta)).status).toBe(200);
    expect(await answered(TEAMS.beta, 'follow libya')).toContain('now follow *Libya*');
    expect(bearer('/api/users.info', 'user', TEAMS.beta.user)).toEqual([`Bearer ${TEAMS.beta.token}`]);
  });

  it('does not answer a workspace that never installed the app', async () => {
    await unanswered(TEAMS.gamma, 1);
  });

  it('forgets an uninstalled workspace: its commands go unanswered and its briefs stop', async () => {
    const body = JSON.stringify({ token: 'x', team_id: TEAMS.beta.id, api_app_id: 'A0MAWJAZ', type: 'event_callback', event_id: 'Ev0BETAGONE', event_time: Math.floor(Date.now() / 1000), event: { type: 'app_uninstalled', event_ts: '1732000003.0' } });
    const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackHeaders(SECRET, body) }, body });
    expect(res.status).toBe(200);
    await logged('slack app removed; deliveries paused', 1);
    await unanswered(TEAMS.beta, 1);
  });

  it('posts briefs with each workspace\'s own token, and pauses the follower of a workspace without an installation', async () => {
    const report = await sendBriefs();
    // Alpha is sent; beta was uninstalled (paused, not tried); gamma never installed.
    expect(report).toEqual({ sent: 1, skipped: 0, retrying: 0, failed: [{ target: `slack:${TEAMS.gamma.id}/user:${TEAMS.gamma.user}`, error: 'Slack: the app is not installed in this workspace (install it at /slack/install)' }] });
    expect(bearer('/api/conversations.open', 'users', TEAMS.alpha.user)).toEqual([`Bearer ${TEAMS.alpha.token}`]);
    expect(bearer('/api/conversations.open', 'users', TEAMS.beta.user)).toEqual([]);
    const posts = slack.requests.filter((r) => r.path === '/api/chat.postMessage').map((r) => r.headers.authorization);
    expect(new Set(posts)).toEqual(new Set([`Bearer ${TEAMS.alpha.token}`]));
  });

  it('resumes paused deliveries when a workspace installs the app (again), with its new token', async () => {
    const newBetaToken = 'xoxb-1002-beta-SECRETBETAAGAIN';
    expect((await install(TEAMS.beta, newBetaToken)).status).toBe(200);
    expect((await install(TEAMS.gamma)).status).toBe(200);
    expect(await answered(TEAMS.beta, 'list')).toContain('Libya');
    // Beta's brief is queued now; gamma's, held while the app was missing, goes out; alpha's was sent.
    expect(await sendBriefs()).toEqual({ sent: 2, skipped: 2, retrying: 0, failed: [] });
    expect(bearer('/api/conversations.open', 'users', TEAMS.beta.user)).toEqual([`Bearer ${newBetaToken}`]);
    expect(bearer('/api/conversations.open', 'users', TEAMS.gamma.user)).toEqual([`Bearer ${TEAMS.gamma.token}`]);
  });

  it('forgets a workspace whose bot token was revoked, but not for revoked user tokens', async () => {
    const revoke = async (eventId: string, tokens: Record<string, string[]>): Promise<void> => {
      const body = JSON.stringify({ token: 'x', team_id: TEAMS.alpha.id, api_app_id: 'A0MAWJAZ', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event: { type: 'tokens_revoked', tokens } });
      const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackHeaders(SECRET, body) }, body });
      expect(res.status).toBe(200);
    };
    await revoke('Ev0USERTOKENS', { oauth: [TEAMS.alpha.user] });
    expect(await answered(TEAMS.alpha, 'list')).toContain('Egypt');
    await revoke('Ev0BOTTOKEN', { bot: ['U0MAWJAZBOT'] });
    await logged('slack app removed; deliveries paused', 2);
    await unanswered(TEAMS.alpha, 1);
  });

  it('never writes a token to the database file in plaintext, nor a secret to the log', () => {
    const bytes = Buffer.concat([database.target, `${database.target}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path)));
    expect(bytes.includes(Buffer.from('U0MAWJAZBOT'))).toBe(true);
    for (const secret of ['SECRETALPHA', 'SECRETBETA', 'SECRETGAMMA', 'xoxb-']) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    expect(server.output()).not.toContain('xoxb-');
    expect(server.output()).not.toContain(CLIENT_SECRET);
  });
});

/**
 * Slack over Socket Mode end to end: the real `mawjaz serve` with an app-level token opens its
 * connection through apps.connections.open on a fake Web API, and a local WebSocket plays Slack,
 * sending slash commands, button clicks and events in Slack's envelopes. Answers still go to
 * response_url and the Web API, as over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, samplesNewsDir } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { blockActionsPayload, FakeSlack, type ServerProcess, startServer } from '../../support/fake-slack.js';
import { type Envelope, FakeSocketMode } from '../../support/fake-socket-mode.js';

const APP_TOKEN = 'xapp-1-A0MAWJAZ-0000-socketsecret';
const BOT_TOKEN = 'xoxb-test-token';
const TEAM = 'T0MAWJAZ';
const USER = 'U0ANALYST';
const CHANNEL = 'C0POLICY';

interface Reply {
  text: string;
  blocks: Array<{ elements?: Array<{ action_id?: string }> }>;
  response_type?: string;
  replace_original?: boolean;
}

describe('Slack over Socket Mode on the real server', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let socket: FakeSocketMode;
  let server: ServerProcess;
  let envelopes = 0;

  beforeAll(async () => {
    database = tempSqlite();
    expect((await runCli(['ingest', samplesNewsDir, '--db', database.target, '--no-progress'])).code).toBe(0);
    socket = new FakeSocketMode();
    const link = await socket.start();
    slack = new FakeSlack();
    slack.answers.set('/api/apps.connections.open', () => ({ ok: true, url: link }));
    // Every answer carries the request back (its Authorization header too), and everything is logged.
    slack.echo = true;
    const fakeUrl = await slack.start();
    server = await startServer(database.target, { SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: `${fakeUrl}/api/`, LOG_LEVEL: 'trace' });
    await socket.connected();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await socket?.stop();
    await slack?.stop();
    await database?.drop();
  });

  /** Sends one envelope; resolves with the app's acknowledgement and, when given, the reply at response_url. */
  async function deliver(type: Envelope['type'], payload: (responseUrl: string) => Record<string, unknown>, awaitPath?: (responsePath: string) => string) {
    envelopes += 1;
    const envelopeId = `0b5e9c1e-socket-${envelopes}`;
    const responsePath = `/respond/socket-${envelopes}`;
    const before = slack.requests.length;
    socket.send({ envelope_id: envelopeId, type, payload: payload(`${slack.url}${responsePath}`), accepts_response_payload: type === 'slash_commands' });
    const ack = await socket.ack(envelopeId);
    const answered = awaitPath ? await slack.next(awaitPath(responsePath), before) : undefined;
    return { ack, answered, before };
  }

  /** The fields of a slash command, as Slack puts them in a Socket Mode payload. */
  const command = (text: string) => (responseUrl: string) => ({
    token: 'deprecated-verification-token',
    team_id: TEAM,
    team_domain: 'policy',
    channel_id: CHANNEL,
    channel_name: 'migration-policy',
    user_id: USER,
    user_name: 'analyst',
    command: '/migration',
    text,
    api_app_id: 'A0MAWJAZ',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '123.456.abc',
  });

  /** An Events API payload as Slack puts it in a Socket Mode envelope. */
  const eventCallback = (eventId: string, event: Record<string, unknown>) => ({
    token: 'deprecated-verification-token',
    team_id: TEAM,
    api_app_id: 'A0MAWJAZ',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: 'U0MAWJAZBOT', is_bot: true, is_enterprise_install: false }],
    event,
  });

  const buttons = (reply: Reply) => reply.blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id);

  it('opens the connection with the app-level token, and serves /healthz but not /slack/events', async () => {
    const open = await slack.next('/api/apps.connections.open');
    expect(open.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, database: 'sqlite', platforms: ['slack'] });
    const events = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'command=%2Fmigration&text=help' });
    expect(events.status).toBe(404);
    expect(server.output()).not.toContain(APP_TOKEN);
  });

  it('acknowledges a slash command over the socket and answers an Arabic topic search at response_url', async () => {
    const { ack, answered } = await deliver('slash_commands', command('عملية الخرطوم'), (path) => path);
    expect(ack).toEqual({ envelope_id: expect.stringContaining('socket-'), payload: {} });
    const reply = JSON.parse(answered!.body) as Reply;
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply)).toContain('Khartoum Process');
    expect(buttons(reply)).toContain('mawjaz_follow');
  });

  it('answers help', async () => {
    const { answered } = await deliver('slash_commands', command('help'), (path) => path);
    expect(JSON.stringify(JSON.parse(answered!.body))).toContain('follow');
  });

  it('follows on a Follow click and redraws the card in place', async () => {
    const { answered } = await deliver(
      'interactive',
      (responseUrl) =>
        blockActionsPayload(TEAM, USER, {
          trigger_id: '123.456.def',
          container: { type: 'message', message_ts: '1732000000.000100', channel_id: CHANNEL, is_ephemeral: true },
          channel: { id: CHANNEL, name: 'migration-policy' },
          response_url: responseUrl,
          actions: [{ action_id: 'mawjaz_follow', block_id: 'topic', type: 'button', value: JSON.stringify({ topic: 'process:khartoum', view: 'card' }), text: { type: 'plain_text', text: 'Follow' }, action_ts: '1732000001.000200' }],
        }),
      (path) => path,
    );
    const reply = JSON.parse(answered!.body) as Reply;
    expect(reply.replace_original).toBe(true);
    expect(buttons(reply)).toContain('mawjaz_unfollow');
  });

  it('publishes App Home on app_home_opened, with the follow just made', async () => {
    const { answered } = await deliver(
      'events_api',
      () => eventCallback('Ev0SOCKETHOME', { type: 'app_home_opened', user: USER, channel: 'D0APPHOME', tab: 'home', event_ts: '1732000000.1' }),
      () => '/api/views.publish',
    );
    const form = new URLSearchParams(answered!.body);
    expect(form.get('user_id')).toBe(USER);
    expect(form.get('view')).toContain('Khartoum Process');
    expect(answered!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers a direct message in the Messages tab over the socket, with chat.postMessage', async () => {
    const { ack, answered } = await deliver(
      'events_api',
      () => eventCallback('Ev0SOCKETDM', { type: 'message', client_msg_id: 'c0socket', user: USER, text: 'khartoum', ts: '1732000400.000100', team: TEAM, channel: 'D0ANALYST', event_ts: '1732000400.000100', channel_type: 'im' }),
      () => '/api/chat.postMessage',
    );
    expect(ack).toMatchObject({ envelope_id: expect.stringContaining('socket-') });
    const form = new URLSearchParams(answered!.body);
    expect(form.get('channel')).toBe('D0ANALYST');
    expect(form.get('blocks')).toContain('Khartoum Process');
    expect(answered!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('reconnects when Slack refreshes the connection, and keeps answering', async () => {
    const opened = slack.requests.filter((r) => r.path === '/api/apps.connections.open').length;
    socket.refresh();
    await socket.connected(2);
    expect(slack.requests.filter((r) => r.path === '/api/apps.connections.open').length).toBe(opened + 1);
    const { answered } = await deliver('slash_commands', command('list'), (path) => path);
    expect(answered!.body).toContain('Khartoum Process');
  });

  it('never logs the app-level or the bot token, not even at trace with a Web API that echoes them', () => {
    const log = server.output();
    // Socket Mode's and the Web API client's debug output is in the log, the echoes included…
    expect(log).toContain('Received a message on the WebSocket');
    expect(log).toMatch(/apps\.connections\.open\b.*authorization: Bearer/i);
    // …with the tokens scrubbed.
    expect(log).not.toContain(APP_TOKEN);
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toMatch(/xox[a-z]-|xapp-/);
  });

  it('closes the connection and exits cleanly on SIGTERM', async () => {
    const started = Date.now();
    await server.stop();
    expect(server.child.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    await socket.closed();
  });
});

describe('Slack over Socket Mode while Slack is unreachable', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let server: ServerProcess;

  beforeAll(async () => {
    database = tempSqlite();
    slack = new FakeSlack();
    // As Slack answers a revoked or mistyped app-level token.
    slack.answers.set('/api/apps.connections.open', () => ({ ok: false, error: 'invalid_auth' }));
    const fakeUrl = await slack.start();
    server = await startServer(database.target, { SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: `${fakeUrl}/api/` });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.stop();
    await database?.drop();
  });

  it('keeps serving, logs why, and retries', async () => {
    await slack.next('/api/apps.connections.open');
    const second = await slack.next('/api/apps.connections.open', slack.requests.findIndex((r) => r.path === '/api/apps.connections.open') + 1);
    expect(second).toBeDefined();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).toContain('could not connect to Slack over Socket Mode');
    expect(server.output()).toContain('invalid_auth');
    expect(server.output()).not.toContain(APP_TOKEN);
  });

  it('stops on SIGTERM while retrying', async () => {
    await server.stop();
    expect(server.child.exitCode).toBe(0);
  });
});

describe('Socket Mode configuration', () => {
  it('refuses an app-level token without a bot token, saying what is missing', async () => {
    const result = await runCli(['serve', '--port', '0', '--db', ':memory:'], { env: { SLACK_APP_TOKEN: APP_TOKEN } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not');
  });

  it('refuses a token that is not an app-level token, without printing it', async () => {
    const result = await runCli(['serve', '--port', '0', '--db', ':memory:'], { env: { SLACK_APP_TOKEN: 'xoxb-wrong-kind-of-token', SLACK_BOT_TOKEN: BOT_TOKEN } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SLACK_APP_TOKEN: must be an app-level token (xapp-…)');
    expect(result.stderr).not.toContain('xoxb-wrong-kind-of-token');
  });
});

/**
 * The Teams endpoint end to end: the real `mawjaz serve` on a real SQLite file with the samples,
 * sent activities exactly as the Bot Connector sends them (personal and channel messages with the
 * bot's mention, Action.Submit clicks, the bot added to and removed from a team), with a local fake
 * Bot Connector as the activities' serviceUrl recording every reply. The server runs in the Emulator
 * mode (`--teams-emulator`): unauthenticated, from this machine only, never through a proxy, replying
 * to this machine only — as the Bot Framework Emulator needs (teams-auth.test.ts covers real tokens).
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, samplesNewsDir } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { CHANNEL_ID, cardSubmit, channelMessage, FakeBotConnector, personalMessage, TEAM_ID, teamMembership, TENANT, USER } from '../../support/fake-bot-connector.js';
import { type ServerProcess, startServer } from '../../support/fake-slack.js';

interface CardAttachment {
  contentType: string;
  content: { type: string; version: string; body: unknown[]; actions?: unknown[] };
}

function cards(call: { body: Record<string, unknown> }): CardAttachment[] {
  return (call.body.attachments as CardAttachment[] | undefined) ?? [];
}

function cardText(call: { body: Record<string, unknown> }): string {
  return JSON.stringify(cards(call).map((c) => c.content));
}

/** Every Action.Submit `data` in a card, wherever it sits. */
function submitData(call: { body: Record<string, unknown> }): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Submit' && record.data && typeof record.data === 'object') found.push(record.data as Record<string, unknown>);
    Object.values(record).forEach(walk);
  };
  walk(cards(call).map((c) => c.content));
  return found;
}

describe('Teams: the bot on the real server', () => {
  let database: TestDatabase;
  let connector: FakeBotConnector;
  let server: ServerProcess;

  beforeAll(async () => {
    database = tempSqlite();
    expect((await runCli(['ingest', samplesNewsDir, '--db', database.target, '--no-progress'])).code).toBe(0);
    connector = new FakeBotConnector();
    await connector.start();
    // The test sends briefs with the CLI and counts them: the server's own scheduler must not race it.
    server = await startServer(database.target, { MAWJAZ_SCHEDULER_SECONDS: '0' }, ['--teams-emulator']);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await connector?.stop();
    await database?.drop();
  });

  async function post(activity: unknown): Promise<Response> {
    return fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  }

  /** The CLI sends briefs as the server would: in the Emulator mode too. */
  const emulatorCli = { env: { MAWJAZ_TEAMS_EMULATOR: '1' } };

  it('says loudly that it takes unauthenticated local requests', () => {
    expect(server.output()).toMatch(/Teams EMULATOR MODE: \/api\/messages takes UNAUTHENTICATED requests from this machine/);
  });

  it('refuses what did not come straight from a local client: a request through a proxy, or one a web page could send', async () => {
    const before = connector.calls.length;
    const body = JSON.stringify(personalMessage(connector.url, 'follow libya'));
    const proxied: Array<[string, string]> = [
      ['x-forwarded-for', '203.0.113.7'],
      ['forwarded', 'for=203.0.113.7;proto=https'],
      ['x-real-ip', '203.0.113.7'],
    ];
    for (const [name, value] of proxied) {
      const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', [name]: value }, body });
      expect(res.status, name).toBe(403);
      expect((await res.json()) as { error: string }).toEqual({ error: `Emulator mode: a request through a proxy (${name}) is refused; configure MICROSOFT_APP_ID to serve Teams behind one` });
    }
    // A cross-site form or fetch without a preflight can only send text/plain (or form types).
    const simple = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
    expect(simple.status).toBe(415);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.calls.length).toBe(before);
    const db = new Database(database.target, { readonly: true });
    try {
      expect(db.prepare("select entity_id from subscriptions where entity_id = 'country:LY'").all()).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('answers a topic typed in a personal chat with an Adaptive Card topic card', async () => {
    const before = connector.calls.length;
    expect((await post(personalMessage(connector.url, 'khartoum'))).status).toBe(200);
    const [reply] = await connector.waitFor(1, before);
    expect(reply?.method).toBe('POST');
    expect(reply?.path).toMatch(/^\/v3\/conversations\/a%3A1personal-chat-with-analyst\/activities/);
    expect(cards(reply!)[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cards(reply!)[0]?.content.version).toBe('1.5');
    expect(cardText(reply!)).toContain('Khartoum Process');
    expect(submitData(reply!)).toContainEqual(expect.objectContaining({ mawjaz: 'follow', topic: 'process:khartoum' }));
  });

  it('says a message of common words only has nothing to look for, rather than that no article matched', async () => {
    const before = connector.calls.length;
    expect((await post(personalMessage(connector.url, 'de la les'))).status).toBe(200);
    const [reply] = await connector.waitFor(1, before);
    expect(reply?.body.summary ?? reply?.body.text).toBe('Only common words were given');
    expect(cardText(reply!)).toContain('holds only common words');
    expect(cardText(reply!)).not.toContain('No articles found');
  });

  it('follows with a card button, confirms by redrawing the card, and stays idempotent', async () => {
    const message = personalMessage(connector.url, 'khartoum');
    const before = connector.calls.length;
    const data = { mawjaz: 'follow', topic: 'process:khartoum', view: 'card' };
    expect((await post(cardSubmit(message, data, 'act-card-1'))).status).toBe(200);
    const [update] = await connector.waitFor(1, before);
    // Teams lets a bot update its own message: the card is redrawn in place with Unfollow.
    expect(update?.method).toBe('PUT');
    expect(update?.path).toMatch(/\/activities\/act-card-1$/);
    expect(submitData(update!)).toContainEqual(expect.objectContaining({ mawjaz: 'unfollow', topic: 'process:khartoum' }));
    const again = connector.calls.length;
    expect((await post(cardSubmit(message, data, 'act-card-1'))).status).toBe(200);
    const [second] = await connector.waitFor(1, again);
    expect(submitData(second!)).toContainEqual(expect.objectContaining({ mawjaz: 'unfollow', topic: 'process:khartoum' }));
    const listed = connector.calls.length;
    await post(personalMessage(connector.url, 'list'));
    const [list] = await connector.waitFor(1, listed);
    expect(cardText(list!)).toContain('Khartoum Process');
    // The first follow set the brief to 08:00 in the zone Teams reported for the person's client.
    expect(cardText(list!)).toContain('Africa/Cairo');
  });

  it('takes "@Mawjaz subscribe egypt" in a channel for the channel, with the mention stripped', async () => {
    const before = connector.calls.length;
    expect((await post(channelMessage(connector.url, 'subscribe egypt'))).status).toBe(200);
    const [reply] = await connector.waitFor(1, before);
    expect(reply?.path).toContain(encodeURIComponent(CHANNEL_ID));
    expect(cardText(reply!)).toMatch(/channel is now subscribed to Egypt/i);
    const db = new Database(database.target, { readonly: true });
    try {
      const rows = db.prepare("select conversation_id, entity_id from subscriptions where platform = 'teams' order by conversation_id").all();
      expect(rows).toEqual([
        { conversation_id: CHANNEL_ID, entity_id: 'country:EG' },
        { conversation_id: `user:${USER.aadObjectId}`, entity_id: 'process:khartoum' },
      ]);
      const refs = db.prepare("select workspace_id, conversation_id, kind, service_url from conversation_references where platform = 'teams' order by conversation_id").all();
      expect(refs).toEqual([
        { workspace_id: TENANT, conversation_id: CHANNEL_ID, kind: 'channel', service_url: connector.url },
        { workspace_id: TENANT, conversation_id: `user:${USER.aadObjectId}`, kind: 'personal', service_url: connector.url },
      ]);
    } finally {
      db.close();
    }
  });

  it('Share in channel posts the card in the channel, then says in which channel it went', async () => {
    const inChannel = channelMessage(connector.url, '', { channelData: { teamsChannelId: CHANNEL_ID, teamsTeamId: TEAM_ID, channel: { id: CHANNEL_ID, name: 'Migration desk' }, team: { id: TEAM_ID }, tenant: { id: TENANT } } });
    const before = connector.calls.length;
    expect((await post(cardSubmit(inChannel, { mawjaz: 'share', topic: 'process:khartoum', view: 'card' }, 'act-card-share'))).status).toBe(200);
    const [card, note] = await connector.waitFor(2, before);
    expect(card?.method).toBe('POST');
    expect(cardText(card!)).toContain('Khartoum Process');
    expect(note?.path).toContain(encodeURIComponent(CHANNEL_ID));
    expect(cardText(note!)).toContain('Shared Khartoum Process in Migration desk.');
  });

  it('Not relevant on a story names it, its Undo brings it back, and `list` offers it back meanwhile', async () => {
    const asked = connector.calls.length;
    await post(personalMessage(connector.url, 'libya'));
    const [card] = await connector.waitFor(1, asked);
    const hide = submitData(card!).find((d) => d.mawjaz === 'hide')!;
    expect(hide).toBeDefined();
    // The story's title is the card's bold line just before its Not relevant button.
    const body = (cards(card!)[0]!.content as { body: Array<{ type: string; items?: Array<{ text?: string }>; actions?: Array<{ data?: unknown }> }> }).body;
    const at = body.findIndex((e) => e.type === 'ActionSet' && e.actions?.some((a) => JSON.stringify(a.data) === JSON.stringify(hide)));
    const title = body[at - 1]?.items?.[0]?.text ?? '';
    expect(title).not.toBe('');

    const clicked = connector.calls.length;
    await post(cardSubmit(personalMessage(connector.url, ''), hide, 'act-card-libya'));
    const [confirmed] = await connector.waitFor(1, clicked);
    expect(confirmed?.method).toBe('POST'); // beside the card, which stays
    expect(cardText(confirmed!)).toContain(`Hidden: ${title} — not shown in your briefs again.`);
    const undo = submitData(confirmed!).find((d) => d.mawjaz === 'unhide')!;

    const listed = connector.calls.length;
    await post(personalMessage(connector.url, 'list'));
    const [list] = await connector.waitFor(1, listed);
    expect(cardText(list!)).toContain('Hidden stories — left out of your briefs');
    expect(submitData(list!)).toContainEqual({ ...undo, view: 'list' });

    const undone = connector.calls.length;
    await post(cardSubmit(personalMessage(connector.url, ''), undo, 'act-card-confirm'));
    const [restored] = await connector.waitFor(1, undone);
    expect(restored?.method).toBe('PUT'); // the confirmation is replaced
    expect(cardText(restored!)).toContain(`Shown again: ${title} — back in your briefs.`);
    const again = connector.calls.length;
    await post(personalMessage(connector.url, 'libya'));
    const [next] = await connector.waitFor(1, again);
    expect(submitData(next!)).toContainEqual(hide);
  });

  it('answers hostile text without errors, and refuses a non-local serviceUrl, a non-JSON body or a body that is no activity', async () => {
    for (const text of ['**bold** [link](https://evil.example) <at>x</at>', '\u202Eegypt', 'x'.repeat(20_000), '']) {
      const before = connector.calls.length;
      expect((await post(personalMessage(connector.url, text))).status).toBe(200);
      const [reply] = await connector.waitFor(1, before);
      expect(cardText(reply!)).not.toContain('[link](https://evil.example)');
    }
    const before = connector.calls.length;
    for (const elsewhere of ['https://attacker.example/', 'http://169.254.169.254/', 'http://127.0.0.1.attacker.example/', 'http://user@localhost:1/']) {
      const res = await post(personalMessage(elsewhere, 'egypt'));
      expect(res.status, elsewhere).toBe(403);
      expect(await res.json()).toEqual({ error: 'serviceUrl not allowed: in Emulator mode, a URL on this machine (localhost, 127.0.0.1, ::1)' });
    }
    const bad = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(bad.status).toBe(400);
    const typeless = await post({ ...personalMessage(connector.url, 'egypt'), type: undefined });
    expect(typeless.status).toBe(400);
    expect(((await typeless.json()) as { error: string }).error).toMatch(/^not an activity: type /);
    expect(connector.calls.length).toBe(before);
  });

  it('sends weekly briefs proactively to the personal chat and to the channel itself, not into a thread', async () => {
    const before = connector.calls.length;
    const sent = await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], emulatorCli);
    expect(sent.stderr).not.toMatch(/error/i);
    expect(JSON.parse(sent.stdout)).toMatchObject({ sent: 2, failed: [] });
    const calls = connector.sent(before);
    const personal = calls.filter((c) => c.path.startsWith('/v3/conversations/a%3A1personal-chat-with-analyst/activities'));
    const channel = calls.filter((c) => c.path.startsWith(`/v3/conversations/${encodeURIComponent(CHANNEL_ID)}/activities`));
    expect(personal.length).toBeGreaterThan(0);
    expect(channel.length).toBeGreaterThan(0);
    expect(cardText(personal[0]!)).toContain('Khartoum Process');
    expect(cardText(channel[0]!)).toContain('Egypt');
    expect(calls.every((c) => !c.path.includes('messageid'))).toBe(true);
    // Once a week: a second run sends nothing.
    expect(JSON.parse((await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], emulatorCli)).stdout)).toMatchObject({ sent: 0, skipped: 2 });
  });

  it('waits out a 429 with Retry-After and still delivers', async () => {
    connector.refusals.set(CHANNEL_ID, { status: 429, code: 'ThrottledRequest', retryAfterSeconds: 1, times: 1 });
    try {
      const db = new Database(database.target);
      db.prepare("delete from outbox where platform = 'teams' and conversation_id = ?").run(CHANNEL_ID);
      db.close();
      const before = connector.calls.length;
      const sent = JSON.parse((await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], emulatorCli)).stdout) as { sent: number; failed: unknown[] };
      expect(sent).toMatchObject({ sent: 1, failed: [] });
      const toChannel = connector.calls.slice(before).filter((c) => c.path.includes(encodeURIComponent(CHANNEL_ID)));
      // The throttled attempt, then the same message again after the wait.
      expect(toChannel.length).toBeGreaterThanOrEqual(2);
      expect(toChannel[1]!.at - toChannel[0]!.at).toBeGreaterThanOrEqual(950);
    } finally {
      connector.refusals.clear();
    }
  });

  it('pauses a conversation whose writes Teams blocks (403 MessageWritesBlocked), with the reason', async () => {
    connector.refusals.set('a:1personal-chat-with-analyst', { status: 403, code: 'MessageWritesBlocked' });
    try {
      const db = new Database(database.target);
      // A new week for this person: forget last run's record so the brief is due again.
      db.prepare("delete from outbox where platform = 'teams' and conversation_id = ?").run(`user:${USER.aadObjectId}`);
      db.close();
      const sent = JSON.parse((await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], emulatorCli)).stdout) as { failed: Array<{ error: string }> };
      expect(sent.failed.map((f) => f.error)).toEqual([expect.stringContaining('MessageWritesBlocked')]);
      const check = new Database(database.target, { readonly: true });
      const row = check.prepare("select paused_reason from delivery_targets where platform = 'teams' and conversation_id = ?").get(`user:${USER.aadObjectId}`) as { paused_reason: string };
      check.close();
      expect(row.paused_reason).toMatch(/^Teams: MessageWritesBlocked/);
    } finally {
      connector.refusals.clear();
    }
  });

  it('greets when added to a team, and pauses the channel when removed', async () => {
    const before = connector.calls.length;
    expect((await post(teamMembership(connector.url, 'added'))).status).toBe(200);
    const [welcome] = await connector.waitFor(1, before);
    expect(cardText(welcome!)).toMatch(/follow/i);
    expect((await post(channelMessage(connector.url, 'list'))).status).toBe(200);
    expect((await post(teamMembership(connector.url, 'removed'))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const db = new Database(database.target, { readonly: true });
    try {
      const target = db.prepare("select paused_reason from delivery_targets where platform = 'teams' and conversation_id = ?").get(CHANNEL_ID) as { paused_reason: string | null };
      expect(target.paused_reason).toBe('Teams: the bot was removed from this conversation');
    } finally {
      db.close();
    }
  });
});

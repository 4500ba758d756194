/**
 * The playground on the real `mawjaz serve` (no platform credentials, an empty SQLite file): the
 * samples loaded on first run, chat answered as Slack blocks and a Teams card, Follow clicks of both
 * platforms, briefs previewed and sent through the outbox to the inbox, the operator's views, and the
 * API's refusals of hostile input — all over real HTTP.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../digests/compile/period.js';
import { runCli, projectRoot } from '../support/cli.js';
import { type TestDatabase, tempSqlite } from '../support/databases.js';
import { FakeSite } from '../support/fake-site.js';
import { type ServerProcess, startServer } from '../support/fake-slack.js';
import { parseExposition, valueOf } from '../support/prometheus-text.js';
import { call, cardSubmits, rawGet, type Rendered, slackButtons, slackText, teamsText } from './playground-client.js';

const WEB_DIR = join(projectRoot, 'adapters/playground/web');
const ARABIC = /[\u0600-\u06FF]/;

interface State {
  user: { id: string; name: string };
  places: string[];
  follows: Array<{ topic: { id: string; name: string; kind: string }; mode: string; place: string }>;
  topics: Array<{ id: string; kind: string; name: string; nameAr: string | null }>;
  period: { from: string; to: string };
}

interface DeliveryView {
  id: number;
  status: string;
  kind: string;
  platform: string;
  conversationId: string;
  messageIds: string[];
}

describe('the playground on the real server', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let site: FakeSite;
  const api = <T = Record<string, unknown>>(path: string, options: Parameters<typeof call>[2] = {}) => call<T>(server.url, `/playground/api${path}`, options);
  /** Days the server moved the samples by (it says so on first run): their days as written, where they now are. */
  let shiftDays = 0;
  const sampleDay = (asWritten: string): string => addDays(asWritten, shiftDays);
  const follows = async () => (await api<State>('/state')).body.follows.map((f) => `${f.place}:${f.topic.id}:${f.mode}`);

  beforeAll(async () => {
    database = tempSqlite();
    site = new FakeSite();
    await site.start();
    server = await startServer(database.target, { MAWJAZ_SCHEDULER_SECONDS: '1' });
    shiftDays = Number(/their dates were moved by (-?\d+) days/.exec(server.output())?.[1] ?? Number.NaN);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await site?.stop();
    await database?.drop();
  });

  it('loads the bundled samples into the empty database before serving, and says where to open the playground', async () => {
    expect(server.output()).toMatch(/the database had no articles, so the bundled samples were loaded: \d+ articles from samples\/news; their dates were moved by -?\d+ days so the newest is from yesterday/);
    // Their newest (21 November 2026 as written) is yesterday, by the server's clock.
    const today = new Date().toISOString().slice(0, 10);
    expect([addDays(today, -1), addDays(today, -2)]).toContain(sampleDay('2026-11-21'));
    expect(server.output()).toContain(`playground: open ${server.url}/`);
    expect(server.output()).toMatch(/mawjaz serving on \S+ \(playground\)/);
    const state = await api<State>('/state');
    expect(state.status).toBe(200);
    expect(state.body.user).toEqual({ id: 'you', name: 'You' });
    expect(state.body.places).toEqual(['dm', 'channel']);
    expect(state.body.follows).toEqual([]);
    // The samples' busiest Monday-to-Sunday week, among their last ones.
    const { from, to } = state.body.period;
    expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(to).toBe(addDays(from, 6));
    expect(from >= sampleDay('2026-11-09') && from <= sampleDay('2026-11-21')).toBe(true);
    const ids = state.body.topics.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['process:khartoum', 'org:iom', 'country:EG']));
    expect(state.body.topics.find((t) => t.id === 'country:EG')?.nameAr).toBe('مصر');
  });

  it('answers the first questions with this week\'s stories, by the real clock: مصر, IOM, libya and brief', async () => {
    for (const topic of ['مصر', 'IOM', 'libya']) {
      const answer = await api<Rendered>('/command', { json: { text: topic, place: 'dm' } });
      expect(answer.body.kind, topic).toBe('topic');
      const heading = /\* — (\d+) stor(?:y|ies) in the last seven days/.exec(slackText(answer.body));
      expect(Number(heading?.[1] ?? 0), topic).toBeGreaterThan(0);
      expect(slackText(answer.body), topic).not.toContain('Nothing new');
    }
    const brief = await api<Rendered & { brief?: unknown }>('/command', { json: { text: 'brief', place: 'dm' } });
    expect(brief.body.kind).toBe('brief');
    const overview = /(\d+) stor(?:y|ies) from (\d+) articles? in (\d+) sources?/.exec(slackText(brief.body));
    expect(Number(overview?.[1] ?? 0)).toBeGreaterThan(0);
  });

  it('answers a command with the Slack blocks and the Teams card the adapters would send', async () => {
    const answer = await api<Rendered>('/command', { json: { text: 'khartoum', place: 'dm' } });
    expect(answer.status).toBe(200);
    expect(answer.body.kind).toBe('topic');
    expect(answer.body.slack[0]?.blocks.length).toBeGreaterThan(0);
    expect(slackText(answer.body)).toContain('Khartoum Process');
    expect(answer.body.teams[0]).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(teamsText(answer.body)).toContain('Khartoum Process');
    expect(slackButtons(answer.body)).toContainEqual(expect.objectContaining({ actionId: 'mawjaz_follow', value: JSON.stringify({ topic: 'process:khartoum', view: 'card' }) }));
    expect(cardSubmits(answer.body).map((s) => s.data)).toContainEqual({ mawjaz: 'follow', topic: 'process:khartoum', view: 'card' });
  });

  it('says a query of common words only has nothing to look for, in the Slack blocks and the Teams card alike', async () => {
    const answer = await api<Rendered>('/command', { json: { text: 'the of and', place: 'dm' } });
    expect(answer.status).toBe(200);
    expect(answer.body.kind).toBe('search');
    expect(answer.body.slack[0]?.text).toBe('Only common words were given');
    expect(slackText(answer.body)).toContain('holds only common words');
    expect(teamsText(answer.body)).toContain('holds only common words');
    expect(`${slackText(answer.body)} ${teamsText(answer.body)}`).not.toContain('No articles found');
  });

  it('follows a topic from the Slack Follow button: the card is redrawn, /state and list show it', async () => {
    const card = await api<Rendered>('/command', { json: { text: 'khartoum', place: 'dm' } });
    const followButton = slackButtons(card.body).find((b) => b.actionId === 'mawjaz_follow');
    expect(followButton).toBeDefined();
    const clicked = await api<Rendered>('/slack-action', { json: { actionId: followButton!.actionId, value: followButton!.value, place: 'dm' } });
    expect(clicked.status).toBe(200);
    expect(clicked.body.kind).toBe('topic');
    expect(slackButtons(clicked.body).map((b) => b.actionId)).toContain('mawjaz_unfollow');
    expect(await follows()).toContain('dm:process:khartoum:brief');
    const list = await api<Rendered>('/command', { json: { text: 'list', place: 'dm' } });
    expect(list.body.kind).toBe('list');
    expect(slackText(list.body)).toContain('Khartoum Process');
    expect(teamsText(list.body)).toContain('Khartoum Process');
  });

  it('follows and subscribes the channel from the Teams card buttons, through the same handlers', async () => {
    const card = await api<Rendered>('/command', { json: { text: 'egypt', place: 'channel' } });
    const actions = cardSubmits(card.body);
    const follow = actions.find((a) => a.data.mawjaz === 'follow' && a.data.topic === 'country:EG' && a.data.view === 'card');
    const subscribe = actions.find((a) => a.data.mawjaz === 'subscribe' && a.data.topic === 'country:EG' && a.data.view === 'card');
    expect(follow).toBeDefined();
    expect(subscribe).toBeDefined();

    const followed = await api<Rendered>('/teams-action', { json: { data: follow!.data, place: 'channel' } });
    expect(followed.status).toBe(200);
    expect(cardSubmits(followed.body).map((a) => a.data)).toContainEqual({ mawjaz: 'unfollow', topic: 'country:EG', view: 'card' });
    const subscribed = await api<Rendered>('/teams-action', { json: { data: subscribe!.data, place: 'channel' } });
    expect(cardSubmits(subscribed.body).map((a) => a.data)).toContainEqual({ mawjaz: 'unsubscribe', topic: 'country:EG', view: 'card' });
    expect(await follows()).toEqual(expect.arrayContaining(['dm:country:EG:brief', 'channel:country:EG:brief']));

    const list = await api<Rendered>('/command', { json: { text: 'list', place: 'channel' } });
    expect(slackText(list.body)).toContain('Egypt');

    // Unfollow from the Slack button the redrawn card carries now.
    const again = await api<Rendered>('/command', { json: { text: 'egypt', place: 'dm' } });
    const unfollow = slackButtons(again.body).find((b) => b.actionId === 'mawjaz_unfollow' && b.value.includes('country:EG'));
    await api('/slack-action', { json: { actionId: unfollow!.actionId, value: unfollow!.value, place: 'dm' } });
    expect(await follows()).not.toContain('dm:country:EG:brief');
    expect(await follows()).toContain('channel:country:EG:brief');
  });

  it('times playground commands and clicks on /metrics, as Slack and Teams ones are', async () => {
    const counted = async () => {
      const scraped = await rawGet(server.url, '/metrics');
      expect(scraped.status).toBe(200);
      const series = parseExposition(scraped.body);
      const count = (kind: string) => valueOf(series, 'mawjaz_command_duration_seconds_count', { platform: 'playground', kind, outcome: 'ok' }) ?? 0;
      return { command: count('command'), click: count('click') };
    };
    const before = await counted();
    const card = await api<Rendered>('/command', { json: { text: 'libya', place: 'dm' } });
    const follow = cardSubmits(card.body).find((a) => a.data.mawjaz === 'follow' && a.data.topic === 'country:LY');
    expect(follow).toBeDefined();
    const followed = await api<Rendered>('/teams-action', { json: { data: follow!.data, place: 'dm' } });
    const after = await counted();
    expect(after.command).toBe(before.command + 1);
    // A Follow click both changes the subscription and redraws the card: each call is timed.
    expect(after.click).toBeGreaterThan(before.click);
    // Follows as they were, for the tests after this one.
    const unfollow = cardSubmits(followed.body).find((a) => a.data.mawjaz === 'unfollow' && a.data.topic === 'country:LY');
    await api('/teams-action', { json: { data: unfollow!.data, place: 'dm' } });
    expect(await follows()).not.toContain('dm:country:LY:brief');
  });

  it('refuses clicks that are not ours, naming what was wrong', async () => {
    const unknown = await api('/slack-action', { json: { actionId: 'mawjaz_follow', value: '{"topic":1}', place: 'dm' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/not one of Mawjaz's buttons/);
    const card = await api('/teams-action', { json: { data: { mawjaz: 'delete-everything' }, place: 'dm' } });
    expect(card.status).toBe(400);
    expect(card.body.error).toMatch(/card actions/);
  });

  it('previews an Arabic brief: the Teams card is right-to-left and the text Arabic, in both renderings', async () => {
    const preview = await api<Rendered & { brief: { lang: string; sections: Array<{ topic: { id: string } }> } }>('/brief/preview', {
      json: { topics: ['country:EG', 'process:khartoum'], from: sampleDay('2026-11-09'), to: sampleDay('2026-11-15'), lang: 'ar' },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.kind).toBe('brief');
    expect(preview.body.brief.lang).toBe('ar');
    expect(preview.body.brief.sections.map((s) => s.topic.id)).toEqual(['country:EG', 'process:khartoum']);
    expect(preview.body.teams.length).toBeGreaterThan(0);
    for (const card of preview.body.teams) expect(card.rtl).toBe(true);
    expect(teamsText(preview.body)).toMatch(ARABIC);
    expect(preview.body.slack[0]?.text).toMatch(ARABIC);
    expect(preview.body.slack[0]?.blocks[0]).toMatchObject({ type: 'header' });

    const english = await api<Rendered>('/brief/preview', { json: { topics: [], from: sampleDay('2026-11-09'), to: sampleDay('2026-11-15'), lang: 'en' } });
    expect(english.status).toBe(200);
    expect(english.body.teams[0]?.rtl).not.toBe(true);
  });

  it('refuses a brief with a bad period, language or topic, naming it', async () => {
    const badDay = await api('/brief/preview', { json: { topics: [], from: '2026-13-40', to: '2026-11-15', lang: 'en' } });
    expect(badDay.status).toBe(400);
    expect(badDay.body.error).toMatch(/^from/);
    const reversed = await api('/brief/preview', { json: { topics: [], from: '2026-11-15', to: '2026-11-09', lang: 'en' } });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error).toMatch(/from 2026-11-15 is after to 2026-11-09/);
    const lang = await api('/brief/preview', { json: { topics: [], from: '2026-11-09', to: '2026-11-15', lang: 'fr' } });
    expect(lang.status).toBe(400);
    expect(lang.body.error).toMatch(/^lang/);
    const topic = await api('/brief/send', { json: { topics: ['no such topic zzz'], from: '2026-11-09', to: '2026-11-15', lang: 'en' } });
    expect(topic.status).toBe(404);
    expect(topic.body.error).toMatch(/no topic named/);
  });

  it('sends a brief through the outbox to the inbox: each click is its own delivery, listed as sent', async () => {
    const before = (await api<{ messages: unknown[] }>('/inbox')).body.messages.length;
    const choice = { topics: ['country:EG'], from: sampleDay('2026-11-09'), to: sampleDay('2026-11-15'), lang: 'ar' };
    const first = await api<{ delivery: DeliveryView }>('/brief/send', { json: choice });
    expect(first.status).toBe(200);
    expect(first.body.delivery).toMatchObject({ status: 'sent', kind: 'brief', platform: 'playground', conversationId: 'user:you' });
    expect(first.body.delivery.messageIds).toEqual([expect.stringMatching(/^inbox:\d+$/)]);
    const second = await api<{ delivery: DeliveryView }>('/brief/send', { json: choice });
    expect(second.body.delivery.id).not.toBe(first.body.delivery.id);

    const sent = await api<{ counts: Record<string, number>; deliveries: DeliveryView[] }>('/deliveries?status=sent');
    expect(sent.status).toBe(200);
    expect(sent.body.deliveries.map((d) => d.id)).toEqual(expect.arrayContaining([first.body.delivery.id, second.body.delivery.id]));
    expect(sent.body.counts.sent).toBeGreaterThanOrEqual(2);

    const inbox = await api<{ messages: Array<{ id: number; at: string; kind: string; slack: Rendered['slack']; teams: Rendered['teams'] }> }>('/inbox');
    expect(inbox.body.messages.length).toBe(before + 2);
    const [newest] = inbox.body.messages;
    expect(`inbox:${newest!.id}`).toBe(second.body.delivery.messageIds[0]);
    expect(newest!.kind).toBe('brief');
    expect(newest!.teams[0]?.rtl).toBe(true);
    expect(JSON.stringify(newest!.slack)).toContain('مصر');
  });

  it('retries a failed delivery: requeued, then sent by the server\'s scheduler to the inbox', async () => {
    const sqlite = new Database(database.target);
    const now = new Date().toISOString();
    const { lastInsertRowid } = sqlite
      .prepare(
        `INSERT INTO outbox (platform, workspace_id, conversation_id, kind, occasion, payload, status, attempts, next_attempt_at, last_error, message_ids, created_at, updated_at)
         VALUES ('playground', 'local', 'user:you', 'brief', 'failed-once', ?, 'failed', 8, ?, 'the network was down', '[]', ?, ?)`,
      )
      .run(JSON.stringify({ from: sampleDay('2026-11-09'), to: sampleDay('2026-11-15'), topics: ['process:khartoum'], lang: 'en' }), now, now, now);
    sqlite.close();
    const id = Number(lastInsertRowid);
    const failed = await api<{ deliveries: DeliveryView[] }>('/deliveries?status=failed');
    expect(failed.body.deliveries.map((d) => d.id)).toContain(id);

    const retried = await api<{ requeued: number[] }>(`/deliveries/${id}/retry`, { json: {} });
    expect(retried.status).toBe(200);
    expect(retried.body.requeued).toEqual([id]);
    let status = '';
    for (let i = 0; i < 100 && status !== 'sent'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await api<{ deliveries: DeliveryView[] }>('/deliveries')).body.deliveries.find((d) => d.id === id)?.status ?? '';
    }
    expect(status).toBe('sent');

    const notFailed = await api(`/deliveries/${id}/retry`, { json: {} });
    expect(notFailed.status).toBe(400);
    expect(notFailed.body.error).toMatch(/is sent, not failed/);
    expect((await api('/deliveries/99999/retry', { json: {} })).status).toBe(404);
    const badId = await api('/deliveries/abc/retry', { json: {} });
    expect(badId.status).toBe(400);
    expect(badId.body.error).toMatch(/delivery id must be a whole number/);
    const badStatus = await api('/deliveries?status=lost');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error).toMatch(/status must be one of/);
  });

  it('lists sources as `sources list --json` does, polls one, and adds one under the same SSRF rules', async () => {
    const added = await runCli(['sources', 'add', site.url, '--allow-private', '--no-poll', '--json', '--db', database.target]);
    expect(added.code).toBe(0);
    const feedId = (JSON.parse(added.stdout) as { id: number }).id;
    // The server's scheduler may read the new feed first: either way it holds the site's three items after this poll.
    const polled = await api<{ poll: { id: number; error: string | null; ingested: number; unchanged: number }; feed: { lastResult: string; articles: number } }>(`/sources/${feedId}/poll`, { json: {} });
    expect(polled.status).toBe(200);
    expect(polled.body.poll).toMatchObject({ id: feedId, error: null });
    expect(polled.body.poll.ingested + polled.body.poll.unchanged).toBe(3);
    expect(polled.body.feed).toMatchObject({ lastResult: 'read', articles: 3 });
    // The page's list and the CLI's, read at one moment: the scheduler's own poll of the new feed (it was
    // due at once) may still be finishing in the feed worker and record its poll in between; then read again.
    const feedsListed = async () => (await api<{ feeds: Array<Record<string, unknown>> }>('/sources')).body.feeds;
    for (let attempt = 0; ; attempt++) {
      const before = await feedsListed();
      const cli = await runCli(['sources', 'list', '--json', '--db', database.target]);
      const after = await feedsListed();
      if (JSON.stringify(before) !== JSON.stringify(after) && attempt < 5) continue;
      expect(after).toEqual(JSON.parse(cli.stdout));
      break;
    }

    // Added from the page, a private address is refused as the CLI refuses it, and nothing is stored.
    const privateFeed = await api('/sources', { json: { url: `${site.url}?private=1`, name: 'Local' } });
    expect(privateFeed.status).toBe(400);
    expect(privateFeed.body.error).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
    expect((await api<{ feeds: unknown[] }>('/sources')).body.feeds).toHaveLength(1);
    const duplicate = await api('/sources', { json: { url: site.url } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error).toMatch(/already a source/);
    const notUrl = await api('/sources', { json: { url: 'ftp://example.org/feed' } });
    expect(notUrl.status).toBe(400);
    const missing = await api('/sources/999/poll', { json: {} });
    expect(missing.status).toBe(404);
  });

  it('lists tracked topics with aliases, adds one that chat finds at once, and adds aliases', async () => {
    const topics = await api<{ topics: Array<{ id: string; aliases: string[] }> }>('/topics');
    expect(topics.status).toBe(200);
    expect(topics.body.topics.find((t) => t.id === 'process:khartoum')?.aliases.length).toBeGreaterThan(0);
    expect(topics.body.topics.some((t) => t.id.startsWith('country:'))).toBe(false);

    // Searched before it exists, then added: chat finds it at once (its topic search is rebuilt).
    expect((await api<Rendered>('/command', { json: { text: 'tidewater accord', place: 'dm' } })).body.kind).not.toBe('topic');
    const added = await api<{ topic: { id: string; name: string; nameAr: string | null; aliases: string[] } }>('/topics', { json: { name: 'Tidewater Accord', aliases: ['اتفاق المد'] } });
    expect(added.status).toBe(200);
    expect(added.body.topic).toMatchObject({ id: 'topic:tidewater-accord', name: 'Tidewater Accord', nameAr: 'اتفاق المد' });
    const card = await api<Rendered>('/command', { json: { text: 'اتفاق المد', place: 'dm' } });
    expect(card.body.kind).toBe('topic');
    const follow = slackButtons(card.body).find((b) => b.actionId === 'mawjaz_follow' && b.value.includes('topic:tidewater-accord'));
    await api('/slack-action', { json: { actionId: follow!.actionId, value: follow!.value, place: 'dm' } });
    expect(await follows()).toContain('dm:topic:tidewater-accord:brief');

    const aliased = await api<{ topic: { aliases: string[] } }>(`/topics/${encodeURIComponent('topic:tidewater-accord')}/aliases`, { json: { aliases: ['Tidewater pact'] } });
    expect(aliased.status).toBe(200);
    expect(aliased.body.topic.aliases).toEqual(expect.arrayContaining(['Tidewater Accord', 'اتفاق المد', 'Tidewater pact']));
    expect((await api<{ topics: Array<{ id: string; aliases: string[] }> }>('/topics')).body.topics.find((t) => t.id === 'topic:tidewater-accord')?.aliases).toContain('Tidewater pact');

    const duplicate = await api('/topics', { json: { name: 'Tidewater Accord' } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error).toMatch(/already exists/);
    const badKind = await api('/topics', { json: { name: 'Something', kind: 'planet' } });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error).toMatch(/unknown kind "planet"/);
    const noAliases = await api('/topics/topic:tidewater-accord/aliases', { json: { aliases: [] } });
    expect(noAliases.status).toBe(400);
    expect(noAliases.body.error).toMatch(/^aliases/);
    expect((await api('/topics/topic:nothing-here/aliases', { json: { aliases: ['x y'] } })).status).toBe(404);
  });

  it('refuses hostile input: big bodies, bad JSON, wrong types naming the field, unknown routes and methods', async () => {
    const big = await api('/command', { raw: JSON.stringify({ text: 'x'.repeat(100 * 1024), place: 'dm' }) });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(/larger than/);
    const badJson = await api('/command', { raw: '{"text": "khartoum",' });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error).toBe('the body is not JSON');
    const wrongType = await api('/command', { json: { text: 5, place: 'dm' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error).toMatch(/^text: /);
    const wrongPlace = await api('/command', { json: { text: 'khartoum', place: 'kitchen' } });
    expect(wrongPlace.status).toBe(400);
    expect(wrongPlace.body.error).toMatch(/^place: /);
    const tooLong = await api('/command', { json: { text: 'k'.repeat(4001), place: 'dm' } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error).toMatch(/^text: /);
    const notObject = await api('/teams-action', { json: { data: 'follow', place: 'dm' } });
    expect(notObject.status).toBe(400);
    expect(notObject.body.error).toMatch(/^data: /);
    const unknown = await api('/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/no playground API at \/playground\/api\/nothing-here/);
    const wrongMethod = await api('/command');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.error).toBe('use POST');
    // Hostile text is answered, not failed on.
    const hostile = await api<Rendered>('/command', { json: { text: '<!channel> follow <script>alert(1)</script>', place: 'channel' } });
    expect(hostile.status).toBe(200);
    expect(slackText(hostile.body)).not.toContain('<!channel>');
  });

  it('guards state changes against cross-site requests: JSON only, from this origin, addressed to this machine', async () => {
    const form = await api('/command', { raw: 'text=follow+egypt&place=dm', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    expect(form.body.error).toMatch(/content-type: application\/json/);
    const plain = await api('/command', { raw: '{"text":"follow egypt","place":"dm"}', headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    const foreign = await api('/command', { json: { text: 'follow libya', place: 'dm' }, headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(await follows()).not.toContain('dm:country:LY:brief');
    const same = await api('/command', { json: { text: 'list', place: 'dm' }, headers: { origin: server.url } });
    expect(same.status).toBe(200);
    // A page elsewhere reaching 127.0.0.1 through DNS rebinding names its own host.
    const rebound = await rawGet(server.url, '/playground/api/state', { host: 'evil.example' });
    expect(rebound.status).toBe(403);
  });

  it('serves the page and its files with content types and a strict CSP, and refuses paths out of its folder', async () => {
    const page = await call(server.url, '/');
    if (existsSync(join(WEB_DIR, 'index.html'))) {
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    } else {
      expect(page.status).toBe(503);
      expect((page.body as { error: string }).error).toMatch(/^the playground page is missing: .*adapters\/playground\/web\/index\.html was not found$/);
    }
    const own = existsSync(WEB_DIR) ? readdirSync(WEB_DIR).find((name) => name.endsWith('.js')) : undefined;
    if (own) {
      const script = await call(server.url, `/playground/assets/${own}`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    }

    const vendor = await call(server.url, '/playground/assets/vendor/adaptivecards.min.js');
    expect(vendor.status).toBe(200);
    expect(vendor.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(vendor.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = vendor.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(String(vendor.body)).toContain('AdaptiveCard');

    for (const path of ['/playground/assets/../../package.json', '/playground/assets/%2e%2e/%2e%2e/package.json', '/playground/assets/..%2f..%2fpackage.json', '/playground/assets/vendor/..%2f..%2f..%2fpackage.json', '/playground/assets/.hidden']) {
      const refused = await rawGet(server.url, path);
      expect(refused.status, path).toBe(400);
      expect(refused.body).not.toContain('"name": "mawjaz"');
    }
    expect((await call(server.url, '/playground/assets/nothing.js')).status).toBe(404);
    expect((await call(server.url, '/playground/assets/vendor/adaptivecards.min.js', { method: 'POST', raw: '{}' })).status).toBe(405);
    expect((await call(server.url, '/healthz')).body).toMatchObject({ ok: true, platforms: ['playground'] });
  });
});

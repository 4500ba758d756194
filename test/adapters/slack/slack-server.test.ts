/**
 * The Slack endpoint end to end: the real `mawjaz serve` process on a real SQLite file with the
 * samples, spoken to exactly as Slack does (form-encoded signed slash commands, block_actions payloads,
 * signed Events API deliveries: App Home, direct messages, @mentions), with a local fake standing in
 * for Slack's response_url endpoint and Web API.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplesNewsDir, runCli } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { blockActionsPayload, FakeSlack, type ServerProcess, slackHeaders, slashCommandForm, startServer } from '../../support/fake-slack.js';
import { mrkdwnProblems, mrkdwnTexts } from '../../support/slack-mrkdwn.js';

const SECRET = 'test-signing-secret-0123456789';
const TEAM = 'T0MAWJAZ';
const USER = 'U0ANALYST';
const CHANNEL = 'C0POLICY';
/** The bot's own user id, as the event envelope's authorizations name it. */
const BOT_USER = 'U0MAWJAZBOT';

interface Block {
  type: string;
  text?: { text: string };
  accessory?: { type: string; action_id?: string; options?: Array<{ text: { text: string }; value: string }> };
  elements?: Array<{ action_id?: string; text?: { text: string } | string; value?: string }>;
}
interface Reply {
  text: string;
  blocks: Block[];
  response_type?: string;
  replace_original?: boolean;
}

describe('Slack: /migration on the real server', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let server: ServerProcess;
  let responses = 0;

  beforeAll(async () => {
    database = tempSqlite();
    const ingest = await runCli(['ingest', samplesNewsDir, '--db', database.target, '--no-progress']);
    expect(ingest.code).toBe(0);
    slack = new FakeSlack();
    const fakeUrl = await slack.start();
    // The test sends briefs with the CLI and counts them: the server's own scheduler must not race it.
    server = await startServer(database.target, { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: `${fakeUrl}/api/`, MAWJAZ_SCHEDULER_SECONDS: '0' });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.stop();
    await database?.drop();
  });

  async function post(body: string, headers: Record<string, string>): Promise<Response> {
    return fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
  }

  /** A slash command as Slack sends it; resolves with Slack's HTTP answer and our response_url reply. */
  async function command(text: string, channel = CHANNEL): Promise<{ status: number; replies: Reply[] }> {
    responses += 1;
    const path = `/respond/${responses}`;
    const form = slashCommandForm(TEAM, USER, channel, text, `${slack.url}${path}`);
    const before = slack.requests.length;
    const res = await post(form, slackHeaders(SECRET, form));
    const first = await slack.next(path, before);
    await new Promise((r) => setTimeout(r, 150)); // a long brief may come as several messages
    const replies = slack.requests.slice(before).filter((r) => r.path === path).map((r) => JSON.parse(r.body) as Reply);
    expect(first).toBeDefined();
    return { status: res.status, replies };
  }

  /** A button click as Slack sends it, from a message (with a response_url) or from App Home (without). */
  function blockAction(actionId: string, value: string, where: Record<string, unknown>): string {
    const payload = blockActionsPayload(TEAM, USER, {
      trigger_id: '123.456.def',
      ...where,
      actions: [{ action_id: actionId, block_id: 'topic', type: 'button', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1732000001.000200' }],
    });
    return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  }

  async function click(actionId: string, value: string, channel = CHANNEL): Promise<Reply> {
    responses += 1;
    const path = `/respond/${responses}`;
    const form = blockAction(actionId, value, {
      container: { type: 'message', message_ts: '1732000000.000100', channel_id: channel, is_ephemeral: true },
      channel: { id: channel, name: 'migration-policy' },
      response_url: `${slack.url}${path}`,
    });
    const before = slack.requests.length;
    const res = await post(form, slackHeaders(SECRET, form));
    expect(res.status).toBe(200);
    return JSON.parse((await slack.next(path, before)).body) as Reply;
  }

  const allText = (replies: readonly Reply[]): string => JSON.stringify(replies);
  /** What Slack parses for mentions and links: mrkdwn objects and the notification text (plain_text shows literally). */
  const parsedText = (replies: readonly Reply[]): string => mrkdwnTexts(replies).join('\n');
  const buttons = (reply: Reply) => reply.blocks.flatMap((b) => b.elements ?? []).filter((e) => e.action_id !== undefined);

  it('answers GET /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: 'sqlite', platforms: ['slack'] });
  });

  it('shows a topic card for a topic named in English, with Follow and Subscribe buttons', async () => {
    const { status, replies } = await command('khartoum');
    expect(status).toBe(200);
    expect(replies[0]?.response_type).toBe('ephemeral');
    const text = allText(replies);
    expect(text).toContain('Khartoum Process');
    const ids = buttons(replies[0]!).map((b) => b.action_id);
    expect(ids).toEqual(expect.arrayContaining(['mawjaz_follow', 'mawjaz_subscribe', 'mawjaz_share']));
  });

  it('finds the same topic from Arabic', async () => {
    const { replies } = await command('عملية الخرطوم');
    expect(allText(replies)).toContain('Khartoum Process');
  });

  it('says a query of common words only has nothing to look for, rather than that no article matched', async () => {
    for (const query of ['the of and', 'في من على']) {
      const { status, replies } = await command(query);
      expect(status).toBe(200);
      expect(replies[0]?.text).toBe('Only common words were given');
      expect(allText(replies)).toContain('holds only common words');
      expect(allText(replies)).not.toContain('No articles found');
    }
    // A real query that matches nothing still says so.
    expect(allText((await command('zxqvbn wqrtpl')).replies)).toContain('No articles found');
  });

  it('follows on a button click, redraws the card in place, and a second click changes nothing', async () => {
    const value = JSON.stringify({ topic: 'process:khartoum', view: 'card' });
    const reply = await click('mawjaz_follow', value);
    expect(reply.replace_original).toBe(true);
    expect(buttons(reply).map((b) => b.action_id)).toContain('mawjaz_unfollow');
    const again = await click('mawjaz_follow', value);
    expect(buttons(again).map((b) => b.action_id)).toContain('mawjaz_unfollow');
    const { replies } = await command('list');
    const listed = allText(replies);
    expect(listed).toContain('Khartoum Process');
    // The first follow created the person's brief at 08:00 in their Slack time zone (users.info).
    expect(listed).toContain('Monday 08:00 (Africa/Cairo)');
    expect(slack.requests.some((r) => r.path === '/api/users.info' && new URLSearchParams(r.body).get('user') === USER)).toBe(true);
    expect(listed.match(/Khartoum Process/g)?.length).toBeGreaterThanOrEqual(1);
  });

  it('follows and subscribes by typed command, and says when nothing changed', async () => {
    expect(allText((await command('follow egypt')).replies)).toContain('now follow *Egypt*');
    expect(allText((await command('follow egypt')).replies)).toContain('already follow *Egypt*');
    expect(allText((await command('subscribe libya')).replies)).toContain('This channel is now subscribed to *Libya*');
    const list = allText((await command('list')).replies);
    expect(list).toContain('Egypt');
    expect(list).toContain('This channel is subscribed to');
    expect(allText((await command('unfollow egypt')).replies)).toContain('no longer follow *Egypt*');
  });

  it('offers the closest topics for an unknown one, and help with a "did you mean" for a typo', async () => {
    const unknown = allText((await command('follow atlantis')).replies);
    expect(unknown).toContain('No topic named');
    const typo = allText((await command('folow egypt')).replies);
    expect(typo).toContain('Did you mean');
    expect(typo).toContain('follow egypt');
  });

  it('answers hostile input without errors or live mentions', async () => {
    for (const text of ['<!channel> &lt;!here&gt; *bold*', '\u202Eegypt', 'x'.repeat(20_000), '', '"a" OR b* NEAR(x)']) {
      const { status, replies } = await command(text);
      expect(status).toBe(200);
      expect(replies.length).toBeGreaterThan(0);
      expect(parsedText(replies)).not.toMatch(/<[!@#]/);
    }
  });

  it('answers help, mistakes and the (empty) source list in well-formed mrkdwn, placeholders shown as typed', async () => {
    const texts: string[] = [];
    for (const text of ['help', 'sources', 'schedule someday', 'folow egypt', 'language <fr> & co']) texts.push(...mrkdwnTexts((await command(text)).replies));
    expect(texts.join('\n')).toContain('sources add &lt;url&gt;');
    expect(texts.flatMap(mrkdwnProblems)).toEqual([]);
  });

  it('keeps a hostile tracked topic name inert in cards, buttons and notification text', async () => {
    const tracked = (await command('track <!channel> Watch = zz-hostile-alias')).replies;
    expect(allText(tracked)).toContain('Now tracking');
    expect(parsedText(tracked)).not.toMatch(/<[!@#]/);
    const card = (await command('zz-hostile-alias')).replies;
    expect(parsedText(card)).not.toMatch(/<[!@#]/);
  });

  /** An Events API delivery as Slack sends it: the event_callback envelope, signed; `retry` as Slack marks its retries. */
  async function event(eventId: string, inner: Record<string, unknown>, retry?: number): Promise<number> {
    const envelope = {
      token: 'deprecated',
      team_id: TEAM,
      api_app_id: 'A0MAWJAZ',
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      event: inner,
      authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
      event_context: `4-${eventId}`,
    };
    const body = JSON.stringify(envelope);
    const res = await fetch(`${server.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...slackHeaders(SECRET, body), ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}) },
      body,
    });
    return res.status;
  }

  async function settle(): Promise<void> {
    await new Promise((r) => setTimeout(r, 400));
  }

  it('publishes App Home with your follows, next brief and your channels\' briefs, once per event even when Slack retries it', async () => {
    // The person is in the policy channel (subscribed to Libya above) and in one with no subscriptions.
    slack.answers.set('/api/users.conversations', () => ({ ok: true, channels: [{ id: CHANNEL }, { id: 'C0QUIET' }], response_metadata: { next_cursor: '' } }));
    const before = slack.requests.length;
    expect(await event('Ev0HOME1', { type: 'app_home_opened', user: USER, channel: 'D0APPHOME', tab: 'home', event_ts: '1732000000.1' })).toBe(200);
    const published = await slack.next('/api/views.publish', before);
    const form = new URLSearchParams(published.body);
    expect(form.get('user_id')).toBe(USER);
    const view = form.get('view') ?? '';
    expect(view).toContain('Your weekly brief');
    expect(view).toContain('Khartoum Process');
    expect(view).toContain('mawjaz_unfollow');
    expect(view).toContain(`<#${CHANNEL}>: Libya`);
    expect(view).not.toContain('C0QUIET');
    const asked = slack.requests.slice(before).find((r) => r.path === '/api/users.conversations');
    expect(new URLSearchParams(asked?.body).get('user')).toBe(USER);
    expect(await event('Ev0HOME1', { type: 'app_home_opened', user: USER, channel: 'D0APPHOME', tab: 'home', event_ts: '1732000000.1' }, 1)).toBe(200);
    await settle();
    expect(slack.requests.slice(before).filter((r) => r.path === '/api/views.publish')).toHaveLength(1);
  });

  it('unfollows from App Home and redraws the tab', async () => {
    const before = slack.requests.length;
    const form = blockAction('mawjaz_unfollow', JSON.stringify({ topic: 'process:khartoum', view: 'home' }), {
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: [] },
    });
    expect((await post(form, slackHeaders(SECRET, form))).status).toBe(200);
    const published = await slack.next('/api/views.publish', before);
    expect(new URLSearchParams(published.body).get('view')).not.toContain('Khartoum Process');
  });

  /** A choice in an overflow menu as Slack sends it: the option chosen, not a button's value. */
  async function chooseInMenu(actionId: string, option: { text: { text: string }; value: string }): Promise<Reply> {
    responses += 1;
    const path = `/respond/${responses}`;
    const payload = blockActionsPayload(TEAM, USER, {
      trigger_id: '123.456.ghi',
      container: { type: 'message', message_ts: '1732000100.000100', channel_id: CHANNEL, is_ephemeral: false },
      channel: { id: CHANNEL, name: 'migration-policy' },
      message: { type: 'message', ts: '1732000100.000100', text: 'Weekly migration brief', blocks: [] },
      response_url: `${slack.url}${path}`,
      actions: [{ type: 'overflow', action_id: actionId, block_id: 'Xy1', selected_option: { text: { type: 'plain_text', text: option.text.text, emoji: true }, value: option.value }, action_ts: '1732000101.000200' }],
    });
    const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const before = slack.requests.length;
    const res = await post(form, slackHeaders(SECRET, form));
    expect(res.status).toBe(200);
    return JSON.parse((await slack.next(path, before)).body) as Reply;
  }

  it('hides a story from the channel\'s brief with its Not relevant menu, and Undo brings it back', async () => {
    // Two migration stories from yesterday, so this week's brief has them whatever today is (a brief
    // carries migration news only).
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const fresh = [
      { title: 'Libya returns migrants rescued after a storm near Zuwara', source: 'Coast Wire', text: 'Authorities in Libya returned forty migrants to a detention centre after a storm wrecked their boat near Zuwara, the coast guard said.' },
      { title: 'Libya and Niger agree on a joint patrol against migrant smugglers', source: 'Desert Post', text: 'Libya and Niger agreed to run a joint patrol against migrant smugglers on their desert border from next month, interior officials from both countries said in Tripoli.' },
    ].map((a, i) => JSON.stringify({ ...a, lang: 'en', published: yesterday, url: `https://fresh.example/${i}` }));
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-fresh-'));
    writeFileSync(join(dir, 'fresh.jsonl'), fresh.join('\n'));
    expect((await runCli(['ingest', join(dir, 'fresh.jsonl'), '--db', database.target, '--no-progress'])).code).toBe(0);
    rmSync(dir, { recursive: true, force: true });
    await command('subscribe libya');
    const menuStories = (replies: readonly Reply[]) => replies.flatMap((r) => r.blocks).filter((b) => b.accessory?.type === 'overflow');
    const before = menuStories((await command('brief')).replies);
    expect(before.length).toBeGreaterThan(1);
    const story = before[0]!;
    const notRelevant = story.accessory!.options!.find((o) => o.text.text === 'Not relevant')!;
    expect(notRelevant.value).toMatch(/^hide:/);

    // The brief's story line links its title: the confirmation names the same story.
    const title = /<[^|>]+\|([^>]+)>/.exec(story.text?.text ?? '')?.[1] ?? '';
    expect(title).not.toBe('');
    const confirmed = await chooseInMenu('mawjaz_story_menu', notRelevant);
    expect(confirmed.text).toBe(`Hidden: ${title} — not shown in this channel's briefs again.`);
    expect(confirmed.response_type).toBe('ephemeral');
    expect(confirmed.replace_original).toBeUndefined(); // the brief stays as posted
    const undo = buttons(confirmed).find((b) => b.action_id === 'mawjaz_feedback_undo')!;
    expect(undo.value).toMatch(/^unhide:/);
    // A second click (or Slack's retry) changes nothing.
    expect((await chooseInMenu('mawjaz_story_menu', notRelevant)).text).toBe(`Already hidden: ${title}.`);

    const hidden = menuStories((await command('brief')).replies);
    expect(hidden.map((b) => b.text?.text)).not.toContain(story.text?.text);
    expect(hidden.length).toBe(before.length - 1);

    const undone = await click('mawjaz_feedback_undo', undo.value!);
    expect(undone.replace_original).toBe(true);
    expect(undone.text).toBe(`Shown again: ${title} — back in this channel's briefs.`);
    expect(menuStories((await command('brief')).replies).map((b) => b.text?.text)).toEqual(before.map((b) => b.text?.text));

    // Hidden again, it is listed under "Hidden stories" with Show again, which brings it back and redraws the list.
    await chooseInMenu('mawjaz_story_menu', notRelevant);
    const list = (await command('list')).replies[0]!;
    expect(allText([list])).toContain("Hidden stories — left out of this channel's briefs");
    const row = list.blocks.find((b) => b.accessory?.action_id === 'mawjaz_show_again');
    expect(row?.text?.text).toBe(title);
    const redrawn = await click('mawjaz_show_again', (row!.accessory as unknown as { value: string }).value);
    expect(redrawn.replace_original).toBe(true);
    expect(redrawn.blocks.some((b) => b.accessory?.action_id === 'mawjaz_show_again')).toBe(false);
    expect(menuStories((await command('brief')).replies).map((b) => b.text?.text)).toEqual(before.map((b) => b.text?.text));
  });

  it('Share in channel posts the card for the channel, then tells the clicker alone where it went', async () => {
    responses += 1;
    const path = `/respond/${responses}`;
    const form = blockAction('mawjaz_share', JSON.stringify({ topic: 'process:khartoum', view: 'card' }), {
      container: { type: 'message', message_ts: '1732000000.000100', channel_id: CHANNEL, is_ephemeral: true },
      channel: { id: CHANNEL, name: 'migration-policy' },
      response_url: `${slack.url}${path}`,
    });
    const before = slack.requests.length;
    expect((await post(form, slackHeaders(SECRET, form))).status).toBe(200);
    const first = await slack.next(path, before);
    const card = JSON.parse(first.body) as Reply;
    expect(card.response_type).toBe('in_channel');
    expect(allText([card])).toContain('Khartoum Process');
    const note = JSON.parse((await slack.next(path, slack.requests.indexOf(first) + 1)).body) as Reply;
    expect(note.response_type).toBe('ephemeral');
    expect(note.text).toBe(`Shared Khartoum Process in <#${CHANNEL}>.`);
  });

  it('mutes an outlet for the channel from a story menu, lists it, and unmutes it from the list', async () => {
    const stories = (await command('brief')).replies.flatMap((r) => r.blocks).filter((b) => b.accessory?.type === 'overflow');
    const mute = stories.flatMap((b) => b.accessory!.options!).find((o) => o.value.startsWith('mute:'))!;
    const outlet = mute.text.text.replace(/^Mute (.*) here$/, '$1');
    const confirmed = await chooseInMenu('mawjaz_story_menu', mute);
    expect(confirmed.text).toBe(`${outlet} is now muted in this channel's briefs and alerts.`);
    const brief = await command('brief');
    expect(allText(brief.replies)).not.toContain(`Mute ${outlet} here`);
    const list = (await command('list')).replies[0]!;
    const unmute = list.blocks.find((b) => b.accessory?.action_id === 'mawjaz_unmute');
    expect(unmute?.text?.text).toBe(outlet);
    const redrawn = await click('mawjaz_unmute', (unmute!.accessory as unknown as { value: string }).value);
    expect(redrawn.replace_original).toBe(true);
    expect(redrawn.blocks.some((b) => b.accessory?.action_id === 'mawjaz_unmute')).toBe(false);
    expect(allText((await command('brief')).replies)).toContain(`Mute ${outlet} here`);
  });

  it('sets the channel\'s quiet hours and the person\'s in a DM, shown in list', async () => {
    expect(allText((await command('quiet 22:00-07:00')).replies)).toContain("This channel's alerts: Quiet hours 22:00–07:00");
    expect(allText((await command('quiet 10pm-6am', 'D0ANALYST')).replies)).toContain('Your alerts: Quiet hours 22:00–06:00 (Africa/Cairo)');
    expect(allText((await command('list')).replies)).toContain('Quiet hours 22:00–06:00 (Africa/Cairo)');
  });

  /** The chat.postMessage calls since `before`, as their form fields with the blocks parsed. */
  function posted(before: number): Array<{ channel: string | null; threadTs: string | null; text: string | null; blocks: Block[] }> {
    return slack.requests.slice(before).filter((r) => r.path === '/api/chat.postMessage').map((r) => {
      const form = new URLSearchParams(r.body);
      return { channel: form.get('channel'), threadTs: form.get('thread_ts'), text: form.get('text'), blocks: JSON.parse(form.get('blocks') ?? '[]') as Block[] };
    });
  }

  /** Sends an event, waits for its answer, sends Slack's retry of it (`retry` = X-Slack-Retry-Num): what was posted in all. */
  async function answeredDespiteRetry(eventId: string, inner: Record<string, unknown>, retry: number): Promise<ReturnType<typeof posted>> {
    const before = slack.requests.length;
    expect(await event(eventId, inner)).toBe(200);
    await slack.next('/api/chat.postMessage', before);
    expect(await event(eventId, inner, retry)).toBe(200);
    await settle();
    return posted(before);
  }

  it('answers a direct message in the Messages tab with the /migration grammar, once even when Slack retries it', async () => {
    const dm = { type: 'message', client_msg_id: 'c1a2b3', user: USER, text: 'khartoum', ts: '1732000200.000100', team: TEAM, channel: 'D0ANALYST', event_ts: '1732000200.000100', channel_type: 'im' };
    const answers = await answeredDespiteRetry('Ev0DM1', dm, 1);
    expect(answers).toHaveLength(1);
    expect(answers[0]?.channel).toBe('D0ANALYST');
    expect(answers[0]?.threadTs).toBeNull();
    expect(JSON.stringify(answers[0]?.blocks)).toContain('Khartoum Process');
    const follow = answers[0]?.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'mawjaz_follow' || e.action_id === 'mawjaz_unfollow');
    expect(follow?.value).toContain('process:khartoum');
  });

  it('follows a topic typed in a DM, and ignores the bot\'s own messages, edits and other bots', async () => {
    const before = slack.requests.length;
    expect(await event('Ev0DM2', { type: 'message', client_msg_id: 'c1a2b4', user: USER, text: 'follow iom', ts: '1732000201.000100', team: TEAM, channel: 'D0ANALYST', event_ts: '1732000201.000100', channel_type: 'im' })).toBe(200);
    const answer = await slack.next('/api/chat.postMessage', before);
    expect(new URLSearchParams(answer.body).get('blocks')).toMatch(/IOM|International Organization for Migration/);
    expect(allText((await command('list', 'D0ANALYST')).replies)).toMatch(/International Organization for Migration|IOM/);

    const quiet = slack.requests.length;
    // Our own answer, echoed back to us as message.im (bot_id set), and a bot_message.
    expect(await event('Ev0DMSELF', { type: 'message', user: BOT_USER, bot_id: 'B0MAWJAZ', app_id: 'A0MAWJAZ', text: 'Khartoum Process', ts: '1732000202.000100', team: TEAM, channel: 'D0ANALYST', event_ts: '1732000202.000100', channel_type: 'im' })).toBe(200);
    expect(await event('Ev0DMBOT', { type: 'message', subtype: 'bot_message', bot_id: 'B0OTHER', text: 'egypt', ts: '1732000203.000100', channel: 'D0ANALYST', event_ts: '1732000203.000100', channel_type: 'im' })).toBe(200);
    // An edit arrives as message_changed: the first version was already answered.
    expect(await event('Ev0DMEDIT', { type: 'message', subtype: 'message_changed', hidden: true, channel: 'D0ANALYST', ts: '1732000204.000100', event_ts: '1732000204.000100', channel_type: 'im', message: { type: 'message', user: USER, text: 'libya', ts: '1732000201.000100' }, previous_message: { type: 'message', user: USER, text: 'follow iom', ts: '1732000201.000100' } })).toBe(200);
    await settle();
    expect(posted(quiet)).toHaveLength(0);
  });

  it('answers an @mention in a channel, without the mention, in the thread it was written in', async () => {
    const mention = { type: 'app_mention', user: USER, text: `<@${BOT_USER}> egypt`, ts: '1732000300.000200', thread_ts: '1732000300.000100', team: TEAM, channel: CHANNEL, event_ts: '1732000300.000200' };
    const answers = await answeredDespiteRetry('Ev0MENTION1', mention, 2);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ channel: CHANNEL, threadTs: '1732000300.000100' });
    expect(JSON.stringify(answers[0]?.blocks)).toContain('Egypt');
    // The card offers to subscribe the channel, as the slash command's does.
    expect(answers[0]?.blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toEqual(expect.arrayContaining(['mawjaz_subscribe']));
    expect(answers[0]?.text).not.toContain(BOT_USER);

    // A bare mention is a question too: it gets the help, not an error.
    const bare = slack.requests.length;
    expect(await event('Ev0MENTION2', { type: 'app_mention', user: USER, text: `<@${BOT_USER}>`, ts: '1732000301.000100', team: TEAM, channel: CHANNEL, event_ts: '1732000301.000100' })).toBe(200);
    await slack.next('/api/chat.postMessage', bare);
    expect(JSON.stringify(posted(bare))).toMatch(/\/migration|follow/i);
  });

  it('pauses the workspace\'s deliveries when the app is uninstalled', async () => {
    expect(await event('Ev0UNINSTALL', { type: 'app_uninstalled', event_ts: '1732000003.0' })).toBe(200);
    await settle();
    const { replies } = await command('list');
    expect(allText(replies)).toContain('Your brief');
    const rows = await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], { env: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: `${slack.url}/api/` } });
    // Nothing goes to a workspace that removed the app.
    expect(JSON.parse(rows.stdout)).toEqual({ sent: 0, failed: [], skipped: 0, retrying: 0 });
  });

  it('refuses forged and stale requests', async () => {
    const form = new URLSearchParams({ team_id: TEAM, user_id: USER, channel_id: CHANNEL, command: '/migration', text: 'egypt', response_url: `${slack.url}/respond/forged` }).toString();
    const forged = await post(form, slackHeaders('not-the-secret-000000', form));
    expect(forged.status).toBe(401);
    const stale = await post(form, slackHeaders(SECRET, form, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(stale.status).toBe(401);
    const unsigned = await post(form, {});
    expect(unsigned.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.requests.filter((r) => r.path === '/respond/forged')).toEqual([]);
  });

  it('answers Slack\'s unsigned SSL check with 200 and does nothing else, even with a command smuggled in', async () => {
    const smuggled = `ssl_check=1&${new URLSearchParams({ team_id: TEAM, user_id: USER, channel_id: CHANNEL, command: '/migration', text: 'egypt', response_url: `${slack.url}/respond/smuggled` }).toString()}`;
    for (const body of ['ssl_check=1&token=deprecated-verification-token', smuggled]) expect((await post(body, {})).status, body).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.requests.filter((r) => r.path === '/respond/smuggled')).toEqual([]);
  });

  it('refuses correctly signed requests from more than five minutes in the future, and takes them inside the window', async () => {
    const now = Math.floor(Date.now() / 1000);
    const form = (path: string) => new URLSearchParams({ team_id: TEAM, user_id: USER, channel_id: CHANNEL, command: '/migration', text: 'egypt', response_url: `${slack.url}${path}` }).toString();
    for (const [label, offset] of [['+6 min', 6 * 60], ['+1 day', 86_400], ['-6 min', -6 * 60]] as const) {
      const body = form('/respond/out-of-window');
      expect((await post(body, slackHeaders(SECRET, body, now + offset))).status, label).toBe(401);
    }
    for (const [label, offset] of [['+4 min', 4 * 60], ['-4 min', -4 * 60]] as const) {
      const body = form(`/respond/in-window${offset}`);
      const before = slack.requests.length;
      expect((await post(body, slackHeaders(SECRET, body, now + offset))).status, label).toBe(200);
      await slack.next(`/respond/in-window${offset}`, before);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.requests.filter((r) => r.path === '/respond/out-of-window')).toEqual([]);
  });

  it('refuses signed bodies that are not a Slack request with 400, and keeps serving', async () => {
    const refused: Array<[string, string, string]> = [
      ['JSON null', 'application/json', 'null'],
      ['JSON array', 'application/json', '[]'],
      ['JSON string', 'application/json', '"x"'],
      ['JSON number', 'application/json', '1'],
      ['form payload=null', 'application/x-www-form-urlencoded', 'payload=null'],
      ['form payload=[]', 'application/x-www-form-urlencoded', 'payload=%5B%5D'],
      ['form payload twice', 'application/x-www-form-urlencoded', `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions' }))}&payload=%7B%7D`],
      ['form without a command', 'application/x-www-form-urlencoded', new URLSearchParams({ team_id: TEAM, user_id: USER, text: 'egypt' }).toString()],
    ];
    for (const [label, type, body] of refused) {
      const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...slackHeaders(SECRET, body) }, body });
      expect(res.status, label).toBe(400);
      expect(await res.text(), label).toMatch(/^not a Slack request/);
      // The server is still up and still answers Slack.
      expect((await fetch(`${server.url}/healthz`)).status, label).toBe(200);
    }
    const { status, replies } = await command('egypt');
    expect(status).toBe(200);
    expect(allText(replies)).toContain('Egypt');
  });
});

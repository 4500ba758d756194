/**
 * `mawjaz briefs send --now` end to end: the real executable posts to a local fake of Slack's Web API
 * (SLACK_API_URL): a DM opened with conversations.open for a person, the channel itself for a channel,
 * Block Kit messages, and nothing twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine } from '../../src/engine.js';
import { follow, setLanguage } from '../../src/subscriptions/subscription.service.js';
import { runCli, samplesNewsDir } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { FakeSlack } from '../support/fake-slack.js';

describe('mawjaz briefs send --now, to Slack', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = tempSqlite();
    expect((await runCli(['ingest', samplesNewsDir, '--db', database.target, '--no-progress'])).code).toBe(0);
    const engine = await testEngine(database.target);
    await follow(engine, { platform: 'slack', workspaceId: 'T1', conversationId: 'user:U1', kind: 'user', userId: 'U1' }, 'country:LY', 'brief');
    const channel = { platform: 'slack' as const, workspaceId: 'T1', conversationId: 'C0POLICY', kind: 'channel' as const, userId: 'U1' };
    await follow(engine, channel, 'process:khartoum', 'brief');
    await setLanguage(engine, channel, 'ar');
    await closeEngine(engine);
    slack = new FakeSlack();
    env = { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: `${await slack.start()}/api/` };
  }, 60_000);
  afterAll(async () => {
    await slack?.stop();
    await database?.drop();
  });

  it('opens a DM for a person, posts to a channel in its language, and never twice', async () => {
    const first = await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], { env });
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toEqual({ sent: 2, failed: [], skipped: 0, retrying: 0 });

    const open = slack.requests.find((r) => r.path === '/api/conversations.open');
    expect(new URLSearchParams(open?.body).get('users')).toBe('U1');
    expect(open?.headers.authorization).toBe('Bearer xoxb-test-token');
    const posts = slack.requests.filter((r) => r.path === '/api/chat.postMessage').map((r) => new URLSearchParams(r.body));
    // Sent concurrently: in either order.
    expect(posts.map((p) => p.get('channel')).sort()).toEqual(['C0POLICY', 'D0OPENED']);
    const toPerson = posts.find((p) => p.get('channel') === 'D0OPENED');
    const toChannel = posts.find((p) => p.get('channel') === 'C0POLICY');
    const blocks = JSON.parse(toPerson?.get('blocks') ?? '[]') as Array<{ type: string; text?: { text: string } }>;
    expect(blocks[0]?.type).toBe('header');
    expect(JSON.stringify(blocks)).toContain('Libya');
    // The channel chose Arabic.
    expect(toChannel?.get('blocks')).toContain('الموجز الأسبوعي للهجرة');

    const again = await runCli(['briefs', 'send', '--now', '--json', '--db', database.target], { env });
    expect(JSON.parse(again.stdout)).toEqual({ sent: 0, failed: [], skipped: 2, retrying: 0 });
    expect(slack.requests.filter((r) => r.path === '/api/chat.postMessage')).toHaveLength(2);
  });
});

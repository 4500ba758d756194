/**
 * The operator's CLI: `mawjaz subscriptions list|remove` over follows made on Slack and Teams (JSON
 * contract, filters, table, removal and its errors), `--version`, and a --db whose folder does not exist.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine } from '../../src/engine.js';
import { forgetConversation } from '../../src/subscriptions/conversations.service.js';
import type { SubscriptionView } from '../../src/subscriptions/subscription-listing.js';
import { follow, setSchedule } from '../../src/subscriptions/subscription.service.js';
import { json, runCli } from '../support/cli.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

/** `subscriptions list --json` prints exactly the operator's view of each subscription. */
type ListedSubscription = SubscriptionView;

const amina = { platform: 'slack', workspaceId: 'T1', conversationId: 'user:U1', kind: 'user', userId: 'U1' } as const;
const desk = { platform: 'slack', workspaceId: 'T1', conversationId: 'C-DESK', kind: 'channel', userId: 'U1' } as const;
const teamsChat = { platform: 'teams', workspaceId: 'tenant-9', conversationId: 'a:1xyz', kind: 'user', userId: '29:abc' } as const;

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`mawjaz subscriptions on ${dialect.name}`, () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await dialect.create();
      const engine = await testEngine(database.target);
      try {
        await follow(engine, amina, 'country:LY', 'brief', { timeZone: 'Africa/Cairo' });
        await setSchedule(engine, amina, { day: 'thursday', time: '07:30', timeZone: null });
        await follow(engine, amina, 'org:iom', 'alerts');
        await follow(engine, desk, 'process:khartoum', 'brief', { timeZone: 'UTC' });
        await follow(engine, teamsChat, 'country:SD', 'brief', { timeZone: 'Europe/Paris' });
        await forgetConversation(engine, teamsChat);
      } finally {
        await closeEngine(engine);
      }
    }, 60_000);
    afterAll(async () => database?.drop());

    it('lists every subscription with its conversation, topic, mode, schedule, language and pause', async () => {
      const result = await runCli(['subscriptions', 'list', '--json', '--db', database.target]);
      expect(result.code).toBe(0);
      const { subscriptions } = json<{ subscriptions: ListedSubscription[] }>(result);
      expect(subscriptions.map((s) => [s.platform, s.conversationId, s.topic.id, s.mode])).toEqual([
        ['slack', 'user:U1', 'country:LY', 'brief'],
        ['slack', 'user:U1', 'org:iom', 'alerts'],
        ['slack', 'C-DESK', 'process:khartoum', 'brief'],
        ['teams', 'a:1xyz', 'country:SD', 'brief'],
      ]);
      expect(subscriptions[0]).toMatchObject({
        workspaceId: 'T1',
        userId: 'U1',
        topic: { id: 'country:LY', name: 'Libya' },
        language: 'en',
        schedule: { day: 'thursday', time: '07:30', timeZone: 'Africa/Cairo' },
        pausedReason: null,
      });
      expect(subscriptions[2]?.topic.name).toBe('Khartoum Process');
      expect(subscriptions[3]?.pausedReason).toMatch(/bot was removed/);
    });

    it('filters by platform and by workspace, and prints a table for people', async () => {
      const teams = json<{ subscriptions: ListedSubscription[] }>(await runCli(['subscriptions', 'list', '--platform', 'teams', '--json', '--db', database.target]));
      expect(teams.subscriptions.map((s) => s.topic.id)).toEqual(['country:SD']);
      const none = json<{ subscriptions: ListedSubscription[] }>(await runCli(['subscriptions', 'list', '--workspace', 'T-other', '--json', '--db', database.target]));
      expect(none.subscriptions).toEqual([]);
      const text = await runCli(['subscriptions', 'list', '--workspace', 'T1', '--db', database.target]);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^id\s+platform\s+workspace\s+conversation/);
      expect(text.stdout).toContain('Libya (country:LY)');
      expect(text.stdout).toContain('thursday 07:30 Africa/Cairo');
      expect(text.stdout).not.toContain('country:SD');
    });

    it('removes one subscription by id, and names a bad or unknown id', async () => {
      const before = json<{ subscriptions: ListedSubscription[] }>(await runCli(['subscriptions', 'list', '--json', '--db', database.target])).subscriptions;
      const iom = before.find((s) => s.topic.id === 'org:iom')!;
      const removed = await runCli(['subscriptions', 'remove', String(iom.id), '--db', database.target]);
      expect(removed.code).toBe(0);
      expect(removed.stdout).toBe(`removed subscription ${iom.id}: slack T1 user:U1 no longer gets alerts on International Organization for Migration\n`);
      const after = json<{ subscriptions: ListedSubscription[] }>(await runCli(['subscriptions', 'list', '--json', '--db', database.target])).subscriptions;
      expect(after.map((s) => s.id)).toEqual(before.filter((s) => s.id !== iom.id).map((s) => s.id));

      const again = await runCli(['subscriptions', 'remove', String(iom.id), '--db', database.target]);
      expect(again.code).toBe(2);
      expect(again.stderr).toBe(`mawjaz: no subscription has id ${iom.id} (\`mawjaz subscriptions list\` shows them)\n`);
      const bad = await runCli(['subscriptions', 'remove', 'libya', '--db', database.target]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/a subscription id is a whole number .* not "libya"/);
    });
  });
}

describe('the command line as an operator meets it', () => {
  it('prints its version', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it('says in its help where the database is and how to choose it', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/--db <path>.*SQLite file/s);
    expect(help.stdout).toContain('subscriptions');
  });

  it('refuses a --db in a folder that does not exist instead of answering from a new empty database', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'mawjaz-db-')), 'no-such-folder', 'mawjaz.db');
    for (const args of [['list'], ['search', 'libya'], ['subscriptions', 'list']]) {
      const result = await runCli([...args, '--db', missing]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(`no database at ${missing}: the folder`);
    }
    const viaEnvironment = await runCli(['list'], { env: { MAWJAZ_DB: missing } });
    expect(viaEnvironment.code).toBe(2);
    // A command that fills a database creates it, and says where at the default log level.
    const created = await runCli(['ingest', '--db', missing, '--no-progress', join(import.meta.dirname, '../../samples/news/articles.jsonl')], { env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json' } });
    expect(created.code).toBe(0);
    expect(created.stderr).toContain(`created a new database at ${missing}`);
    expect((await runCli(['list', '--db', missing])).code).toBe(0);
  });
});

/**
 * `mawjaz deliveries list|retry` as an operator uses it: the outbox with its statuses and last errors
 * (JSON and text), failed deliveries sent again, and clear errors for bad ids and usage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryView } from '../../src/delivery/deliveries.service.js';
import { enqueueDueBriefs } from '../../src/delivery/brief-schedule.js';
import { drainOutbox } from '../../src/delivery/outbox-sender.js';
import { closeEngine } from '../../src/engine.js';
import { follow } from '../../src/subscriptions/subscription.service.js';
import { json, runCli } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

describe('mawjaz deliveries', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = tempSqlite();
    const engine = await testEngine(database.target);
    try {
      for (const user of ['U1', 'U2', 'U3']) {
        await follow(engine, { platform: 'slack', workspaceId: 'T1', conversationId: `user:${user}`, kind: 'user', userId: user }, 'country:LY', 'brief', { timeZone: 'UTC' });
      }
      await enqueueDueBriefs(engine, { now: true, platforms: ['slack'] });
      // U1's brief is sent; U2's and U3's fail for good (one attempt allowed).
      const platform = {
        platform: 'slack',
        deliver: async (target: { conversationId: string }) => {
          if (target.conversationId !== 'user:U1') throw new Error('Slack: fatal_error');
          return ['1732000000.000100'];
        },
      };
      await drainOutbox(engine, [platform], { owner: 'test', leaseMs: 60_000, concurrency: 1, maxAttempts: 1, retryBaseMs: 1000 });
    } finally {
      await closeEngine(engine);
    }
  }, 60_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('lists every delivery with its status, attempts, message ids and last error', async () => {
    const all = json<DeliveryView[]>(await runCli(['deliveries', 'list', '--json', '--db', database.target]));
    expect(all.map((d) => [d.conversationId, d.status]).sort()).toEqual([
      ['user:U1', 'sent'],
      ['user:U2', 'failed'],
      ['user:U3', 'failed'],
    ]);
    const sent = all.find((d) => d.status === 'sent');
    expect(sent).toMatchObject({ kind: 'brief', platform: 'slack', workspaceId: 'T1', attempts: 1, messageIds: ['1732000000.000100'], lastError: null });
    expect(all.find((d) => d.conversationId === 'user:U2')?.lastError).toBe('Slack: fatal_error (gave up after 1 attempt)');

    const failed = json<DeliveryView[]>(await runCli(['deliveries', 'list', '--failed', '--json', '--db', database.target]));
    expect(failed.map((d) => d.conversationId).sort()).toEqual(['user:U2', 'user:U3']);

    const text = await runCli(['deliveries', 'list', '--db', database.target]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^pending 0 · sending 0 · sent 1 · failed 2 · paused 0 · cancelled 0\n/);
    expect(text.stdout).toContain('Slack: fatal_error');
  });

  it('sends one failed delivery again, then all the others', async () => {
    const failed = json<DeliveryView[]>(await runCli(['deliveries', 'list', '--failed', '--json', '--db', database.target]));
    const [first, second] = failed;
    const one = await runCli(['deliveries', 'retry', String(first!.id), '--db', database.target]);
    expect(one.stdout).toContain(`requeued 1 (${first!.id})`);
    const rest = json<{ requeued: number[] }>(await runCli(['deliveries', 'retry', '--all-failed', '--json', '--db', database.target]));
    expect(rest.requeued).toEqual([second!.id]);
    const pending = json<DeliveryView[]>(await runCli(['deliveries', 'list', '--status', 'pending', '--json', '--db', database.target]));
    expect(pending.map((d) => [d.id, d.attempts])).toEqual(expect.arrayContaining([[first!.id, 0], [second!.id, 0]]));
  });

  it('names what was wrong with a bad id, a delivery that did not fail, or the usage', async () => {
    const sent = json<DeliveryView[]>(await runCli(['deliveries', 'list', '--status', 'sent', '--json', '--db', database.target]))[0]!;
    const cases: Array<[string[], RegExp]> = [
      [['deliveries', 'retry', '99999'], /no delivery 99999/],
      [['deliveries', 'retry', String(sent.id)], new RegExp(`delivery ${sent.id} is sent, not failed`)],
      [['deliveries', 'retry', 'abc'], /a delivery id is a number, not "abc"/],
      [['deliveries', 'retry'], /give one delivery id, or --all-failed/],
      [['deliveries', 'retry', '1', '--all-failed'], /give one delivery id, or --all-failed/],
      [['deliveries', 'list', '--status', 'lost'], /--status must be one of pending, sending, sent, failed, paused, cancelled, not "lost"/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli([...args, '--db', database.target]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});

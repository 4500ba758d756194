/**
 * Weekly briefs go out on each subscriber's schedule, once per week, with failures recorded and
 * retried — on SQLite and PostgreSQL. The platform is a recording stand-in; the Slack one is tested
 * end to end in briefs-cli.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../digests/brief/brief-model.js';
import { sendDueBriefs } from '../../src/delivery/brief-sender.js';
import { type BriefDeliverer, type DeliveryTarget, TargetGone } from '../../src/delivery/deliverer.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { follow, setSchedule } from '../../src/subscriptions/subscription.service.js';
import type { Target } from '../../src/subscriptions/targets.js';
import { samplesNewsDir } from '../support/cli.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

class RecordingPlatform implements BriefDeliverer {
  readonly platform = 'slack';
  readonly sent: Array<{ conversation: string; brief: Brief }> = [];
  failWith: Error | null = null;
  async deliver(target: DeliveryTarget, brief: Brief): Promise<string[]> {
    if (this.failWith) throw this.failWith;
    this.sent.push({ conversation: target.conversationId, brief });
    return [`ts-${this.sent.length}`];
  }
}

const cairoAnalyst: Target = { platform: 'slack', workspaceId: 'T1', conversationId: 'user:U1', kind: 'user', userId: 'U1' };
const policyChannel: Target = { platform: 'slack', workspaceId: 'T1', conversationId: 'C1', kind: 'channel', userId: 'U1' };

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`sending weekly briefs (${dialect.name})`, () => {
    let database: TestDatabase;
    let clock = new Date('2026-11-23T05:59:00Z');
    let engine: Engine;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target, () => clock);
      await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
      await follow(engine, cairoAnalyst, 'country:EG', 'brief', { timeZone: 'Africa/Cairo' });
      await follow(engine, cairoAnalyst, 'process:khartoum', 'brief');
      await follow(engine, policyChannel, 'country:LY', 'brief');
      await setSchedule(engine, policyChannel, { day: 'monday', time: '09:00', timeZone: 'Europe/London' });
    }, 60_000);
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
    });

    it('sends each brief at its own local time, once', async () => {
      const platform = new RecordingPlatform();
      // 07:59 in Cairo: nothing yet.
      expect((await sendDueBriefs(engine, [platform])).sent).toBe(0);
      // 08:00 in Cairo: the analyst's brief; London is still at 06:00.
      clock = new Date('2026-11-23T06:00:00Z');
      expect(await sendDueBriefs(engine, [platform])).toEqual({ sent: 1, failed: [], skipped: 0, retrying: 0 });
      const [first] = platform.sent;
      expect(first?.conversation).toBe('user:U1');
      expect(first?.brief.period).toEqual({ from: '2026-11-16', to: '2026-11-22' });
      expect(first?.brief.sections.map((s) => s.topic.id)).toEqual(['country:EG', 'process:khartoum']);
      // The next minute: nothing twice.
      clock = new Date('2026-11-23T06:01:00Z');
      expect(await sendDueBriefs(engine, [platform])).toEqual({ sent: 0, failed: [], skipped: 1, retrying: 0 });
      // 09:00 in London: the channel's.
      clock = new Date('2026-11-23T09:00:00Z');
      expect((await sendDueBriefs(engine, [platform])).sent).toBe(1);
      expect(platform.sent.map((s) => s.conversation)).toEqual(['user:U1', 'C1']);
    });

    it('sends a missed brief late within the grace window, but not a day late', async () => {
      const platform = new RecordingPlatform();
      await follow(engine, { ...cairoAnalyst, conversationId: 'user:U9', userId: 'U9' }, 'country:SD', 'brief', { timeZone: 'UTC' });
      clock = new Date('2026-11-24T09:00:00Z'); // Tuesday: Monday 08:00 UTC was 25 hours ago.
      expect((await sendDueBriefs(engine, [platform])).sent).toBe(0);
      clock = new Date('2026-11-23T19:30:00Z'); // Monday evening: 11.5 hours late, still sent.
      expect((await sendDueBriefs(engine, [platform])).sent).toBe(1);
    });

    it('records a failure, retries it after a backoff, and pauses a target that is gone', async () => {
      const platform = new RecordingPlatform();
      const broken: Target = { ...policyChannel, conversationId: 'C2' };
      await follow(engine, broken, 'country:TN', 'brief');
      clock = new Date('2026-11-30T08:00:00Z');
      platform.failWith = new Error('Slack: internal_error');
      const failed = await sendDueBriefs(engine, [platform], { now: true });
      expect(failed.retrying).toBeGreaterThan(0);
      const row = await engine.store.db.selectFrom('outbox').selectAll().where('conversation_id', '=', 'C2').executeTakeFirstOrThrow();
      expect([row.status, row.last_error, row.attempts]).toEqual(['pending', 'Slack: internal_error', 1]);
      // The first retry waits 15–30 s (MAWJAZ_DELIVERY_RETRY_SECONDS = 30, with jitter): not sooner.
      const retryIn = Date.parse(row.next_attempt_at) - clock.getTime();
      expect(retryIn).toBeGreaterThanOrEqual(15_000);
      expect(retryIn).toBeLessThanOrEqual(30_000);

      platform.failWith = null;
      expect((await sendDueBriefs(engine, [platform], { now: true })).sent).toBe(0);
      clock = new Date('2026-11-30T08:00:31Z');
      const retried = await sendDueBriefs(engine, [platform], { now: true });
      expect(platform.sent.map((s) => s.conversation)).toContain('C2');
      expect(retried.failed).toEqual([]);
      const after = await engine.store.db.selectFrom('outbox').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      expect([after.status, after.attempts, after.last_error, JSON.parse(after.message_ids)]).toEqual(['sent', 2, null, [expect.stringMatching(/^ts-/)]]);

      clock = new Date('2026-12-07T08:00:00Z');
      platform.failWith = new TargetGone('Slack: channel_not_found');
      const gone = await sendDueBriefs(engine, [platform], { now: true });
      expect(gone.failed).toContainEqual({ target: 'slack:T1/C2', error: 'Slack: channel_not_found' });
      const target = await engine.store.db.selectFrom('delivery_targets').selectAll().where('conversation_id', '=', 'C2').executeTakeFirstOrThrow();
      expect(target.paused_reason).toBe('Slack: channel_not_found');
      const setAside = await engine.store.db.selectFrom('outbox').selectAll().where('conversation_id', '=', 'C2').where('occasion', '=', '2026-11-30').executeTakeFirstOrThrow();
      expect([setAside.status, setAside.attempts, setAside.last_error]).toEqual(['paused', 1, 'Slack: channel_not_found']);
    });
  });
}

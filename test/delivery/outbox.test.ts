/**
 * The delivery outbox on SQLite and PostgreSQL: a brief interrupted mid-way resumes after the
 * messages already acknowledged, Retry-After and backoff are honoured, a row is set aside after the
 * last attempt and sent again by `retry`, a dead server's claim is taken over only when its lease
 * lapses, a server that lost its claim stops, two servers draining at once send each row once, and
 * a conversation that is gone holds its deliveries until it is back.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Brief } from '../../digests/brief/brief-model.js';
import { enqueueDueBriefs } from '../../src/delivery/brief-schedule.js';
import { retryDeliveries } from '../../src/delivery/deliveries.service.js';
import { type BriefDeliverer, type DeliveryProgress, type DeliveryTarget, FIRST_ATTEMPT, RetryLater, TargetGone } from '../../src/delivery/deliverer.js';
import { type DrainOptions, drainOutbox } from '../../src/delivery/outbox-sender.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { claimDue } from '../../src/storage/outbox.repository.js';
import { follow } from '../../src/subscriptions/subscription.service.js';
import type { Target } from '../../src/subscriptions/targets.js';
import { samplesNewsDir } from '../support/cli.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

/** A platform whose briefs are `parts` messages; it can fail after some of them, or throw a given error. */
class ScriptedPlatform implements BriefDeliverer {
  readonly platform = 'slack';
  /** Every message posted: conversation and its part number. */
  readonly posted: Array<{ conversation: string; part: number }> = [];
  parts = 1;
  failAfterParts: number | null = null;
  failWith: Error | null = null;
  /** Runs before each message is posted (a test's chance to act mid-brief). */
  beforePost: (() => Promise<void>) | null = null;
  async deliver(target: DeliveryTarget, _brief: Brief, progress: DeliveryProgress = FIRST_ATTEMPT): Promise<string[]> {
    if (this.failWith) throw this.failWith;
    const ids = [...progress.sent];
    for (let part = ids.length; part < this.parts; part++) {
      if (this.failAfterParts !== null && part >= this.failAfterParts) throw new Error('Slack: internal_error');
      await this.beforePost?.();
      this.posted.push({ conversation: target.conversationId, part });
      const id = `${target.conversationId}#${part}`;
      ids.push(id);
      await progress.acknowledged(id);
    }
    return ids;
  }
}

const MONDAY = new Date('2026-11-23T09:00:00Z');

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`the delivery outbox (${dialect.name})`, () => {
    let database: TestDatabase;
    let clock = MONDAY;
    let engine: Engine;
    let people = 0;
    const settings = (overrides: Partial<DrainOptions> = {}): DrainOptions => ({ owner: 'server-a', leaseMs: 60_000, concurrency: 4, maxAttempts: 3, retryBaseMs: 10_000, random: () => 1, ...overrides });

    /** A new person following Egypt, whose brief is due now. */
    async function newFollower(): Promise<string> {
      people += 1;
      const target: Target = { platform: 'slack', workspaceId: 'T1', conversationId: `user:U${people}`, kind: 'user', userId: `U${people}` };
      await follow(engine, target, 'country:EG', 'brief', { timeZone: 'UTC' });
      await enqueueDueBriefs(engine, { now: true, platforms: ['slack'] });
      return target.conversationId;
    }
    const rowOf = (conversation: string) => engine.store.db.selectFrom('outbox').selectAll().where('conversation_id', '=', conversation).executeTakeFirstOrThrow();

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target, () => clock);
      await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
    }, 60_000);
    beforeEach(async () => {
      clock = MONDAY;
      // Each test sees only its own rows.
      await engine.store.db.updateTable('outbox').set({ status: 'sent' }).where('status', '!=', 'sent').execute();
    });
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
    });

    it('resumes a brief interrupted mid-way after the messages already acknowledged', async () => {
      const platform = new ScriptedPlatform();
      platform.parts = 3;
      platform.failAfterParts = 2;
      const conversation = await newFollower();
      expect(await drainOutbox(engine, [platform], settings())).toMatchObject({ sent: 0, retrying: 1 });
      const interrupted = await rowOf(conversation);
      expect([interrupted.status, JSON.parse(interrupted.message_ids)]).toEqual(['pending', [`${conversation}#0`, `${conversation}#1`]]);

      platform.failAfterParts = null;
      clock = new Date(MONDAY.getTime() + 10_001);
      expect(await drainOutbox(engine, [platform], settings())).toMatchObject({ sent: 1, retrying: 0 });
      expect(platform.posted.map((p) => p.part)).toEqual([0, 1, 2]);
      const done = await rowOf(conversation);
      expect([done.status, done.attempts, JSON.parse(done.message_ids)]).toEqual(['sent', 2, [0, 1, 2].map((p) => `${conversation}#${p}`)]);
    });

    it('waits as long as the platform says (Retry-After), and backs off exponentially', async () => {
      const platform = new ScriptedPlatform();
      const conversation = await newFollower();
      platform.failWith = new RetryLater('Slack: rate limited', 600_000);
      await drainOutbox(engine, [platform], settings());
      expect(Date.parse((await rowOf(conversation)).next_attempt_at) - clock.getTime()).toBe(600_000);
      // Without Retry-After: 10 s, then 20 s (random() = 1: the top of each jitter range).
      platform.failWith = new Error('Slack: internal_error');
      clock = new Date(MONDAY.getTime() + 600_000);
      await drainOutbox(engine, [platform], settings({ maxAttempts: 5 }));
      expect(Date.parse((await rowOf(conversation)).next_attempt_at) - clock.getTime()).toBe(20_000);
      // Not sooner.
      clock = new Date(clock.getTime() + 19_000);
      expect((await drainOutbox(engine, [platform], settings({ maxAttempts: 5 }))).retrying).toBe(0);
    });

    it('backs off from a platform it cannot reach (ECONNREFUSED) like any platform failure: the database being away is not the platform being away', async () => {
      const platform = new ScriptedPlatform();
      const conversation = await newFollower();
      // What fetch and the Slack and Bot Framework clients throw for a refused connection: a socket code, deep in the causes.
      platform.failWith = new Error('Slack: request failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
      const report = await drainOutbox(engine, [platform], settings());
      expect(report.retrying).toBe(1);
      const row = await rowOf(conversation);
      expect(row.status).toBe('pending');
      expect(row.attempts).toBe(1);
      expect(Date.parse(row.next_attempt_at) - clock.getTime()).toBe(10_000);
      expect(row.last_error).toContain('Slack: request failed');
    });

    it('sets a delivery aside after the last attempt, and `retry` sends it again', async () => {
      const platform = new ScriptedPlatform();
      const conversation = await newFollower();
      platform.failWith = new Error('Slack: internal_error');
      for (let attempt = 0; attempt < 3; attempt++) {
        await drainOutbox(engine, [platform], settings({ retryBaseMs: 100 }));
        clock = new Date(clock.getTime() + 1_000);
      }
      const failed = await rowOf(conversation);
      expect([failed.status, failed.attempts, failed.last_error]).toEqual(['failed', 3, 'Slack: internal_error (gave up after 3 attempts)']);
      expect((await drainOutbox(engine, [platform], settings())).sent).toBe(0);

      platform.failWith = null;
      await expect(retryDeliveries(engine, { id: failed.id + 1000 })).rejects.toThrow(`no delivery ${failed.id + 1000}`);
      expect(await retryDeliveries(engine, { id: failed.id })).toEqual([failed.id]);
      await expect(retryDeliveries(engine, { id: failed.id })).rejects.toThrow(`delivery ${failed.id} is pending, not failed`);
      expect((await drainOutbox(engine, [platform], settings())).sent).toBe(1);
      expect((await rowOf(conversation)).status).toBe('sent');
    });

    it("takes over a dead server's claim only when its lease lapses, without re-posting what it got acknowledged", async () => {
      const platform = new ScriptedPlatform();
      platform.parts = 2;
      const conversation = await newFollower();
      // Server B claims the row, gets the first message acknowledged, and dies (no more writes).
      const [claimed] = await claimDue(engine.store.db, { owner: 'server-b', now: clock.toISOString(), leaseUntil: new Date(clock.getTime() + 60_000).toISOString(), limit: 1, platforms: ['slack'] }, engine.store.dialect === 'postgres');
      expect(claimed?.conversation_id).toBe(conversation);
      await engine.store.db.updateTable('outbox').set({ message_ids: JSON.stringify([`${conversation}#0`]) }).where('id', '=', claimed!.id).execute();

      clock = new Date(MONDAY.getTime() + 59_000);
      expect((await drainOutbox(engine, [platform], settings())).sent).toBe(0);
      clock = new Date(MONDAY.getTime() + 60_001);
      expect((await drainOutbox(engine, [platform], settings())).sent).toBe(1);
      expect(platform.posted).toEqual([{ conversation, part: 1 }]);
      expect((await rowOf(conversation)).attempts).toBe(2);
    });

    it('keeps its claim while a slow post is in flight: another server finds nothing to take over', async () => {
      const platform = new ScriptedPlatform();
      const conversation = await newFollower();
      let takenOver: unknown[] = [];
      // The post takes longer than the lease: 1.2 s pass (by the engine's clock) and the real time of two renewals.
      platform.beforePost = async () => {
        clock = new Date(MONDAY.getTime() + 1_200);
        await new Promise((resolve) => setTimeout(resolve, 1_200));
        clock = new Date(MONDAY.getTime() + 2_000);
        takenOver = await claimDue(engine.store.db, { owner: 'server-b', now: clock.toISOString(), leaseUntil: new Date(clock.getTime() + 60_000).toISOString(), limit: 1, platforms: ['slack'] }, engine.store.dialect === 'postgres');
      };
      const report = await drainOutbox(engine, [platform], settings({ leaseMs: 1_500 }));
      expect(takenOver).toEqual([]);
      expect(report.sent).toBe(1);
      expect((await rowOf(conversation)).status).toBe('sent');
    });

    it('stops sending when another server has taken its claim over', async () => {
      const platform = new ScriptedPlatform();
      platform.parts = 3;
      const conversation = await newFollower();
      // After the first message, this server's lease is found taken by server B.
      platform.beforePost = async () => {
        if (platform.posted.length === 1) await engine.store.db.updateTable('outbox').set({ lease_owner: 'server-b' }).where('conversation_id', '=', conversation).execute();
      };
      const report = await drainOutbox(engine, [platform], settings());
      expect(report).toMatchObject({ sent: 0, retrying: 0, failed: [] });
      // Server A posted part 1 before it could learn of it (the one message in flight), then stopped.
      expect(platform.posted.map((p) => p.part)).toEqual([0, 1]);
      expect((await rowOf(conversation)).status).toBe('sending');
    });

    it('shares the rows between two servers draining at once: each brief sent once', async () => {
      const second = await testEngine(database.target, () => clock);
      try {
        const conversations = [];
        for (let i = 0; i < 30; i++) conversations.push(await newFollower());
        const platform = new ScriptedPlatform();
        const [a, b] = await Promise.all([drainOutbox(engine, [platform], settings()), drainOutbox(second, [platform], settings({ owner: 'server-b' }))]);
        expect(a.sent + b.sent).toBe(30);
        expect(platform.posted.map((p) => p.conversation).sort()).toEqual([...conversations].sort());
      } finally {
        await closeEngine(second);
      }
    });

    it('holds the deliveries of a conversation that is gone, and sends them when it is back', async () => {
      const platform = new ScriptedPlatform();
      const conversation = await newFollower();
      platform.failWith = new TargetGone('Slack: channel_not_found');
      const report = await drainOutbox(engine, [platform], settings());
      expect(report.failed).toEqual([{ id: expect.any(Number), target: `slack:T1/${conversation}`, error: 'Slack: channel_not_found' }]);
      expect((await rowOf(conversation)).status).toBe('paused');
      const target = await engine.store.db.selectFrom('delivery_targets').select('paused_reason').where('conversation_id', '=', conversation).executeTakeFirstOrThrow();
      expect(target.paused_reason).toBe('Slack: channel_not_found');

      platform.failWith = null;
      expect((await drainOutbox(engine, [platform], settings())).sent).toBe(0);
      await engine.store.db.updateTable('delivery_targets').set({ paused_reason: null }).where('conversation_id', '=', conversation).execute();
      expect((await drainOutbox(engine, [platform], settings())).sent).toBe(1);
      expect(platform.posted).toEqual([{ conversation, part: 0 }]);
    });
  });
}

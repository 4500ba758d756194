/** Following topics and delivery settings, on SQLite and PostgreSQL: idempotent, and honest about what changed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine, type Engine } from '../../src/engine.js';
import { InvalidInput } from '../../src/errors.js';
import { ensureTarget, follow, setLanguage, setSchedule, subscriptionsFor, unfollow } from '../../src/subscriptions/subscription.service.js';
import { type Audience, channelTarget, personalTarget } from '../../src/subscriptions/targets.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const inChannel: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U1', channelId: 'C1', isDirect: false };
const inDm: Audience = { ...inChannel, channelId: 'D1', isDirect: true };

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`subscriptions (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
    });
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
    });

    it('follows once, reports a repeat as unchanged, and changes the mode', async () => {
      const me = personalTarget(inChannel);
      expect(await follow(engine, me, 'country:EG', 'brief')).toEqual({ changed: true, previousMode: null });
      expect(await follow(engine, me, 'country:EG', 'brief')).toEqual({ changed: false, previousMode: 'brief' });
      expect(await follow(engine, me, 'country:EG', 'alerts')).toEqual({ changed: true, previousMode: 'brief' });
      expect((await subscriptionsFor(engine, me)).map((s) => [s.entity_id, s.mode])).toEqual([['country:EG', 'alerts']]);
      expect(await unfollow(engine, me, 'country:EG')).toBe(true);
      expect(await unfollow(engine, me, 'country:EG')).toBe(false);
    });

    it('keeps a channel\'s subscriptions apart from its members\' follows; in a DM the channel is the person', async () => {
      await follow(engine, channelTarget(inChannel), 'process:khartoum', 'brief');
      expect((await subscriptionsFor(engine, channelTarget(inChannel))).map((s) => s.entity_id)).toEqual(['process:khartoum']);
      expect(await subscriptionsFor(engine, personalTarget(inChannel))).toEqual([]);
      expect(channelTarget(inDm)).toEqual(personalTarget(inDm));
      expect(() => channelTarget({ ...inChannel, channelId: null })).toThrow(InvalidInput);
    });

    it('creates a target with the Monday-morning default in the user\'s zone, and changes schedule and language', async () => {
      const target = personalTarget({ ...inChannel, userId: 'U2' });
      const row = await ensureTarget(engine, target, { timeZone: 'Africa/Cairo' });
      expect([row.brief_day, row.brief_time, row.time_zone, row.language]).toEqual(['monday', '08:00', 'Africa/Cairo', 'en']);
      const changed = await setSchedule(engine, target, { day: 'friday', time: '17:30', timeZone: 'Europe/London' });
      expect([changed.brief_day, changed.brief_time, changed.time_zone]).toEqual(['friday', '17:30', 'Europe/London']);
      expect((await setLanguage(engine, target, 'ar')).language).toBe('ar');
      await expect(setSchedule(engine, target, { day: 'friday', time: '25:00', timeZone: null })).rejects.toThrow('not a time of day');
      await expect(setSchedule(engine, target, { day: 'friday', time: '09:00', timeZone: 'Mars/Olympus' })).rejects.toThrow('not a time zone');
    });
  });
}

/**
 * A person's home view (Slack's App Home draws it), on SQLite and PostgreSQL: their follows, the
 * briefs of the channels they are in (only those), paused ones with the reason, their last alerts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandService } from '../../src/commands/command.service.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { follow } from '../../src/subscriptions/subscription.service.js';
import { type Audience, channelTarget, personalTarget } from '../../src/subscriptions/targets.js';
import { samplesNewsDir } from '../support/cli.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const me: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U1', channelId: null, isDirect: true };
const inPolicy: Audience = { ...me, channelId: 'C1POLICY', isDirect: false };
const inPaused: Audience = { ...me, channelId: 'C2ARCHIVE', isDirect: false };
const inOtherWorkspace: Audience = { ...me, workspaceId: 'T2', channelId: 'C1POLICY', isDirect: false };

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`home view (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
      await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
      await follow(engine, personalTarget(me), 'country:EG', 'alerts', { timeZone: 'Africa/Cairo' });
      await follow(engine, channelTarget(inPolicy), 'process:khartoum', 'brief', { timeZone: 'UTC' });
      await follow(engine, channelTarget(inPaused), 'country:LY', 'brief', { timeZone: 'UTC' });
      await follow(engine, channelTarget(inOtherWorkspace), 'country:SD', 'brief', { timeZone: 'UTC' });
      await engine.store.db.updateTable('delivery_targets').set({ paused_reason: 'Slack: is_archived' }).where('conversation_id', '=', 'C2ARCHIVE').execute();
      const articles = await engine.store.db.selectFrom('mentions').select('article_id').where('entity_id', '=', 'country:EG').orderBy('article_id').limit(3).execute();
      await engine.store.db
        .insertInto('alerts')
        .values(
          articles.map((a, i) => ({
            platform: 'slack',
            workspace_id: 'T1',
            conversation_id: 'user:U1',
            article_id: a.article_id,
            entity_id: 'country:EG',
            status: i === 2 ? 'pending' : 'sent',
            created_at: '2026-11-19T08:00:00.000Z',
            sent_at: i === 2 ? null : `2026-11-19T0${8 + i}:00:00.000Z`,
          })),
        )
        .execute();
    }, 60_000);
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
    });

    it("shows the person's follows and schedule, and only the channels they are in, in this workspace", async () => {
      const view = await createCommandService(engine).home(me, ['C1POLICY', 'C2ARCHIVE', 'C3NOSUBS']);
      expect(view.personal.map((f) => [f.topic.id, f.mode])).toEqual([['country:EG', 'alerts']]);
      expect(view.settings).toMatchObject({ day: 'monday', time: '08:00', timeZone: 'Africa/Cairo' });
      expect(view.channels.map((c) => [c.channelId, c.topics.map((t) => t.topic.id), c.pausedReason])).toEqual([
        ['C1POLICY', ['process:khartoum'], null],
        ['C2ARCHIVE', ['country:LY'], 'Slack: is_archived'],
      ]);
      expect((await createCommandService(engine).home(me, ['C1POLICY'])).channels.map((c) => c.channelId)).toEqual(['C1POLICY']);
      expect((await createCommandService(engine).home(me, [])).channels).toEqual([]);
    });

    it('lists the alerts already sent, newest first, not the pending one', async () => {
      const view = await createCommandService(engine).home(me, []);
      expect(view.recentAlerts.map((a) => a.sentAt)).toEqual(['2026-11-19T09:00:00.000Z', '2026-11-19T08:00:00.000Z']);
      expect(view.recentAlerts.every((a) => a.topic.id === 'country:EG' && a.title.length > 0 && a.url.length > 0)).toBe(true);
    });
  });
}

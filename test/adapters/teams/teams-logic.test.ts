/**
 * The bot's turn logic driven by botbuilder's TestAdapter (no HTTP, no Connector), on a real SQLite
 * database with the samples: a typed topic answers with its card, a Follow click confirms by redrawing
 * it, a channel mention subscribes the channel, adding the bot greets.
 */
import { type Activity, TestAdapter } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsLogic } from '../../../adapters/teams/teams-app.js';
import { createCommandService } from '../../../src/commands/command.service.js';
import { closeEngine, type Engine } from '../../../src/engine.js';
import { ingestInputs } from '../../../src/ingest/pipeline.js';
import { samplesNewsDir } from '../../support/cli.js';
import { tempSqlite, type TestDatabase } from '../../support/databases.js';
import { testEngine } from '../../support/engine.js';
import { BOT, CHANNEL_ID, TEAM_ID, TENANT, USER } from '../../support/fake-bot-connector.js';

function cardJson(activity: Partial<Activity>): string {
  return JSON.stringify((activity.attachments ?? []).map((a) => a.content));
}

describe('Teams turn logic (TestAdapter)', () => {
  let database: TestDatabase;
  let engine: Engine;
  let adapter: TestAdapter;

  beforeAll(async () => {
    database = tempSqlite();
    engine = await testEngine(database.target);
    await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
    const logic = createTeamsLogic({ engine, commands: createCommandService(engine) });
    adapter = new TestAdapter(logic, { channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', from: USER, recipient: BOT, conversation: { id: 'a:personal', isGroup: false, conversationType: 'personal', tenantId: TENANT, name: '' } });
  }, 60_000);
  afterAll(async () => {
    if (engine) await closeEngine(engine);
    await database?.drop();
  });

  it('answers a typed topic with its Adaptive Card and a Follow button', async () => {
    await adapter.send('khartoum').assertReply((reply) => {
      expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardJson(reply)).toContain('Khartoum Process');
      expect(cardJson(reply)).toContain('"mawjaz":"follow"');
    });
  });

  it('follows on a click and shows the new state', async () => {
    await adapter
      .send({ type: 'message', value: { mawjaz: 'follow', topic: 'process:khartoum', view: 'card' } })
      .assertReply((reply) => {
        expect(cardJson(reply)).toContain('"mawjaz":"unfollow"');
      });
    const rows = await engine.store.db.selectFrom('subscriptions').select(['conversation_id', 'entity_id']).where('platform', '=', 'teams').execute();
    expect(rows).toEqual([{ conversation_id: `user:${USER.aadObjectId}`, entity_id: 'process:khartoum' }]);
  });

  it('ignores a forged card value without answering', async () => {
    await adapter.send({ type: 'message', value: { mawjaz: 'follow', topic: '<script>' } }).startTest();
    expect(adapter.activeQueue).toEqual([]);
  });

  it('subscribes the channel on "@Mawjaz subscribe egypt", with the mention stripped', async () => {
    // A channel's activities: TestAdapter stamps its template's conversation on everything it sends.
    const inChannel = new TestAdapter(createTeamsLogic({ engine, commands: createCommandService(engine) }), {
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      from: USER,
      recipient: BOT,
      conversation: { id: `${CHANNEL_ID};messageid=1`, isGroup: true, conversationType: 'channel', tenantId: TENANT, name: '' },
      channelData: { channel: { id: CHANNEL_ID }, team: { id: TEAM_ID }, tenant: { id: TENANT } },
    });
    await inChannel
      .send({ type: 'message', text: `<at>${BOT.name}</at> subscribe egypt`, entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] })
      .assertReply((reply) => {
        expect(cardJson(reply)).toContain('This channel is now subscribed to Egypt');
        expect(cardJson(reply)).toContain('"mawjaz":"unsubscribe"');
      });
    const channel = await engine.store.db.selectFrom('subscriptions').select('entity_id').where('conversation_id', '=', CHANNEL_ID).execute();
    expect(channel).toEqual([{ entity_id: 'country:EG' }]);
  });

  it('takes "subscribe" in a personal chat as the person\'s follow, and shows Unfollow', async () => {
    await adapter.send('subscribe libya').assertReply((reply) => {
      expect(cardJson(reply)).toContain('You now follow Libya');
      expect(cardJson(reply)).toContain('"mawjaz":"unfollow"');
    });
  });

  it('greets with the grammar when added to a personal chat', async () => {
    await adapter.send({ type: 'conversationUpdate', membersAdded: [BOT] }).assertReply((reply) => expect(cardJson(reply)).toMatch(/follow/i));
  });
});

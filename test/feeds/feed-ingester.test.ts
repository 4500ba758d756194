/**
 * The server stores polled feeds in a worker thread (issue 15: the entity matcher's building,
 * enrichment and storing kept off the event loop that answers Slack and Teams). On SQLite and
 * PostgreSQL a poll through the worker must store what an in-process poll stores, alert on later
 * arrivals by the caller's clock, and count the articles where /metrics reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine, databaseTarget, type Engine } from '../../src/engine.js';
import { type FeedIngester, workerFeedIngester } from '../../src/feeds/feed-ingester.js';
import { addFeed, pollFeeds } from '../../src/feeds/feed.service.js';
import type { IngestCounts, Metrics } from '../../src/metrics/recorder.js';
import { follow } from '../../src/subscriptions/subscription.service.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { FEED_NOW, FakeSite } from '../support/fake-site.js';

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`feeds stored by the server's worker thread (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let ingester: FeedIngester;
    let now = FEED_NOW;
    const counted: IngestCounts[] = [];
    const site = new FakeSite();

    beforeAll(async () => {
      await site.start();
      database = await dialect.create();
      const opened = await testEngine(database.target, () => now);
      const ignored = (): void => undefined;
      const metrics: Metrics = { httpRequest: ignored, command: ignored, deliveryAttempt: ignored, feedPoll: ignored, schedulerTick: ignored, ingested: (counts) => void counted.push(counts) };
      engine = { ...opened, metrics };
      await follow(engine, { platform: 'slack', workspaceId: 'T9', conversationId: 'user:U9', kind: 'user', userId: 'U9' }, 'country:LY', 'alerts', { timeZone: 'UTC' });
      ingester = workerFeedIngester(engine.config, databaseTarget(engine.config, database.target));
    }, 60_000);
    afterAll(async () => {
      await ingester?.close();
      if (engine) await closeEngine(engine);
      await database?.drop();
      await site.stop();
    });

    it('stores a new feed without alerting, then alerts on what arrives later, counting both polls', async () => {
      await addFeed(engine, { url: site.url, allowPrivate: true });
      const [first] = await pollFeeds(engine, { intervalMinutes: 30, ingester });
      expect(first).toMatchObject({ error: null, ingested: 3, backCatalogue: true });
      expect(await engine.store.db.selectFrom('alerts').selectAll().execute()).toEqual([]);
      const stored = await engine.store.db.selectFrom('articles').select(['url', 'lang']).orderBy('url').execute();
      expect(stored.map((a) => a.url)).toEqual(['https://news.example.org/libya-1', 'https://news.example.org/libya-2', 'https://news.example.org/libya-3']);
      // Enriched in the worker as in-process: the language read, the topic found.
      expect(stored.every((a) => a.lang === 'en')).toBe(true);
      const mentions = await engine.store.db.selectFrom('mentions').select('entity_id').where('entity_id', '=', 'country:LY').execute();
      expect(mentions.length).toBeGreaterThanOrEqual(3);

      site.items = 5;
      now = new Date(FEED_NOW.getTime() + 31 * 60_000);
      const [second] = await pollFeeds(engine, { intervalMinutes: 30, ingester });
      expect(second).toMatchObject({ error: null, ingested: 2, unchanged: 3, backCatalogue: false });
      expect(await engine.store.db.selectFrom('alerts').select('article_id').execute()).toHaveLength(2);
      expect(counted).toEqual([{ stored: 3, duplicates: 0, rejected: 0 }, { stored: 2, duplicates: 3, rejected: 0 }]);
    });
  });
}

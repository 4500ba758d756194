/**
 * Feeds the server polls, on SQLite and PostgreSQL, against a local HTTP server playing a news site:
 * the first read stores the back catalogue without alerting anyone, later reads alert; failures are
 * recorded with their reason and back off; private addresses are refused unless allowed (when a feed
 * is added, and again when it is polled).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandService } from '../../src/commands/command.service.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { addFeed, pollFeeds, removeFeed } from '../../src/feeds/feed.service.js';
import { findFeed, insertFeed, listFeeds } from '../../src/storage/feed.repository.js';
import { follow } from '../../src/subscriptions/subscription.service.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { FEED_NOW, FakeSite } from '../support/fake-site.js';

const NOW = FEED_NOW;

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`feed polling (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let now = NOW;
    const site = new FakeSite();

    beforeAll(async () => {
      await site.start();
      database = await dialect.create();
      engine = await testEngine(database.target, () => now);
      await follow(engine, { platform: 'slack', workspaceId: 'T1', conversationId: 'user:U1', kind: 'user', userId: 'U1' }, 'country:LY', 'alerts', { timeZone: 'UTC' });
    }, 60_000);
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
      await site.stop();
    });

    it('reads a new feed once without alerting, then alerts on what arrives later', async () => {
      const feed = await addFeed(engine, { url: site.url, allowPrivate: true });
      const [first] = await pollFeeds(engine, { intervalMinutes: 30 });
      expect(first).toMatchObject({ error: null, ingested: 3, backCatalogue: true });
      expect(await engine.store.db.selectFrom('alerts').selectAll().execute()).toEqual([]);

      const after = await findFeed(engine.store.db, String(feed.id));
      expect(after).toMatchObject({ name: 'Coast Watch', articles_added: 3, failures: 0, last_error: null, last_success_at: NOW.toISOString(), first_polled_at: NOW.toISOString() });
      expect(after?.next_poll_at).toBe(new Date(NOW.getTime() + 30 * 60_000).toISOString());
      // Not due again before its interval.
      expect(await pollFeeds(engine, { intervalMinutes: 30 })).toEqual([]);

      site.items = 5;
      now = new Date(NOW.getTime() + 31 * 60_000);
      const [second] = await pollFeeds(engine, { intervalMinutes: 30 });
      expect(second).toMatchObject({ error: null, ingested: 2, unchanged: 3, backCatalogue: false });
      const alerts = await engine.store.db.selectFrom('alerts').select('article_id').execute();
      expect(alerts).toHaveLength(2);
    });

    it('records a failing poll with its reason, backs off, and clears the error on success', async () => {
      const [feed] = await listFeeds(engine.store.db);
      site.status = 503;
      now = new Date(NOW.getTime() + 62 * 60_000);
      const [failed] = await pollFeeds(engine, { intervalMinutes: 30 });
      expect(failed?.error).toMatch(/503/);
      const afterFailure = await findFeed(engine.store.db, String(feed!.id));
      expect(afterFailure).toMatchObject({ failures: 1, last_error_at: now.toISOString() });
      expect(afterFailure?.last_error).toMatch(/503/);
      // Backed off: twice the interval after one failure.
      expect(afterFailure?.next_poll_at).toBe(new Date(now.getTime() + 60 * 60_000).toISOString());
      now = new Date(now.getTime() + 45 * 60_000);
      expect(await pollFeeds(engine, { intervalMinutes: 30 })).toEqual([]);

      site.status = 200;
      now = new Date(now.getTime() + 16 * 60_000);
      const [recovered] = await pollFeeds(engine, { intervalMinutes: 30 });
      expect(recovered?.error).toBeNull();
      const afterRecovery = await findFeed(engine.store.db, String(feed!.id));
      expect(afterRecovery).toMatchObject({ failures: 0, last_success_at: now.toISOString() });
      // The last error stays visible (with its time) after a recovery: operators see what happened.
      expect(afterRecovery?.last_error).toMatch(/503/);
    });

    it('shows each feed health to /migration sources, with URLs redacted', async () => {
      const result = await createCommandService(engine).run({ platform: 'slack', workspaceId: 'T1', userId: 'U1', channelId: 'C1', isDirect: false }, 'sources');
      expect(result.kind).toBe('sources');
      if (result.kind !== 'sources') return;
      expect(result.feeds).toEqual([
        expect.objectContaining({ name: 'Coast Watch', url: site.url, articles: 5, failures: 0, lastSuccessAt: now.toISOString(), lastError: expect.stringMatching(/503/) }),
      ]);
      expect(result.outlets).toEqual([expect.objectContaining({ name: 'Coast Watch', articles: 5 })]);
    });

    it('refuses a private address unless the feed was added with allowPrivate, and names it', async () => {
      const url = site.url.replace('/feed.xml', '/other.xml');
      const feedsBefore = (await listFeeds(engine.store.db)).length;
      await expect(addFeed(engine, { url })).rejects.toThrow(/refused: 127\.0\.0\.1 is a loopback address/);
      expect(await listFeeds(engine.store.db)).toHaveLength(feedsBefore);
      // One stored without allowPrivate anyway (added before add-time refusals, or a name that has
      // since moved to a private address) is still refused when polled.
      const feed = (await insertFeed(engine.store.db, { url, name: null, allowPrivate: false }, NOW.toISOString()))!;
      const requestsBefore = site.requests;
      const [poll] = await pollFeeds(engine, { intervalMinutes: 30, feeds: [feed] });
      expect(poll?.error).toMatch(/127\.0\.0\.1|loopback|private/i);
      expect(site.requests).toBe(requestsBefore);
      await removeFeed(engine, String(feed.id));
      expect(await findFeed(engine.store.db, String(feed.id))).toBeUndefined();
    });

    it('refuses bad URLs and duplicates with clear errors', async () => {
      await expect(addFeed(engine, { url: 'ftp://example.org/feed' })).rejects.toThrow(/not an http\(s\) URL/);
      await expect(addFeed(engine, { url: 'not a url' })).rejects.toThrow(/not an http\(s\) URL/);
      await expect(addFeed(engine, { url: site.url })).rejects.toThrow(/already a source/);
      await expect(removeFeed(engine, '9999')).rejects.toThrow(/no source "9999"/);
    });
  });
}

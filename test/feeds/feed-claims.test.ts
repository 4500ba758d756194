/**
 * Several servers on one database (two engines here, as two replicas would open it): each due feed is
 * claimed before it is polled, so it is fetched once per interval, not once per server; a server that
 * dies holding a claim releases the feed when the lease passes. On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedRow } from '../../db/schema.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { addFeed, FEED_CLAIM_LEASE_MS, pollFeeds } from '../../src/feeds/feed.service.js';
import { claimFeed, findFeed } from '../../src/storage/feed.repository.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { FEED_NOW, FakeSite } from '../support/fake-site.js';

const INTERVAL = 30;

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`feed claims across servers (${dialect.name})`, () => {
    let database: TestDatabase;
    let first: Engine;
    let second: Engine;
    let now = FEED_NOW;
    let feed: FeedRow;
    const site = new FakeSite();
    const row = async () => (await findFeed(first.store.db, String(feed.id)))!;

    beforeAll(async () => {
      await site.start();
      database = await dialect.create();
      first = await testEngine(database.target, () => now);
      second = await testEngine(database.target, () => now);
      feed = await addFeed(first, { url: site.url, allowPrivate: true });
    }, 60_000);
    afterAll(async () => {
      if (first) await closeEngine(first);
      if (second) await closeEngine(second);
      await database?.drop();
      await site.stop();
    });

    it('two servers polling at once fetch a due feed once', async () => {
      // A slow site: without claims both servers would find the feed due and fetch it.
      site.delayMs = 300;
      const [a, b] = await Promise.all([pollFeeds(first, { intervalMinutes: INTERVAL }), pollFeeds(second, { intervalMinutes: INTERVAL })]);
      expect(site.requests).toBe(1);
      expect([...a!, ...b!]).toEqual([expect.objectContaining({ error: null, ingested: 3 })]);
      expect(await row()).toMatchObject({ articles_added: 3, next_poll_at: new Date(now.getTime() + INTERVAL * 60_000).toISOString() });

      site.items = 4;
      now = new Date(now.getTime() + (INTERVAL + 1) * 60_000);
      const again = await Promise.all([pollFeeds(second, { intervalMinutes: INTERVAL }), pollFeeds(first, { intervalMinutes: INTERVAL })]);
      expect(site.requests).toBe(2);
      expect(again.flat()).toEqual([expect.objectContaining({ error: null, ingested: 1, unchanged: 3 })]);
      site.delayMs = 0;
    });

    it('a server that dies holding a claim releases the feed when the lease passes', async () => {
      now = new Date(now.getTime() + (INTERVAL + 1) * 60_000);
      // The claim a server takes just before fetching; it then "dies" without recording the poll.
      const due = await row();
      expect(await claimFeed(first.store.db, due, new Date(now.getTime() + FEED_CLAIM_LEASE_MS).toISOString())).toBeDefined();
      // The same claim cannot be taken twice.
      expect(await claimFeed(second.store.db, due, new Date(now.getTime() + FEED_CLAIM_LEASE_MS).toISOString())).toBeUndefined();
      const before = site.requests;
      expect(await pollFeeds(second, { intervalMinutes: INTERVAL })).toEqual([]);
      expect(site.requests).toBe(before);

      now = new Date(now.getTime() + FEED_CLAIM_LEASE_MS);
      expect(await pollFeeds(second, { intervalMinutes: INTERVAL })).toEqual([expect.objectContaining({ error: null })]);
      expect(site.requests).toBe(before + 1);
      expect((await row()).next_poll_at).toBe(new Date(now.getTime() + INTERVAL * 60_000).toISOString());
    });

    it('an operator polling a feed by name is not held up by a claim', async () => {
      now = new Date(now.getTime() + (INTERVAL + 1) * 60_000);
      const due = await row();
      expect(await claimFeed(first.store.db, due, new Date(now.getTime() + FEED_CLAIM_LEASE_MS).toISOString())).toBeDefined();
      const before = site.requests;
      expect(await pollFeeds(second, { intervalMinutes: INTERVAL, feeds: [due] })).toEqual([expect.objectContaining({ error: null })]);
      expect(site.requests).toBe(before + 1);
    });
  });
}

/**
 * Feed polls as conditional GETs, on SQLite and PostgreSQL, against a local site that labels its feed
 * with an ETag and a Last-Modified: the next poll sends them back, a 304 is a healthy poll with nothing
 * new (nothing downloaded or parsed), a changed feed is read and its new validators kept, and a site
 * that stops sending validators is simply read in full again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedRow } from '../../db/schema.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { addFeed, pollFeeds } from '../../src/feeds/feed.service.js';
import { findFeed } from '../../src/storage/feed.repository.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { FEED_NOW, FakeSite } from '../support/fake-site.js';

const INTERVAL = 30;
const V1_DATE = 'Wed, 18 Nov 2026 10:00:00 GMT';

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`conditional feed polling (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let now = FEED_NOW;
    let feed: FeedRow;
    const site = new FakeSite();

    /** Moves the clock past the interval and polls the due feeds. */
    async function pollLater() {
      now = new Date(now.getTime() + (INTERVAL + 1) * 60_000);
      const polls = await pollFeeds(engine, { intervalMinutes: INTERVAL });
      expect(polls).toHaveLength(1);
      return polls[0]!;
    }
    const row = async () => (await findFeed(engine.store.db, String(feed.id)))!;
    const articleCount = async () => Number((await engine.store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      await site.start();
      database = await dialect.create();
      engine = await testEngine(database.target, () => now);
      site.etag = '"v1"';
      site.lastModified = V1_DATE;
      feed = await addFeed(engine, { url: site.url, allowPrivate: true });
    }, 60_000);
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
      await site.stop();
    });

    it('keeps the validators of the first read, which sends none', async () => {
      const [first] = await pollFeeds(engine, { intervalMinutes: INTERVAL });
      expect(first).toMatchObject({ error: null, notModified: false, ingested: 3 });
      expect(site.lastRequestHeaders['if-none-match']).toBeUndefined();
      expect(site.lastRequestHeaders['if-modified-since']).toBeUndefined();
      expect(await row()).toMatchObject({ etag: '"v1"', last_modified: V1_DATE, last_result: 'read' });
    });

    it('sends them back on the next poll; a 304 is a healthy poll with nothing new', async () => {
      const poll = await pollLater();
      expect(site.lastRequestHeaders['if-none-match']).toBe('"v1"');
      expect(site.lastRequestHeaders['if-modified-since']).toBe(V1_DATE);
      expect(site.notModified).toBe(1);
      expect(poll).toMatchObject({ error: null, notModified: true, ingested: 0, unchanged: 0, backCatalogue: false });
      expect(await articleCount()).toBe(3);
      expect(await row()).toMatchObject({
        last_result: 'not modified',
        last_success_at: now.toISOString(),
        failures: 0,
        articles_added: 3,
        etag: '"v1"',
        next_poll_at: new Date(now.getTime() + INTERVAL * 60_000).toISOString(),
      });
    });

    it('a 304 after failures resets the backoff', async () => {
      site.status = 503;
      expect((await pollLater()).error).toMatch(/503/);
      expect(await row()).toMatchObject({ failures: 1, last_result: 'failed', etag: '"v1"' });
      site.status = 200;
      now = new Date(now.getTime() + 2 * INTERVAL * 60_000);
      const recovered = await pollLater();
      expect(recovered).toMatchObject({ error: null, notModified: true });
      expect(await row()).toMatchObject({ failures: 0, last_result: 'not modified', last_success_at: now.toISOString() });
    });

    it('reads a changed feed in full and keeps its new validators', async () => {
      site.items = 5;
      site.etag = '"v2"';
      site.lastModified = 'Wed, 18 Nov 2026 11:00:00 GMT';
      const poll = await pollLater();
      expect(site.lastRequestHeaders['if-none-match']).toBe('"v1"');
      expect(poll).toMatchObject({ error: null, notModified: false, ingested: 2, unchanged: 3 });
      expect(await row()).toMatchObject({ etag: '"v2"', last_modified: 'Wed, 18 Nov 2026 11:00:00 GMT', last_result: 'read', articles_added: 5 });
    });

    it('treats a 200 with the same ETag as unchanged, from a site that ignores If-None-Match', async () => {
      site.honoursConditional = false;
      const before = site.requests;
      const poll = await pollLater();
      expect(site.requests).toBe(before + 1);
      expect(poll).toMatchObject({ error: null, notModified: true, ingested: 0 });
      expect(await row()).toMatchObject({ last_result: 'not modified', etag: '"v2"' });
      site.honoursConditional = true;
    });

    it('keeps the old validators when a 200 does not parse', async () => {
      site.etag = '"broken"';
      site.body = '<html><head><title>Maintenance</title></head><body>back soon</body></html>';
      const poll = await pollLater();
      expect(poll.error).toMatch(/not an RSS or Atom feed/);
      expect(await row()).toMatchObject({ etag: '"v2"', last_result: 'failed', failures: 1 });
      site.body = null;
      site.etag = '"v2"';
      now = new Date(now.getTime() + INTERVAL * 60_000);
      expect(await pollLater()).toMatchObject({ error: null, notModified: true });
    });

    it('reads a site that stops sending validators in full, and stops sending them', async () => {
      site.etag = null;
      site.lastModified = null;
      site.items = 6;
      const changed = await pollLater();
      expect(changed).toMatchObject({ error: null, notModified: false, ingested: 1, unchanged: 5 });
      expect(await row()).toMatchObject({ etag: null, last_modified: null, last_result: 'read' });

      const again = await pollLater();
      expect(site.lastRequestHeaders['if-none-match']).toBeUndefined();
      expect(site.lastRequestHeaders['if-modified-since']).toBeUndefined();
      expect(again).toMatchObject({ error: null, notModified: false, ingested: 0, unchanged: 6 });
      expect(await articleCount()).toBe(6);
    });
  });
}

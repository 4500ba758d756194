/**
 * A feed poll during which PostgreSQL goes away (issue 13, case 2): the database's absence is not the
 * feed's failure. The poll gives up as "database away" (the scheduler then waits for the database), and
 * the feed keeps a clean record — no failure counted, no error shown, no backoff — and is read whole
 * once the database is back and its claim has lapsed. (pollFeed also rethrows "database away" when the
 * database comes back before the poll is recorded, a window too narrow to hit on purpose here.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { addFeed, FEED_CLAIM_LEASE_MS, pollFeeds } from '../../src/feeds/feed.service.js';
import { findFeed } from '../../src/storage/feed.repository.js';
import { hasPostgres, postgresAdminUrl, tempPostgres, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { withClient } from '../support/fan-out.js';
import { FEED_NOW, FakeSite } from '../support/fake-site.js';

describe.skipIf(!hasPostgres)('a feed poll while the database goes away (postgres)', () => {
  let database: TestDatabase;
  let engine: Engine;
  let now = FEED_NOW;
  const site = new FakeSite();
  const name = () => new URL(database.target).pathname.slice(1);
  const admin = (query: string) => withClient(postgresAdminUrl, (client) => client.query(query));

  beforeAll(async () => {
    await site.start();
    database = await tempPostgres();
    engine = await testEngine(database.target, () => now);
  }, 60_000);
  afterAll(async () => {
    await admin(`ALTER DATABASE ${name()} ALLOW_CONNECTIONS true`).catch(() => undefined);
    if (engine) await closeEngine(engine);
    await database?.drop();
    await site.stop();
  });

  it('fails the poll as "database away" without counting it against the feed, and reads the feed once the database is back', async () => {
    const feed = await addFeed(engine, { url: site.url, allowPrivate: true });
    // While the site is being asked for the feed, the database goes away (its connections dropped, new ones refused).
    site.onRequest = async () => {
      site.onRequest = null;
      await admin(`ALTER DATABASE ${name()} ALLOW_CONNECTIONS false`);
      await withClient(postgresAdminUrl, (client) => client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name()]));
    };
    await expect(pollFeeds(engine, { intervalMinutes: 30 })).rejects.toSatisfy(isDatabaseUnavailable);

    await admin(`ALTER DATABASE ${name()} ALLOW_CONNECTIONS true`);
    const after = await findFeed(engine.store.db, String(feed.id));
    expect(after).toMatchObject({ failures: 0, last_error: null, last_result: null, last_polled_at: null, articles_added: 0 });
    // Claimed before the outage: polled again when the claim lapses, not after a failure's backoff.
    expect(await pollFeeds(engine, { intervalMinutes: 30 })).toEqual([]);
    now = new Date(FEED_NOW.getTime() + FEED_CLAIM_LEASE_MS + 1000);
    const [poll] = await pollFeeds(engine, { intervalMinutes: 30 });
    expect(poll).toMatchObject({ error: null, ingested: 3, backCatalogue: true });
    expect(site.requests).toBe(2);
  });
});

/**
 * Issue 13, case 1 on the real server: `mawjaz serve` polls a 100k-item feed (about 13 MB, under the
 * byte cap set here) from a local site while the test keeps asking /healthz, one request after
 * another. Every health request is answered — many while the feed is being read, between the site
 * serving it and the first article stored — and the poll stores the feed's first MAWJAZ_FEED_MAX_ITEMS
 * items (the newest), saying so in its log line and in `sources poll`. Before the fix the parse ran on
 * the server's main thread, quadratic in the items: no answer for minutes, nothing stored.
 * Counts only: a frozen server shows up as this test never finishing, not as a timing.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { FakeSite, manyItemsFeed } from '../support/fake-site.js';
import { type ServerProcess, startServer } from '../support/fake-slack.js';

const ITEMS = 100_000;
const CAP = 1_000;
const ENV = { MAWJAZ_FETCH_MAX_BYTES: String(32 * 2 ** 20) };

describe('mawjaz serve polling a 100k-item feed', () => {
  const site = new FakeSite();
  let database: TestDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    site.body = manyItemsFeed(ITEMS);
    await site.start();
    database = tempSqlite();
    const added = await runCli(['sources', 'add', site.url, '--allow-private', '--no-poll', '--db', database.target], { env: ENV });
    expect(added.code).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await site.stop();
  });

  it('answers every /healthz during the poll and stores the newest 1,000 items', async () => {
    server = await startServer(database.target, { ...ENV, MAWJAZ_SCHEDULER_SECONDS: '1', LOG_LEVEL: 'info' });
    const db = new Database(database.target, { readonly: true });
    const feedArticles = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles WHERE url LIKE 'https://news.example.org/r/%'");
    const feedRow = db.prepare<[], { last_result: string | null; articles_added: number; last_error: string | null }>('SELECT last_result, articles_added, last_error FROM feeds WHERE id = 1');
    const statuses = new Map<number, number>();
    const capLine = `feed holds ${ITEMS} items; read the first ${CAP} (MAWJAZ_FEED_MAX_ITEMS)`;
    let whileReading = 0;
    try {
      for (;;) {
        const fetchedBefore = site.requests > 0;
        const health = await fetch(`${server.url}/healthz`);
        await health.arrayBuffer();
        statuses.set(health.status, (statuses.get(health.status) ?? 0) + 1);
        const result = feedRow.get()?.last_result ?? null;
        // Asked after the site served the feed, answered before any of it was stored: the feed was being read.
        if (fetchedBefore && result === null && feedArticles.get()?.n === 0) whileReading += 1;
        // The log line follows the poll's row through a pipe: a read waits for both.
        if (result === 'failed' || (result !== null && server.output().includes(capLine))) break;
      }
      expect(feedRow.get()).toEqual({ last_result: 'read', articles_added: CAP, last_error: null });
      expect(feedArticles.get()?.n).toBe(CAP);
      // The first items in the feed's order: the newest.
      const titles = db.prepare<[], { title: string }>("SELECT title FROM articles WHERE url LIKE 'https://news.example.org/r/%'").all().map((row) => row.title);
      expect(titles).toContain('Crossing report 1');
      expect(titles).toContain(`Crossing report ${CAP}`);
      expect(titles).not.toContain(`Crossing report ${CAP + 1}`);
    } finally {
      db.close();
    }
    expect([...statuses.keys()]).toEqual([200]);
    expect(whileReading).toBeGreaterThanOrEqual(3);
    expect(site.requests).toBe(1);
  }, 300_000);

  it('says "read 1000 of 100000 items" when an operator polls it, and stops cleanly', async () => {
    const poll = await runCli(['sources', 'poll', '1', '--db', database.target], { env: ENV });
    expect(poll.stderr).toBe('');
    expect(poll).toMatchObject({ code: 0, stdout: `✓ 1 Crossings: 0 new, ${CAP} already known; read ${CAP} of ${ITEMS} items (the newest; MAWJAZ_FEED_MAX_ITEMS)\n` });
    await server.stop();
    expect(server.child.exitCode).toBe(0);
  }, 120_000);
});

/**
 * The feed reader (issue 13, case 1): feeds of 1k, 10k and 100k items read in its worker thread with
 * the counts a poll sees (the first MAWJAZ_FEED_MAX_ITEMS, newest first), the main thread's event loop
 * free meanwhile, the body transferred rather than copied; a feed that exhausts the worker or outlasts
 * its deadline fails alone, with a clear reason, and the next read works. Counts, never times.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ParseFailed } from '../../src/errors.js';
import { FeedReader } from '../../src/feeds/feed-reader.js';
import { readFeed } from '../../src/ingest/readers/feed.js';
import type { ReadOutcome } from '../../src/ingest/types.js';
import { manyItemsFeed } from '../support/fake-site.js';

const source = { url: 'https://news.example.org/feed.xml', input: 'news.example.org/feed.xml' };
const CAP = loadConfig({}).MAWJAZ_FEED_MAX_ITEMS;

function titles(outcomes: readonly ReadOutcome[]): string[] {
  return outcomes.map((o) => (o.ok ? o.draft.title : `failed: ${o.reason}`));
}

describe('the feed reader', () => {
  const reader = new FeedReader();
  afterAll(() => reader.close());

  it('caps a poll at 1,000 items by default, and names the variable when the cap is out of bounds', () => {
    expect(CAP).toBe(1000);
    expect(() => loadConfig({ MAWJAZ_FEED_MAX_ITEMS: '5' })).toThrow(/MAWJAZ_FEED_MAX_ITEMS/);
    expect(() => loadConfig({ MAWJAZ_FEED_MAX_ITEMS: '1000000' })).toThrow(/MAWJAZ_FEED_MAX_ITEMS/);
  });

  it.each([
    [1_000, 1_000],
    [10_000, CAP],
    [100_000, CAP],
  ])('reads a %i-item feed in its worker: %i items, the first ones, while the event loop turns', async (items, read) => {
    const body = Buffer.from(manyItemsFeed(items));
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 1);
    const result = await reader.read('feed', body, source, CAP).finally(() => clearInterval(ticker));
    expect(result.items).toBe(items);
    expect(result.outcomes).toHaveLength(read);
    expect(result.outcomes.every((o) => o.ok)).toBe(true);
    const shown = titles(result.outcomes);
    expect([shown[0], shown[read - 1]]).toEqual(['Crossing report 1', `Crossing report ${read}`]);
    expect(result.outcomes[0]).toMatchObject({ ok: true, draft: { url: 'https://news.example.org/r/1', source: 'Crossings' } });
    // Handed over to the worker, not copied: the caller's buffer is empty now.
    expect(body.byteLength).toBe(0);
    // The parse ran on another thread: timers on this one kept firing (in-process, not once).
    if (items === 100_000) expect(turns).toBeGreaterThan(10);
  });

  it('reads a 100k-item feed whole when asked to (the CLI, in-process): linear, every item', () => {
    const { outcomes, items } = readFeed(Buffer.from(manyItemsFeed(100_000)), source);
    expect(items).toBe(100_000);
    expect(outcomes).toHaveLength(100_000);
    expect(titles(outcomes.slice(-1))).toEqual(['Crossing report 100000']);
  });

  it('fails what is not a feed with the reader\'s own ParseFailed and its reason', async () => {
    const page = Buffer.from('<html><head><title>Service Unavailable</title></head><body>down</body></html>');
    const read = reader.read('feed', page, source, CAP);
    await expect(read).rejects.toThrow(ParseFailed);
    await expect(read).rejects.toThrow('not an RSS or Atom feed: news.example.org/feed.xml (it is an HTML page titled "Service Unavailable")');
  });

  it('fails a feed that exhausts the worker\'s memory alone, then reads the next one with a fresh worker', async () => {
    // Enough for a fresh worker to boot (under tsx, on a loaded machine), far too little for 100k items.
    const small = new FeedReader({ memoryLimitMb: 40 });
    try {
      await expect(small.read('feed', Buffer.from(manyItemsFeed(100_000)), source, CAP)).rejects.toThrow("could not read it: it needed more than the feed reader's 40 MB of memory");
      const next = await small.read('feed', Buffer.from(manyItemsFeed(3)), source, CAP);
      expect(titles(next.outcomes)).toEqual(['Crossing report 1', 'Crossing report 2', 'Crossing report 3']);
    } finally {
      await small.close();
    }
  });

  it('stops a read that outlasts its deadline, and says so', async () => {
    const hasty = new FeedReader({ deadlineMs: 1 });
    try {
      await expect(hasty.read('feed', Buffer.from(manyItemsFeed(100_000)), source, CAP)).rejects.toThrow('reading it took longer than 1 ms, so it was stopped');
    } finally {
      await hasty.close();
    }
  });

  it('starts again after being closed', async () => {
    await reader.close();
    const read = await reader.read('feed', Buffer.from(manyItemsFeed(2)), source, CAP);
    expect(read.items).toBe(2);
  });
});

/**
 * Feed parsing for `npm run bench` (issue 13, case 1): feeds of 1k, 10k and 100k short items read
 * by the feed reader (feedsmith) in-process, whole, and through the server's worker with the default
 * MAWJAZ_FEED_MAX_ITEMS cap, with the main thread's longest event-loop stall meanwhile; the previous
 * parser (@rowanmanning/feed-parser 2.1.5, parse and item fields only) beside it where it finishes in
 * reasonable time — it is quadratic, and 100k items did not finish in 5 minutes, so it is not run there.
 * Run alone with `node --import tsx bench/feed-bench.ts`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseFeed as oldParseFeed } from '@rowanmanning/feed-parser';
import { loadConfig } from '../src/config.js';
import { FeedReader } from '../src/feeds/feed-reader.js';
import { readFeed } from '../src/ingest/readers/feed.js';
import { manyItemsFeed } from '../test/support/fake-site.js';

const SIZES = [1_000, 10_000, 100_000];
/** The old parser is n²: 10k items take tens of seconds, 100k would take most of an hour. */
const OLD_PARSER_MAX_ITEMS = 10_000;
const source = { url: 'https://news.example.org/feed.xml', input: 'bench feed' };

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(2)} s`;
}

/** What the old reader asked of feed-parser for each item (the link is the quadratic part). */
function oldParse(xml: string): number {
  let read = 0;
  for (const item of oldParseFeed(xml).items) {
    const fields = [item.title, item.url, item.content ?? item.description, item.published ?? item.updated];
    if (fields.some((field) => field !== null)) read += 1;
  }
  return read;
}

export async function runFeedBench(): Promise<Array<[string, string]>> {
  const cap = loadConfig({}).MAWJAZ_FEED_MAX_ITEMS;
  const reader = new FeedReader();
  const rows: Array<[string, string]> = [];
  try {
    // Start the worker and warm both parsers so the first size does not pay for it.
    await reader.read('feed', Buffer.from(manyItemsFeed(10)), source, cap);
    readFeed(Buffer.from(manyItemsFeed(10)), source);
    oldParse(manyItemsFeed(10));
    for (const items of SIZES) {
      const xml = manyItemsFeed(items);
      const size = `${(Buffer.byteLength(xml) / 2 ** 20).toFixed(1)} MiB`;

      let started = performance.now();
      const whole = readFeed(Buffer.from(xml), source);
      const inProcess = `${seconds(started)} (${whole.outcomes.length} items)`;

      const body = Buffer.from(xml);
      const stalls = monitorEventLoopDelay({ resolution: 10 });
      stalls.enable();
      started = performance.now();
      const capped = await reader.read('feed', body, source, cap);
      const inWorker = `${seconds(started)} (${capped.outcomes.length} of ${capped.items} items; longest event-loop stall ${(stalls.max / 1e6).toFixed(0)} ms)`;
      stalls.disable();

      let old = `not run (quadratic; over ${OLD_PARSER_MAX_ITEMS / 1000}k items takes minutes)`;
      if (items <= OLD_PARSER_MAX_ITEMS) {
        started = performance.now();
        const read = oldParse(xml);
        old = `${seconds(started)} (${read} items)`;
      }
      rows.push([`${items / 1000}k items, ${size}: feedsmith in-process, every item`, inProcess]);
      rows.push([`${items / 1000}k items: server worker, first ${cap}`, inWorker]);
      rows.push([`${items / 1000}k items: old parser (feed-parser 2.1.5)`, old]);
    }
  } finally {
    await reader.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [what, value] of await runFeedBench()) console.log(`${what.padEnd(58)}  ${value}`);
}

/**
 * Feeds the server reads on its own (miniflux's subscriptions): added by an operator (refused, and not
 * stored, when the SSRF rules refuse its address), polled on a schedule, with their health kept for `sources list` and `/migration sources`. The first successful
 * read of a feed stores its back catalogue without alerting anyone; later reads alert as usual. A
 * failing feed backs off (twice the interval per consecutive failure, at most a day) instead of being
 * hammered every interval. Polls are conditional GETs (feed-fetch.ts), and each due feed is claimed
 * before it is polled, so several servers on one database poll it once. A fetched feed is parsed off
 * the event loop (feed-reader.ts), and at most MAWJAZ_FEED_MAX_ITEMS of its items, the newest, are read
 * per poll: a hostile or runaway feed costs one bounded poll, and the poll says how many it left.
 */
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import type { FeedPollResult, FeedRow } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { InvalidInput, NotFound, quoteInput } from '../errors.js';
import { addressRefusal } from '../ingest/fetch/safe-fetch.js';
import { readOptionsFor } from '../ingest/pipeline.js';
import { reasonFor } from '../ingest/readers/inputs.js';
import { redactUrl } from '../redact-url.js';
import { claimFeed, deleteFeed, dueFeeds, findFeed, insertFeed, listFeeds, type PollOutcome, recordPoll } from '../storage/feed.repository.js';
import { fetchFeed, readFetchedFeed } from './feed-fetch.js';
import { type FeedIngester, IN_PROCESS_INGESTER } from './feed-ingester.js';

export const MAX_FEED_URL_CHARS = 2000;
const MAX_BACKOFF_MS = 24 * 3_600_000;
/**
 * How long a claimed feed stays with the server polling it: well past the longest fetch (5 min at
 * most) plus storing. A server that dies mid-poll holds the feed this long, then another takes it.
 */
export const FEED_CLAIM_LEASE_MS = 10 * 60_000;

export interface AddFeedInput {
  url: string;
  name?: string;
  allowPrivate?: boolean;
}

export async function addFeed(engine: Engine, input: AddFeedInput): Promise<FeedRow> {
  const url = input.url.trim();
  if (url.length > MAX_FEED_URL_CHARS) throw new InvalidInput(`feed URL is longer than ${MAX_FEED_URL_CHARS} characters`);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new InvalidInput(`not an http(s) URL: ${quoteInput(url)}`);
  const name = input.name?.trim() ? input.name.trim().slice(0, 200) : null;
  const already = () => new InvalidInput(`${redactUrl(url)} is already a source`);
  if (await findFeed(engine.store.db, url)) throw already();
  // A feed the SSRF rules would refuse is refused now, with nothing stored, rather than kept and polled
  // with backoff forever. (A feed that is merely down is kept: it may come back.)
  const refusal = input.allowPrivate ? null : await addressRefusal(url);
  if (refusal !== null) throw new InvalidInput(`${redactUrl(url)}: ${refusal}`);
  const row = await insertFeed(engine.store.db, { url, name, allowPrivate: input.allowPrivate ?? false }, engine.now().toISOString());
  // Added by someone else since the check above.
  if (!row) throw already();
  return row;
}

/** The feed an operator named by id or URL; NotFound says where the ids are. */
/** Every feed, as `sources list` shows them. */
export function listAllFeeds(engine: Engine): Promise<FeedRow[]> {
  return listFeeds(engine.store.db);
}

export async function feedNamed(engine: Engine, idOrUrl: string): Promise<FeedRow> {
  const feed = await findFeed(engine.store.db, idOrUrl.trim());
  if (!feed) throw new NotFound(`no source ${quoteInput(idOrUrl)} (see \`mawjaz sources list\` for ids)`);
  return feed;
}

export async function removeFeed(engine: Engine, idOrUrl: string): Promise<FeedRow> {
  const feed = await feedNamed(engine, idOrUrl);
  await deleteFeed(engine.store.db, feed.id);
  return feed;
}

export interface FeedPoll {
  feed: FeedRow;
  /** Null when the read succeeded. */
  error: string | null;
  /** The feed had not changed since the last poll (304, or the same ETag): nothing was downloaded or parsed. */
  notModified: boolean;
  ingested: number;
  unchanged: number;
  /** Items of the feed that could not be read (the rest were stored). */
  itemFailures: number;
  /** Items the feed held (1 for a news page; 0 when nothing was read). */
  items: number;
  /** Items read from it: all of them, or the first MAWJAZ_FEED_MAX_ITEMS. */
  itemsRead: number;
  /** True for the first successful read: stored without alerts. */
  backCatalogue: boolean;
}

export interface PollOptions {
  /** Minutes between polls of a healthy feed. */
  intervalMinutes: number;
  /**
   * Poll these feeds whatever their schedule, without claiming them (an operator's explicit request).
   * Default: the feeds that are due, each claimed first so that only one server polls it.
   */
  feeds?: readonly FeedRow[];
  /** Where polled articles are stored (the server's worker thread); in-process when absent. */
  ingester?: FeedIngester;
}

export async function pollFeeds(engine: Engine, options: PollOptions): Promise<FeedPoll[]> {
  const polls: FeedPoll[] = [];
  if (options.feeds) {
    for (const feed of options.feeds) polls.push(await pollFeed(engine, feed, options.intervalMinutes, options.ingester));
    return polls;
  }
  for (const due of await dueFeeds(engine.store.db, engine.now().toISOString())) {
    // Claimed one at a time, just before its poll, so the lease covers that poll only.
    const claimed = await claimFeed(engine.store.db, due, new Date(engine.now().getTime() + FEED_CLAIM_LEASE_MS).toISOString());
    if (claimed) polls.push(await pollFeed(engine, claimed, options.intervalMinutes, options.ingester));
  }
  return polls;
}

type ReadResult = Pick<FeedPoll, 'ingested' | 'unchanged' | 'itemFailures' | 'notModified' | 'items' | 'itemsRead'> & Pick<PollOutcome, 'error' | 'name' | 'validators'>;
const NOTHING_READ = { ingested: 0, unchanged: 0, itemFailures: 0, items: 0, itemsRead: 0 } as const;

async function pollFeed(engine: Engine, feed: FeedRow, intervalMinutes: number, ingester: FeedIngester = IN_PROCESS_INGESTER): Promise<FeedPoll> {
  const backCatalogue = feed.first_polled_at === null;
  const input = redactUrl(feed.url);
  let read: ReadResult;
  try {
    read = await readFeedOnce(engine, feed, input, backCatalogue, ingester);
  } catch (caught) {
    // The database going away is not the feed's failure: no backoff for it; the claim lapses and the
    // feed is polled again once the database answers.
    if (isDatabaseUnavailable(caught)) throw caught;
    read = { ...NOTHING_READ, error: reasonFor(caught, input), notModified: false, name: null };
  }
  const { error, name } = read;
  const result: FeedPollResult = error !== null ? 'failed' : read.notModified ? 'not modified' : 'read';
  engine.metrics?.feedPoll(error !== null ? 'failed' : read.notModified ? 'not_modified' : 'read');
  const now = engine.now();
  const failures = error === null ? 0 : feed.failures + 1;
  const delayMs = Math.min(intervalMinutes * 60_000 * 2 ** failures, MAX_BACKOFF_MS);
  await recordPoll(engine.store.db, feed, {
    at: now.toISOString(),
    nextPollAt: new Date(now.getTime() + delayMs).toISOString(),
    result,
    error,
    articlesAdded: read.ingested,
    name,
    ...(read.validators ? { validators: read.validators } : {}),
  });
  if (error !== null) engine.logger.warn({ feed: input, error, failures }, 'feed poll failed');
  else if (read.itemsRead < read.items) engine.logger.info({ feed: input, items: read.items, read: read.itemsRead }, `feed holds ${read.items} items; read the first ${read.itemsRead} (MAWJAZ_FEED_MAX_ITEMS)`);
  return {
    feed: { ...feed, name: feed.name ?? name },
    error,
    notModified: read.notModified,
    ingested: read.ingested,
    unchanged: read.unchanged,
    itemFailures: read.itemFailures,
    items: read.items,
    itemsRead: read.itemsRead,
    backCatalogue: backCatalogue && error === null,
  };
}

/** Fetches (conditionally), parses and stores one feed; throws when it cannot be fetched or is not a feed. */
async function readFeedOnce(engine: Engine, feed: FeedRow, input: string, backCatalogue: boolean, ingester: FeedIngester): Promise<ReadResult> {
  const response = await fetchFeed(feed, readOptionsFor(engine, feed.allow_private === 1));
  if (response.notModified) return { ...NOTHING_READ, error: null, notModified: true, name: null };
  // Off the event loop (a worker), and at most MAWJAZ_FEED_MAX_ITEMS of them: the newest.
  const read = await readFetchedFeed(response.fetched, input, engine.config.MAWJAZ_FEED_MAX_ITEMS);
  const summary = await ingester.ingest(engine, input, read.outcomes, !backCatalogue);
  // A failure named "<feed> item N" is one bad entry among good ones; one named after the feed itself
  // (a news page that could not be stored) fails the poll.
  const whole = summary.failures.find((f) => !/ item \d+$/.test(f.input));
  const firstId = summary.ingestedIds[0];
  const name = firstId !== undefined && feed.name === null ? ((await outletOf(engine, firstId)) ?? null) : null;
  return {
    error: whole?.reason ?? null,
    notModified: false,
    ingested: summary.ingested,
    unchanged: summary.unchanged,
    itemFailures: summary.failures.length - (whole ? 1 : 0),
    items: read.items,
    itemsRead: read.outcomes.length,
    name,
    // Only a 200 that parsed moves the validators on (to nulls when the server stopped sending them).
    ...(whole ? {} : { validators: { etag: response.fetched.etag, lastModified: response.fetched.lastModified } }),
  };
}

async function outletOf(engine: Engine, articleId: string): Promise<string | undefined> {
  const row = await engine.store.db
    .selectFrom('articles')
    .innerJoin('sources', 'sources.id', 'articles.source_id')
    .select('sources.name')
    .where('articles.id', '=', articleId)
    .executeTakeFirst();
  return row?.name;
}

/** How a feed is named to people: its name, else its URL without secrets. */
export function feedLabel(feed: Pick<FeedRow, 'name' | 'url'>): string {
  return feed.name ?? redactUrl(feed.url);
}

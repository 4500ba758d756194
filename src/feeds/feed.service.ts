/**
 * Feeds the server reads on its own (miniflux's subscriptions): added by an operator, polled on a
 * schedule, with their health kept for `sources list` and `/migration sources`. The first successful
 * read of a feed stores its back catalogue without alerting anyone; later reads alert as usual. A
 * failing feed backs off (twice the interval per consecutive failure, at most a day) instead of being
 * hammered every interval.
 */
import type { FeedRow } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { errorMessage, InvalidInput, NotFound, quoteInput } from '../errors.js';
import { ingestInputs } from '../ingest/pipeline.js';
import { redactUrl } from '../redact-url.js';
import { deleteFeed, dueFeeds, findFeed, insertFeed, recordPoll } from '../storage/feed.repository.js';

export const MAX_FEED_URL_CHARS = 2000;
const MAX_BACKOFF_MS = 24 * 3_600_000;

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
  const row = await insertFeed(engine.store.db, { url, name, allowPrivate: input.allowPrivate ?? false }, engine.now().toISOString());
  if (!row) throw new InvalidInput(`${redactUrl(url)} is already a source`);
  return row;
}

export async function removeFeed(engine: Engine, idOrUrl: string): Promise<FeedRow> {
  const feed = await findFeed(engine.store.db, idOrUrl.trim());
  if (!feed) throw new NotFound(`no source ${quoteInput(idOrUrl)} (see \`mawjaz sources list\` for ids)`);
  await deleteFeed(engine.store.db, feed.id);
  return feed;
}

export interface FeedPoll {
  feed: FeedRow;
  /** Null when the read succeeded. */
  error: string | null;
  ingested: number;
  unchanged: number;
  /** Items of the feed that could not be read (the rest were stored). */
  itemFailures: number;
  /** True for the first successful read: stored without alerts. */
  backCatalogue: boolean;
}

export interface PollOptions {
  /** Minutes between polls of a healthy feed. */
  intervalMinutes: number;
  /** Poll these feeds whatever their schedule (default: the feeds that are due). */
  feeds?: readonly FeedRow[];
}

export async function pollFeeds(engine: Engine, options: PollOptions): Promise<FeedPoll[]> {
  const feeds = options.feeds ?? (await dueFeeds(engine.store.db, engine.now().toISOString()));
  const polls: FeedPoll[] = [];
  for (const feed of feeds) polls.push(await pollFeed(engine, feed, options.intervalMinutes));
  return polls;
}

async function pollFeed(engine: Engine, feed: FeedRow, intervalMinutes: number): Promise<FeedPoll> {
  const backCatalogue = feed.first_polled_at === null;
  let error: string | null = null;
  let ingested = 0;
  let unchanged = 0;
  let itemFailures = 0;
  let name: string | null = null;
  try {
    const summary = await ingestInputs(engine, [feed.url], { allowPrivate: feed.allow_private === 1, alerts: !backCatalogue });
    ingested = summary.ingested;
    unchanged = summary.unchanged;
    // A failure named after the feed itself (fetch, HTTP status, not a feed) fails the poll; one
    // named "<feed> item N" is one bad entry among good ones.
    const whole = summary.failures.find((f) => !/ item \d+$/.test(f.input));
    itemFailures = summary.failures.length - (whole ? 1 : 0);
    if (whole) error = whole.reason;
    const firstId = summary.ingestedIds[0];
    if (firstId !== undefined && feed.name === null) name = (await outletOf(engine, firstId)) ?? null;
  } catch (caught) {
    error = errorMessage(caught);
  }
  const now = engine.now();
  const failures = error === null ? 0 : feed.failures + 1;
  const delayMs = Math.min(intervalMinutes * 60_000 * 2 ** failures, MAX_BACKOFF_MS);
  await recordPoll(engine.store.db, feed, {
    at: now.toISOString(),
    nextPollAt: new Date(now.getTime() + delayMs).toISOString(),
    error,
    articlesAdded: ingested,
    name,
  });
  if (error !== null) engine.logger.warn({ feed: redactUrl(feed.url), error, failures }, 'feed poll failed');
  return { feed: { ...feed, name: feed.name ?? name }, error, ingested, unchanged, itemFailures, backCatalogue: backCatalogue && error === null };
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

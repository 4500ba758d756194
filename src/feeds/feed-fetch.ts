/**
 * One feed poll's conversation with the site, miniflux-style: a conditional GET with the validators
 * the feed last answered with, so an unchanged feed costs a 304 (or, from a server that ignores
 * If-None-Match, a 200 with the same ETag) and is never parsed again.
 */
import type { FeedRow } from '../../db/schema.js';
import { ParseFailed } from '../errors.js';
import { type FetchOptions, type FetchResult, safeFetch, type Validators } from '../ingest/fetch/safe-fetch.js';
import type { FeedRead } from '../ingest/readers/feed.js';
import { sniffKind } from '../ingest/readers/inputs.js';
import type { ReadOptions } from '../ingest/types.js';
import { feedReader } from './feed-reader.js';

export type FeedFetch = { notModified: true } | { notModified: false; fetched: FetchResult };

export async function fetchFeed(feed: Pick<FeedRow, 'url' | 'etag' | 'last_modified'>, options: ReadOptions): Promise<FeedFetch> {
  const validators: Validators = { etag: feed.etag, lastModified: feed.last_modified };
  const fetchOptions: FetchOptions = feed.etag || feed.last_modified ? { ...options, validators } : options;
  const fetched = await safeFetch(feed.url, fetchOptions);
  // An ETag names the exact bytes, so the same one on a 200 means the same feed. (Last-Modified is not
  // trusted that way: one-second resolution, and some servers send a fixed date.)
  if (fetched.notModified || (feed.etag !== null && fetched.etag === feed.etag)) return { notModified: true };
  return { notModified: false, fetched };
}

/**
 * The items of a fetched feed (its first `maxItems`), or the article of a news page, read in the feed
 * reader's worker (feed-reader.ts): never on the event loop. Throws when the body is neither, so a poll
 * whose body does not parse fails as a whole and keeps its old validators. The body is handed over.
 */
export async function readFetchedFeed(fetched: FetchResult, input: string, maxItems: number): Promise<FeedRead> {
  const source = { url: fetched.url, input, contentType: fetched.contentType };
  const kind = sniffKind(fetched.contentType, fetched.body);
  if (kind !== 'feed' && kind !== 'html') throw new ParseFailed(`unsupported content type ${fetched.contentType ?? ''} (expected a feed or an HTML page)`);
  return feedReader().read(kind, fetched.body, source, maxItems);
}

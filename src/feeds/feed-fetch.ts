/**
 * One feed poll's conversation with the site, miniflux-style: a conditional GET with the validators
 * the feed last answered with, so an unchanged feed costs a 304 (or, from a server that ignores
 * If-None-Match, a 200 with the same ETag) and is never parsed again.
 */
import type { FeedRow } from '../../db/schema.js';
import { ParseFailed } from '../errors.js';
import { type FetchOptions, type FetchResult, safeFetch, type Validators } from '../ingest/fetch/safe-fetch.js';
import { readFeed } from '../ingest/readers/feed.js';
import { readArticlePage } from '../ingest/readers/html.js';
import { sniffKind } from '../ingest/readers/inputs.js';
import type { ReadOptions, ReadOutcome } from '../ingest/types.js';

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
 * The items of a fetched feed (or the article of a news page). Throws when the body is neither, so a
 * poll whose body does not parse fails as a whole and keeps its old validators.
 */
export function readFetchedFeed(fetched: FetchResult, input: string): ReadOutcome[] {
  const source = { url: fetched.url, input, contentType: fetched.contentType };
  switch (sniffKind(fetched.contentType, fetched.body)) {
    case 'feed':
      return readFeed(fetched.body, source);
    case 'html':
      return [{ ok: true, draft: readArticlePage(fetched.body, source), input }];
    default:
      throw new ParseFailed(`unsupported content type ${fetched.contentType ?? ''} (expected a feed or an HTML page)`);
  }
}

/** A feed as operators see it (`mawjaz sources list --json`, the playground's operator view). */
import type { FeedRow } from '../../db/schema.js';
import { redactUrl } from '../redact-url.js';
import { type FeedPoll, feedLabel } from './feed.service.js';

/** The URL without credentials or query (they may hold keys). */
export function feedJson(feed: FeedRow) {
  return {
    id: feed.id,
    name: feedLabel(feed),
    url: redactUrl(feed.url),
    addedAt: feed.added_at,
    lastPolledAt: feed.last_polled_at,
    /** 'read', 'not modified' (the site said nothing changed) or 'failed'; null before the first poll. */
    lastResult: feed.last_result,
    lastSuccessAt: feed.last_success_at,
    lastError: feed.last_error,
    lastErrorAt: feed.last_error_at,
    failures: feed.failures,
    articles: feed.articles_added,
    nextPollAt: feed.next_poll_at,
    /** What the next poll sends back for a conditional GET (If-None-Match / If-Modified-Since). */
    etag: feed.etag,
    lastModified: feed.last_modified,
  };
}

export type FeedJson = ReturnType<typeof feedJson>;

/** One poll's outcome (`mawjaz sources poll --json`). */
export function pollJson(poll: FeedPoll) {
  return {
    id: poll.feed.id,
    error: poll.error,
    notModified: poll.notModified,
    ingested: poll.ingested,
    unchanged: poll.unchanged,
    itemFailures: poll.itemFailures,
    /** Items the feed held, and how many were read: fewer when it holds more than MAWJAZ_FEED_MAX_ITEMS. */
    items: poll.items,
    itemsRead: poll.itemsRead,
    backCatalogue: poll.backCatalogue,
  };
}

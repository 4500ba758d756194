/** Messages between the feed reader (main thread) and its worker (structured-clone safe). */
import type { FeedSource } from '../ingest/readers/feed.js';
import type { ReadOutcome } from '../ingest/types.js';

/** What a polled URL turned out to be (inputs.ts `sniffKind`): a feed, or a news page. */
export type FetchedKind = 'feed' | 'html';

export interface FeedReadRequest {
  id: number;
  kind: FetchedKind;
  /** The fetched body, transferred (not copied) to the worker. */
  bytes: Uint8Array<ArrayBuffer>;
  source: FeedSource;
  /** Items to read at most (a feed's first ones); null: all. */
  maxItems: number | null;
}

export type FeedReadReply =
  | { id: number; ok: true; outcomes: ReadOutcome[]; items: number }
  /** `parseFailed`: the bytes are not a feed (ParseFailed); otherwise an unexpected error. */
  | { id: number; ok: false; message: string; parseFailed: boolean };

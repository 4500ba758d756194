/**
 * The shared entry model every reader (text file, JSONL, feed, HTML page) maps its input into,
 * before normalisation, enrichment and storage.
 */

export interface ArticleDraft {
  /** Canonical URL; for a local file the file:// URL of its absolute path (JSONL lines get a fragment). */
  url: string;
  title: string;
  /** Plain text body, paragraphs separated by blank lines; no HTML. */
  text: string;
  /** ISO date or date-time from metadata (feed pubDate, JSONL `published`, page meta), or null. */
  published: string | null;
  /** Language from metadata, if any (ISO 639-1); detection fills the gap later. */
  lang?: string;
  /** Outlet or feed name, if known. */
  source?: string;
}

/** What a reader yields: a draft, or a failure that names the input and the reason. */
export type ReadOutcome =
  | { ok: true; draft: ArticleDraft; input: string }
  | { ok: false; input: string; reason: string };

export interface ReadOptions {
  /** Allow fetching private, loopback and link-local addresses (local testing only). */
  allowPrivate: boolean;
  /** Byte cap for anything fetched. */
  maxBytes: number;
  /** Time cap for one fetch, in ms. */
  timeoutMs: number;
}

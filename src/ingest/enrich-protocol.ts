/**
 * Messages between the ingestion pipeline and its enrichment workers (structured-clone safe). Drafts
 * travel in batches and come back in batches: each message has a fixed cost (a clone, a wake-up of
 * the other thread, an event on its loop), paid once per batch instead of once per article.
 */
import type { EntityRecord } from '../entities/types.js';
import type { EnrichedArticle } from './enrich.js';
import type { ArticleDraft } from './types.js';

export type WorkerRequest =
  | { type: 'init'; records: EntityRecord[]; blockers: string[] }
  | { type: 'enrich'; drafts: Array<{ id: number; draft: ArticleDraft }> };

export type EnrichResult = { id: number; ok: true; article: EnrichedArticle } | { id: number; ok: false; message: string };

/** The results of one request's drafts, in its order. */
export interface WorkerReply {
  results: EnrichResult[];
}

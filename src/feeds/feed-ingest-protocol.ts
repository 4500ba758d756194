/**
 * What the feed ingester (main thread) asks its worker (structured-clone safe): store one polled feed's
 * drafts, or score a batch of stored articles' relevance for serve's backfill (src/ingest/backfills.ts).
 */
import type { IngestSummary } from '../ingest/pipeline.js';
import type { RelevanceInput } from '../ingest/relevance-backfill.js';
import type { ReadOutcome } from '../ingest/types.js';

export type FeedIngestRequest =
  /** `alerts` false: a new feed's back catalogue, stored without alerting anyone. */
  | { kind: 'ingest'; input: string; outcomes: ReadOutcome[]; alerts: boolean }
  | { kind: 'relevance'; articles: RelevanceInput[] };

export type FeedIngestResult = { kind: 'ingest'; summary: IngestSummary } | { kind: 'relevance'; relevances: number[] };

/** The backfill is over: the worker lets its matcher go. */
export interface RelevanceScoringEnded {
  relevanceEnded: true;
}

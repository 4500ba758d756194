/**
 * Stores a polled feed's drafts off the server's event loop (issue 15). Loading and building the entity
 * matcher (a second or more at every poll with something new), enriching each article and writing the
 * batches were synchronous work on the loop that answers Slack and Teams; in the server they run in a
 * worker thread with its own database connection (engine-worker.ts). CLI polls (`sources poll`) ingest
 * in-process, as they always did. The server's ingest counters are kept here, on the main thread,
 * where /metrics reads them. The same worker scores serve's relevance backfill (src/ingest/backfills.ts),
 * whose matcher would otherwise be built on the loop.
 */
import type { DatabaseTarget } from '../../db/connect.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { EngineWorker } from '../engine-worker.js';
import { ingestReads, type IngestSummary } from '../ingest/pipeline.js';
import { inProcessRelevanceScorer, type RelevanceScoring } from '../ingest/relevance-backfill.js';
import type { ReadOutcome } from '../ingest/types.js';
import type { FeedIngestRequest, FeedIngestResult, RelevanceScoringEnded } from './feed-ingest-protocol.js';

export interface FeedIngester {
  ingest(engine: Engine, input: string, outcomes: ReadOutcome[], alerts: boolean): Promise<IngestSummary>;
  /** A scorer for the relevance backfill, where this ingester enriches; `end()` once the backfill is over. */
  relevanceScorer(): RelevanceScoring;
  close(): Promise<void>;
}

export const IN_PROCESS_INGESTER: FeedIngester = {
  ingest: (engine, input, outcomes, alerts) => ingestReads(engine, [{ input, outcomes: () => outcomes }], { alerts }),
  relevanceScorer: () => ({ score: inProcessRelevanceScorer(), end: () => undefined }),
  close: async () => undefined,
};

export function workerFeedIngester(config: Config, target: DatabaseTarget): FeedIngester {
  const worker = new EngineWorker<FeedIngestRequest, FeedIngestResult, RelevanceScoringEnded>(new URL('./feed-ingest-worker.js', import.meta.url), 'the feed ingester', config, target);
  const answered = <K extends FeedIngestResult['kind']>(kind: K, result: FeedIngestResult): Extract<FeedIngestResult, { kind: K }> => {
    if (result.kind !== kind) throw new Error(`the feed ingester answered a ${kind} request with a ${result.kind}`);
    return result as Extract<FeedIngestResult, { kind: K }>;
  };
  return {
    async ingest(engine, input, outcomes, alerts) {
      const { summary } = answered('ingest', await worker.call({ kind: 'ingest', input, outcomes, alerts }, engine.now()));
      engine.metrics?.ingested({ stored: summary.ingested, duplicates: summary.unchanged, rejected: summary.failed });
      return summary;
    },
    relevanceScorer: () => ({
      // The worker scores the whole batch: the slice's deadline is the main thread's, and it waits off the loop.
      score: async (engine, articles) => answered('relevance', await worker.call({ kind: 'relevance', articles }, engine.now())).relevances,
      end: () => worker.note({ relevanceEnded: true }),
    }),
    close: () => worker.close(),
  };
}

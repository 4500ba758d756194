/**
 * Stores a polled feed's drafts off the server's event loop (issue 15). Loading and building the entity
 * matcher (a second or more at every poll with something new), enriching each article and writing the
 * batches were synchronous work on the loop that answers Slack and Teams; in the server they run in a
 * worker thread with its own database connection (engine-worker.ts). CLI polls (`sources poll`) ingest
 * in-process, as they always did. The server's ingest counters are kept here, on the main thread,
 * where /metrics reads them.
 */
import type { DatabaseTarget } from '../../db/connect.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { EngineWorker } from '../engine-worker.js';
import { ingestReads, type IngestSummary } from '../ingest/pipeline.js';
import type { ReadOutcome } from '../ingest/types.js';
import type { FeedIngestRequest } from './feed-ingest-protocol.js';

export interface FeedIngester {
  ingest(engine: Engine, input: string, outcomes: ReadOutcome[], alerts: boolean): Promise<IngestSummary>;
  close(): Promise<void>;
}

export const IN_PROCESS_INGESTER: FeedIngester = {
  ingest: (engine, input, outcomes, alerts) => ingestReads(engine, [{ input, outcomes: () => outcomes }], { alerts }),
  close: async () => undefined,
};

export function workerFeedIngester(config: Config, target: DatabaseTarget): FeedIngester {
  const worker = new EngineWorker<FeedIngestRequest, IngestSummary>(new URL('./feed-ingest-worker.js', import.meta.url), 'the feed ingester', config, target);
  return {
    async ingest(engine, input, outcomes, alerts) {
      const summary = await worker.call({ input, outcomes, alerts }, engine.now());
      engine.metrics?.ingested({ stored: summary.ingested, duplicates: summary.unchanged, rejected: summary.failed });
      return summary;
    },
    close: () => worker.close(),
  };
}

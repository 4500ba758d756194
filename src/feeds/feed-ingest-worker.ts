/**
 * Worker-thread side of the feed ingester (feed-ingester.ts): runs the ingest pipeline's stages after
 * reading (the entity matcher's loading and building, enrichment, storing) for one polled feed, on its
 * own connection to the server's database and in this thread only (no pool of its own).
 */
import { hostEngineWorker } from '../engine-worker-host.js';
import { ingestReads, type IngestSummary } from '../ingest/pipeline.js';
import type { FeedIngestRequest } from './feed-ingest-protocol.js';

hostEngineWorker<FeedIngestRequest, IngestSummary>((engine, { input, outcomes, alerts }) => ingestReads(engine, [{ input, outcomes: () => outcomes }], { alerts, workers: 0 }));

/**
 * Worker-thread side of the feed ingester (feed-ingester.ts): runs the ingest pipeline's stages after
 * reading (the entity matcher's loading and building, enrichment, storing) for one polled feed, on its
 * own connection to the server's database and in this thread only (no pool of its own). It also scores
 * serve's relevance backfill (src/ingest/backfills.ts), with one matcher kept until the backfill ends.
 */
import type { Engine } from '../engine.js';
import { hostEngineWorker } from '../engine-worker-host.js';
import { loadEntityMatcher } from '../entities/entity.service.js';
import type { EntityMatcher } from '../entities/matcher.js';
import { ingestReads } from '../ingest/pipeline.js';
import { scoreRelevances } from '../ingest/relevance-backfill.js';
import type { FeedIngestRequest, FeedIngestResult, RelevanceScoringEnded } from './feed-ingest-protocol.js';

let backfillMatcher: Promise<EntityMatcher> | undefined;

/** Built at the backfill's first batch; one that failed to load (the database away) is loaded again next time. */
function matcherFor(engine: Engine): Promise<EntityMatcher> {
  backfillMatcher ??= loadEntityMatcher(engine).catch((error: unknown) => {
    backfillMatcher = undefined;
    throw error;
  });
  return backfillMatcher;
}

hostEngineWorker<FeedIngestRequest, FeedIngestResult, RelevanceScoringEnded>(
  async (engine, request) => {
    if (request.kind === 'relevance') return { kind: 'relevance', relevances: scoreRelevances(await matcherFor(engine), request.articles) };
    const { input, outcomes, alerts } = request;
    return { kind: 'ingest', summary: await ingestReads(engine, [{ input, outcomes: () => outcomes }], { alerts, workers: 0 }) };
  },
  () => {
    backfillMatcher = undefined;
  },
);

/**
 * The ingestion pipeline (miniflux's stages): plan inputs → read (fetch + parse into drafts) →
 * clean → enrich → store. One bad file, feed, page or line is reported with its name and reason and
 * the rest still go in.
 */
import type { Engine } from '../engine.js';
import { loadMatcherInputs } from '../entities/entity.service.js';
import { errorMessage } from '../errors.js';
import { createEnricher } from './enricher.js';
import type { ProgressCounts, ProgressReporter } from './progress.js';
import { planInputs, readItem } from './readers/inputs.js';
import { isKnownUrl, type PendingArticle, type SourceHint, storeArticles } from './store.js';
import type { ArticleDraft, ReadOptions, ReadOutcome } from './types.js';

/** Articles written per transaction (each in its own savepoint); a crash loses at most this much progress. */
const STORE_BATCH = 100;
/** Articles being enriched at once: enough to keep every worker busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 256;
/**
 * The most articles read but not yet stored at any time: the reader waits for the workers (in flight)
 * and the workers' results wait for the writer (a store batch), so a file of any length holds at most
 * this many drafts and enriched articles in memory (~20 KB each enriched: a few MiB).
 */
export const MAX_ARTICLES_IN_HAND = MAX_IN_FLIGHT + STORE_BATCH;

export interface IngestFailure {
  input: string;
  reason: string;
}

export interface IngestSummary extends ProgressCounts {
  failures: IngestFailure[];
  /** Ids of the articles stored by this run. */
  ingestedIds: string[];
  /** Files in named directories passed over because we do not read their type. */
  skipped: number;
}

export interface IngestOptions {
  allowPrivate: boolean;
  /** Enrichment worker threads (default: one per core beyond the first, at least 1, up to 4: defaultWorkerCount); 0 enriches in the main thread. */
  workers?: number;
  progress?: (totalInputs: number) => ProgressReporter;
  /** False: store without alerting anyone (a new feed's back catalogue). */
  alerts?: boolean;
}

/** The fetch caps from the config, for one input or feed. */
export function readOptionsFor(engine: Engine, allowPrivate: boolean): ReadOptions {
  return { allowPrivate, maxBytes: engine.config.MAWJAZ_FETCH_MAX_BYTES, timeoutMs: engine.config.MAWJAZ_FETCH_TIMEOUT_MS };
}

export async function ingestInputs(engine: Engine, inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const readOptions = readOptionsFor(engine, options.allowPrivate);
  const plan = await planInputs([...inputs]);
  const reads = plan.items.map((item): Read => ({ input: item.input, outcomes: () => readItem(item, readOptions) }));
  const planFailures = plan.failures.flatMap((f) => (f.ok ? [] : [{ input: f.input, reason: f.reason }]));
  return ingestReads(engine, reads, options, { failures: planFailures, skipped: plan.skipped });
}

/** One input already planned: its name, and how to read it (lazily, so inputs are read one at a time). */
export interface Read {
  input: string;
  outcomes: () => AsyncIterable<ReadOutcome> | Iterable<ReadOutcome>;
}

/**
 * The stages after planning: read each input, clean, enrich and store. Feed polling enters here with
 * the feed it fetched itself (conditionally), so an unchanged feed never reaches the pipeline.
 */
export async function ingestReads(
  engine: Engine,
  reads: readonly Read[],
  options: Omit<IngestOptions, 'allowPrivate'>,
  planned: { failures: readonly IngestFailure[]; skipped: number } = { failures: [], skipped: 0 },
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, unchanged: 0, failed: 0, failures: [], ingestedIds: [], skipped: planned.skipped };
  const fail = (input: string, reason: string) => {
    summary.failed += 1;
    summary.failures.push({ input, reason });
    engine.logger.debug({ input, reason }, 'ingest failure');
  };

  for (const failure of planned.failures) fail(failure.input, failure.reason);
  const progress = options.progress?.(reads.length);
  const enricher = createEnricher({ ...(await loadMatcherInputs(engine)), ...(options.workers !== undefined ? { workers: options.workers } : {}) });
  const batch: Array<PendingArticle & { input: string }> = [];
  const inFlight = new Set<Promise<void>>();

  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch.splice(0);
    const results = await storeArticles(engine, items, { alerts: options.alerts ?? true });
    results.forEach((result, i) => {
      const pending = items[i]!;
      if (result instanceof Error) fail(pending.input, result.message);
      else if (result === 'ingested') {
        summary.ingested += 1;
        summary.ingestedIds.push(pending.article.id);
      } else summary.unchanged += 1;
    });
    progress?.articleDone(summary);
  };

  const enrichInBackground = (draft: ArticleDraft, input: string) => {
    const task: Promise<void> = enricher
      .enrich(draft)
      .then((article) => void batch.push({ article, source: sourceHint(draft), input }))
      .catch((error: unknown) => fail(input, errorMessage(error)))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  const drain = async () => {
    await Promise.all(inFlight);
    await flush();
  };

  try {
    for (const item of reads) {
      try {
        for await (const outcome of item.outcomes()) {
          if (!outcome.ok) {
            fail(outcome.input, outcome.reason);
            continue;
          }
          // Cleaning never changes the URL, so known articles are skipped before any work is spent.
          if (await isKnownUrl(engine, outcome.draft.url)) {
            summary.unchanged += 1;
            continue;
          }
          enrichInBackground(outcome.draft, outcome.input);
          if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
          if (batch.length >= STORE_BATCH) await flush();
        }
      } catch (error) {
        // readItem turns bad input into failures; this catches the unexpected (an I/O error mid-file).
        fail(item.input, errorMessage(error));
      }
      // What was read before any failure is still stored.
      await drain();
      progress?.inputDone(summary);
    }
  } finally {
    progress?.stop();
    await enricher.close();
    engine.metrics?.ingested({ stored: summary.ingested, duplicates: summary.unchanged, rejected: summary.failed });
  }
  return summary;
}

/** The outlet an article is credited to: its stated source, else its web host; null for a local file. */
export function sourceHint(draft: ArticleDraft): SourceHint | null {
  if (draft.source && draft.source.trim() !== '') {
    const url = draft.url.startsWith('http') ? new URL(draft.url).origin : null;
    return { name: draft.source.trim().slice(0, 200), url, kind: url ? 'web' : 'file' };
  }
  if (draft.url.startsWith('http')) {
    const host = new URL(draft.url).hostname;
    return { name: host, url: `https://${host}`, kind: 'web' };
  }
  return null;
}

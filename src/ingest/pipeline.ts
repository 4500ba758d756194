/**
 * The ingestion pipeline (miniflux's stages): plan inputs → read (fetch + parse into drafts) →
 * clean → enrich → store. One bad file, feed, page or line is reported with its name and reason and
 * the rest still go in.
 */
import type { Engine } from '../engine.js';
import { loadEntityMatcher } from '../entities/entity.service.js';
import { errorMessage } from '../errors.js';
import { cleanDraft } from './clean.js';
import { contentHash, enrich } from './enrich.js';
import type { ProgressCounts, ProgressReporter } from './progress.js';
import { planInputs, readItem } from './readers/inputs.js';
import { isKnownArticle, storeArticle, type SourceHint } from './store.js';
import type { ArticleDraft, ReadOptions } from './types.js';

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
  progress?: (totalInputs: number) => ProgressReporter;
}

export async function ingestInputs(engine: Engine, inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const readOptions: ReadOptions = {
    allowPrivate: options.allowPrivate,
    maxBytes: engine.config.MAWJAZ_FETCH_MAX_BYTES,
    timeoutMs: engine.config.MAWJAZ_FETCH_TIMEOUT_MS,
  };
  const summary: IngestSummary = { ingested: 0, unchanged: 0, failed: 0, failures: [], ingestedIds: [], skipped: 0 };
  const fail = (input: string, reason: string) => {
    summary.failed += 1;
    summary.failures.push({ input, reason });
    engine.logger.debug({ input, reason }, 'ingest failure');
  };

  const plan = await planInputs([...inputs]);
  summary.skipped = plan.skipped;
  for (const failure of plan.failures) if (!failure.ok) fail(failure.input, failure.reason);
  const progress = options.progress?.(plan.items.length);
  const matcher = await loadEntityMatcher(engine);

  try {
    for (const item of plan.items) {
      try {
        for await (const outcome of readItem(item, readOptions)) {
          if (!outcome.ok) {
            fail(outcome.input, outcome.reason);
            continue;
          }
          try {
            const result = await ingestDraft(engine, outcome.draft, matcher);
            if (result.stored) {
              summary.ingested += 1;
              summary.ingestedIds.push(result.id);
            } else {
              summary.unchanged += 1;
            }
          } catch (error) {
            fail(outcome.input, errorMessage(error));
          }
          progress?.articleDone(summary);
        }
      } catch (error) {
        // readItem turns bad input into failures; this catches the unexpected (a store error mid-feed).
        fail(item.input, errorMessage(error));
      }
      progress?.inputDone(summary);
    }
  } finally {
    progress?.stop();
  }
  return summary;
}

async function ingestDraft(
  engine: Engine,
  raw: ArticleDraft,
  matcher: Awaited<ReturnType<typeof loadEntityMatcher>>,
): Promise<{ stored: boolean; id: string }> {
  const draft = cleanDraft(raw);
  if (await isKnownArticle(engine, draft.url, contentHash(draft.text))) return { stored: false, id: '' };
  const enriched = enrich(draft, matcher);
  const result = await storeArticle(engine, enriched, sourceHint(draft));
  return { stored: result === 'ingested', id: enriched.id };
}

function sourceHint(draft: ArticleDraft): SourceHint | null {
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

/**
 * A playground on an empty database has nothing to show: on first run it loads the bundled samples
 * (as `mawjaz demo` does), dated so the newest is yesterday, saying so, before the server starts listening.
 */
import { enCount } from '../../digests/brief/labels.js';
import { storedArticleCount } from '../../src/articles/article.service.js';
import type { Engine } from '../../src/engine.js';
import { ingestSamples } from '../../src/ingest/sample-dates.js';

/** Loads the samples when there is no article yet; returns the line to print, or null when the database already had articles. */
export async function loadSamplesOnFirstRun(engine: Engine): Promise<string | null> {
  if ((await storedArticleCount(engine)) > 0) return null;
  const { summary, shiftDays } = await ingestSamples(engine, { allowPrivate: false });
  const failed = summary.failed > 0 ? `, ${summary.failed} failed (${summary.failures.map((f) => `${f.input}: ${f.reason}`).join('; ').slice(0, 500)})` : '';
  return `playground: the database had no articles, so the bundled samples were loaded: ${enCount(summary.ingested, 'article', 'articles')} from samples/news${failed}; ${shiftedLine(shiftDays)}`;
}

/** How the samples' dates were moved, in words a reader of the log understands (tests read the number too). */
export function shiftedLine(shiftDays: number): string {
  return `their dates were moved by ${shiftDays} days so the newest is from yesterday`;
}

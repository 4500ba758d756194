/**
 * Reading stored articles again. Enrichment improves (a bigger gazetteer, better rules for people,
 * organisations and themes), but an article is enriched once, when it is stored: without this, an
 * upgrade helps only tomorrow's news. `mawjaz reread` runs the enrich stage again on every stored
 * article's title and text (on the enrichment workers) and replaces its reading — relevance, summary,
 * search terms, mentions — batch by batch, each batch in one transaction, so an interrupted run leaves
 * every article either read the old way or the new way, never half.
 *
 * Which understanding read the articles is kept in `meta`: the package version and the gazetteer's
 * data version. A database whose articles an older one read says so (`serve` logs it at start).
 */
import type { Engine } from '../engine.js';
import { loadMatcherInputs } from '../entities/entity.service.js';
import { gazetteerVersion } from '../entities/gazetteer.js';
import { packageVersion } from '../package-version.js';
import { hasStoredArticles, mentionFingerprint, mentionFingerprints, replaceArticleReading, type StoredArticle, storedArticlesAfter } from '../storage/article-reading.repository.js';
import { countArticles } from '../storage/article.repository.js';
import { markSummariesStaleForDays } from '../storage/compiled-summary.repository.js';
import { insertEntityIfNew } from '../storage/entity.repository.js';
import { getMeta, setMeta } from '../storage/meta.repository.js';
import { retryOnWriteConflict } from '../storage/write-conflict.js';
import { articleRows } from './article-rows.js';
import type { EnrichedArticle } from './enrich.js';
import { createEnricher } from './enricher.js';

const READ_WITH_KEY = 'articles_read_with';
const BATCH = 200;

/** The understanding an article is read with: this package's rules and the gazetteer's data. */
export function understandingVersion(): string {
  return `${packageVersion}+${gazetteerVersion()}`;
}

export interface RereadSummary {
  /** Articles read again. */
  read: number;
  /** Of those, articles whose mentions or relevance changed. */
  changed: number;
  /** People and organisations the new reading found that the database did not have. */
  newEntities: number;
}

export interface RereadOptions {
  /** Only articles sorted on or after this ISO date; the database is then not marked as read by this version. */
  since?: string;
  /** Worker threads (0 keeps everything in-process). */
  workers?: number;
  /** Called after each batch with the articles done so far and the total. */
  onBatch?: (done: number, total: number) => void;
}

/** Reads every stored article (or those since a date) again with the current understanding. */
export async function rereadArticles(engine: Engine, options: RereadOptions = {}): Promise<RereadSummary> {
  const { db, dialect } = engine.store;
  const version = understandingVersion();
  const total = await countArticles(db, options.since);
  const enricher = createEnricher({ ...(await loadMatcherInputs(engine)), ...(options.workers !== undefined ? { workers: options.workers } : {}) });
  const summary: RereadSummary = { read: 0, changed: 0, newEntities: 0 };
  const now = engine.now().toISOString();
  try {
    for (let afterSeq = 0; ; ) {
      const stored = await storedArticlesAfter(db, afterSeq, BATCH, options.since);
      if (stored.length === 0) break;
      const readings = await Promise.all(stored.map((article) => enricher.enrich({ url: article.url, title: article.title, text: article.text, published: article.published, lang: article.lang })));
      const before = await mentionFingerprints(db, stored.map((a) => a.id));
      const changedDays: string[] = [];
      const written = await retryOnWriteConflict(
        () =>
          db.transaction().execute(async (trx) => {
            let newEntities = 0;
            for (const [i, article] of stored.entries()) {
              const reading = readings[i]!;
              for (const found of [...reading.people, ...reading.organisations]) if (await insertEntityIfNew(trx, found, now)) newEntities += 1;
              await replaceArticleReading(trx, dialect, article, { relevance: reading.relevance, summary: reading.summary, search: reading.search, mentions: mentionRows(article, reading) });
            }
            return newEntities;
          }),
        { logger: engine.logger, what: `reading ${stored.length} articles again` },
      );
      summary.newEntities += written;
      for (const [i, article] of stored.entries()) {
        const reading = readings[i]!;
        if (mentionFingerprint(reading.mentions) !== before.get(article.id) || reading.relevance !== article.relevance) {
          summary.changed += 1;
          changedDays.push(article.sort_time.slice(0, 10));
        }
      }
      // Briefs compiled over those days counted the old mentions: they are compiled again when next asked.
      await markSummariesStaleForDays(db, changedDays);
      summary.read += stored.length;
      afterSeq = stored.at(-1)!.seq;
      options.onBatch?.(summary.read, total);
    }
  } finally {
    await enricher.close();
  }
  if (options.since === undefined) await setMeta(db, READ_WITH_KEY, version);
  engine.logger.info({ ...summary, version }, 'articles read again');
  return summary;
}

/** The new reading's mentions, dated as the article already is (a reread never moves an article in time). */
function mentionRows(article: StoredArticle, reading: EnrichedArticle) {
  return articleRows({ article: { ...reading, id: article.id, published: article.published }, source: null }, article.sort_time).mentions;
}

/** How many stored articles an older understanding read (0 when all are current). */
export async function articlesReadByOlderUnderstanding(engine: Engine): Promise<number> {
  if ((await getMeta(engine.store.db, READ_WITH_KEY)) === understandingVersion()) return 0;
  return countArticles(engine.store.db);
}

/**
 * A database that holds no article yet is read by the current understanding: noted when an engine
 * opens it, so only an upgrade over stored articles ever asks for a reread. One meta lookup otherwise.
 */
export async function noteUnderstandingOfEmptyDatabase(engine: Engine): Promise<void> {
  const { db } = engine.store;
  const version = understandingVersion();
  if ((await getMeta(db, READ_WITH_KEY)) === version) return;
  if (!(await hasStoredArticles(db))) await setMeta(db, READ_WITH_KEY, version);
}

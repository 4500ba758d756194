/**
 * Store stage: writes an enriched article — its source, new people, the article, its search row and
 * its mentions — atomically, so a failure leaves nothing half-written. Re-ingesting the same URL or
 * the same normalised body changes nothing.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { findArticleIdByUrl, findExistingArticle, insertArticle } from '../storage/article.repository.js';
import { queueAlerts } from '../storage/alert.repository.js';
import { markSummariesStaleForDays } from '../storage/compiled-summary.repository.js';
import { insertEntityIfNew } from '../storage/entity.repository.js';
import { insertNewArticleMentions } from '../storage/mention.repository.js';
import { ensureSource } from '../storage/source.repository.js';
import { sqliteBatchWriter } from '../storage/sqlite-batch-writer.js';
import { kyselyStoryOps } from '../storage/story.repository.js';
import { isWriteConflict, retryOnWriteConflict } from '../storage/write-conflict.js';
import { articleRows, type PendingArticle, type SourceHint, sortTimeOf } from './article-rows.js';
import type { EnrichedArticle } from './enrich.js';
import { arrivingArticle, joinStory, TermCounts } from './story-join.js';

export type StoreResult = 'ingested' | 'unchanged';

/** Only news from the last two days alerts: a newly added feed's back catalogue must not flood anyone. */
export const ALERT_WINDOW_MS = 48 * 3_600_000;

export type { PendingArticle, SourceHint } from './article-rows.js';

/**
 * True when an article with this URL is already stored: checked before enrichment to save its cost
 * on re-ingests. (The same body under a new URL is caught when storing, by its content hash.)
 */
export async function isKnownUrl(engine: Engine, url: string): Promise<boolean> {
  if (engine.store.sqlite) return sqliteBatchWriter(engine.store.sqlite).hasUrl(url);
  return (await findArticleIdByUrl(engine.store.db, url)) !== undefined;
}

/** One article stored or left unchanged, or the error that rolled it back. */
export type BatchResult = StoreResult | Error;

/**
 * Stores several articles in one transaction, each inside its own savepoint: an article is written
 * whole or not at all (a failing one is rolled back alone and reported), while the batch pays for one
 * commit instead of one per article — the commit was a third of the write cost. Another process
 * writing the same database (SQLITE_BUSY, a PostgreSQL deadlock) rolls the whole batch back to be
 * tried again; an article it stored meanwhile is then "unchanged".
 */
export async function storeArticles(engine: Engine, batch: readonly PendingArticle[], options: { alerts?: boolean } = {}): Promise<BatchResult[]> {
  const now = engine.now().toISOString();
  const { sqlite } = engine.store;
  // Another process writing the same database holds the batch back, never fails its articles.
  const retry = { logger: engine.logger, what: `storing ${batch.length} articles` };
  const results = await retryOnWriteConflict(() => (sqlite ? sqliteBatchWriter(sqlite).write(batch, now) : writeBatch(engine, batch, now)), retry);
  // After the commit, so a digest compiled meanwhile either saw the article or is marked stale here.
  const stored = batch.filter((_, i) => results[i] === 'ingested');
  if (stored.length > 0) {
    // Both idempotent (a day already stale, an alert already queued), so a retry after a partial run is safe.
    await retryOnWriteConflict(async () => {
      await markSummariesStaleForDays(engine.store.db, stored.map((p) => sortTimeOf(p.article, now).slice(0, 10)));
      if (options.alerts !== false) await queueAlerts(engine.store.db, stored.map((p) => p.article.id), new Date(Date.parse(now) - ALERT_WINDOW_MS).toISOString(), now);
    }, { ...retry, what: `marking digests stale and queueing alerts for ${stored.length} articles` });
  }
  return results;
}

async function writeBatch(engine: Engine, batch: readonly PendingArticle[], now: string): Promise<BatchResult[]> {
  const trx = await engine.store.db.startTransaction().execute();
  const results: BatchResult[] = [];
  const counts = new TermCounts();
  try {
    for (const pending of batch) {
      const savepoint = await trx.savepoint('article').execute();
      try {
        results.push(await writeArticle(savepoint, engine.store.dialect, pending, now, { counts, cacheKey: engine.store.db }));
        await savepoint.releaseSavepoint('article').execute();
      } catch (error) {
        // A deadlock with another process: the whole batch rolls back and is tried again (storeArticles).
        if (isWriteConflict(error)) throw error;
        await savepoint.rollbackToSavepoint('article').execute();
        // Another process stored the same article meanwhile: on PostgreSQL our insert waited for its
        // commit and broke the unique key. Stored once is what was asked: unchanged, not a failure.
        const stored = await findExistingArticle(trx, pending.article.draft.url, pending.article.contentHash);
        results.push(stored ? 'unchanged' : error instanceof Error ? error : new Error(String(error)));
      }
    }
    await kyselyStoryOps(trx, engine.store.db).addTermCounts(counts.counts);
    await trx.commit().execute();
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
  return results;
}

/** Stores one article in its own transaction. */
export async function storeArticle(engine: Engine, article: EnrichedArticle, source: SourceHint | null): Promise<StoreResult> {
  const [result] = await storeArticles(engine, [{ article, source }]);
  if (result instanceof Error) throw result;
  return result ?? 'unchanged';
}

/** The batch's story bookkeeping: its term counts, and the handle the term cache lives on. */
interface StoryContext {
  counts: TermCounts;
  cacheKey: object;
}

async function writeArticle(db: Kysely<Database>, dialect: DialectName, pending: PendingArticle, now: string, stories: StoryContext): Promise<StoreResult> {
  const { article, source } = pending;
  // Checked again inside the transaction: another process may have stored it meanwhile.
  if (await findExistingArticle(db, article.draft.url, article.contentHash)) return 'unchanged';
  const rows = articleRows(pending, now);
  rows.article.source_id = source ? await ensureSource(db, source, now) : null;
  for (const found of [...article.people, ...article.organisations]) await insertEntityIfNew(db, found, now);
  await insertArticle(db, dialect, rows.article, article.search);
  await insertNewArticleMentions(db, rows.mentions);
  // Story clustering at ingestion (story-join.ts): the article joins or starts its story in this savepoint.
  await joinStory(kyselyStoryOps(db, stories.cacheKey), arrivingArticle(rows, source?.name ?? null), stories.counts, now);
  return 'ingested';
}

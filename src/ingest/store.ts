/**
 * Store stage: writes an enriched article — its source, new people, the article, its search row and
 * its mentions — atomically, so a failure leaves nothing half-written. Re-ingesting the same URL or
 * the same normalised body changes nothing.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { findExistingArticle, insertArticle } from '../storage/article.repository.js';
import { insertEntityIfNew } from '../storage/entity.repository.js';
import { insertNewArticleMentions } from '../storage/mention.repository.js';
import { ensureSource } from '../storage/source.repository.js';
import type { EnrichedArticle } from './enrich.js';

export type StoreResult = 'ingested' | 'unchanged';

export interface SourceHint {
  name: string;
  url: string | null;
  kind: string;
}

/** True when an article with this URL or body is already stored (checked before enrichment to save work). */
export async function isKnownArticle(engine: Engine, url: string, contentHash: string): Promise<boolean> {
  return (await findExistingArticle(engine.store.db, url, contentHash)) !== undefined;
}

export interface PendingArticle {
  article: EnrichedArticle;
  source: SourceHint | null;
}

/** One article stored or left unchanged, or the error that rolled it back. */
export type BatchResult = StoreResult | Error;

/**
 * Stores several articles in one transaction, each inside its own savepoint: an article is written
 * whole or not at all (a failing one is rolled back alone and reported), while the batch pays for one
 * commit instead of one per article — the commit was a third of the write cost.
 */
export async function storeArticles(engine: Engine, batch: readonly PendingArticle[]): Promise<BatchResult[]> {
  const now = engine.now().toISOString();
  const trx = await engine.store.db.startTransaction().execute();
  const results: BatchResult[] = [];
  try {
    for (const pending of batch) {
      const savepoint = await trx.savepoint('article').execute();
      try {
        results.push(await writeArticle(savepoint, engine.store.dialect, pending, now));
        await savepoint.releaseSavepoint('article').execute();
      } catch (error) {
        await savepoint.rollbackToSavepoint('article').execute();
        results.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
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

async function writeArticle(db: Kysely<Database>, dialect: DialectName, { article, source }: PendingArticle, now: string): Promise<StoreResult> {
  const sortTime = article.published ?? now;
  // Checked again inside the transaction: another process may have stored it meanwhile.
  if (await findExistingArticle(db, article.draft.url, article.contentHash)) return 'unchanged';
  const sourceId = source ? await ensureSource(db, source, now) : null;
  for (const person of article.people) await insertEntityIfNew(db, person, now);
  await insertArticle(
    db,
    dialect,
    {
      id: article.id,
      url: article.draft.url,
      title: article.draft.title,
      text: article.draft.text,
      lang: article.lang,
      published: article.published,
      published_from: article.publishedFrom,
      sort_time: sortTime,
      source_id: sourceId,
      content_hash: article.contentHash,
      summary: article.summary,
      ingested_at: now,
    },
    article.search,
  );
  await insertNewArticleMentions(
    db,
    article.mentions.map((m) => ({
      article_id: article.id,
      entity_id: m.entityId,
      mention_count: m.count,
      surfaces: JSON.stringify(m.surfaces),
      first_offset: m.firstOffset,
      sort_time: sortTime,
    })),
  );
  return 'ingested';
}

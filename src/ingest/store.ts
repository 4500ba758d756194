/**
 * Store stage: writes one enriched article — its source, new people, the article, its search row and
 * its mentions — in a single transaction, so a failure leaves nothing half-written. Re-ingesting the
 * same URL or the same normalised body changes nothing.
 */
import type { Engine } from '../engine.js';
import { findExistingArticle, insertArticle } from '../storage/article.repository.js';
import { insertEntityIfNew } from '../storage/entity.repository.js';
import { insertMentions } from '../storage/mention.repository.js';
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

export async function storeArticle(engine: Engine, article: EnrichedArticle, source: SourceHint | null): Promise<StoreResult> {
  const now = engine.now().toISOString();
  const sortTime = article.published ?? now;
  return engine.store.db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: another process may have stored it meanwhile.
    if (await findExistingArticle(trx, article.draft.url, article.contentHash)) return 'unchanged';
    const sourceId = source ? await ensureSource(trx, source, now) : null;
    for (const person of article.people) await insertEntityIfNew(trx, person, now);
    await insertArticle(
      trx,
      engine.store.dialect,
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
    await insertMentions(
      trx,
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
  });
}

/**
 * Articles stored before migration 0017 have no story. The engine, when opened, gives them one in
 * bounded batches (BATCH articles per transaction, oldest stored first), exactly as ingestion would
 * have: each joins or starts a story among those already assigned. A database with nothing to do pays
 * one index lookup. Another process doing the same at once is harmless: each batch re-reads which
 * articles still have no story inside its transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { sqliteStoryOps } from '../storage/story-sqlite.js';
import { kyselyStoryOps } from '../storage/story.repository.js';
import { type ArrivingArticle, joinStory, joinStorySync, TermCounts } from './story-join.js';

const BATCH = 500;

async function articlesWithoutStory(db: Kysely<Database>, limit: number): Promise<ArrivingArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .leftJoin('sources', 'sources.id', 'articles.source_id')
    .select(['articles.id', 'articles.title', 'articles.text', 'articles.lang', 'articles.sort_time', 'sources.name as source'])
    .where('articles.story_id', 'is', null)
    .orderBy('articles.seq')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const mentions = await db.selectFrom('mentions').select(['article_id', 'entity_id']).where('article_id', 'in', rows.map((r) => r.id)).execute();
  const entities = new Map<string, string[]>();
  for (const m of mentions) entities.set(m.article_id, [...(entities.get(m.article_id) ?? []), m.entity_id]);
  return rows.map((r) => ({ id: r.id, title: r.title, text: r.text, lang: r.lang, sortTime: r.sort_time, entityIds: entities.get(r.id) ?? [], source: r.source }));
}

/** Assigns a story to every article without one; the number assigned. */
export async function backfillStories(engine: Engine): Promise<number> {
  const { db, sqlite } = engine.store;
  let assigned = 0;
  for (;;) {
    const batch = await articlesWithoutStory(db, BATCH);
    if (batch.length === 0) break;
    const now = engine.now().toISOString();
    if (sqlite) {
      const ops = sqliteStoryOps(sqlite);
      sqlite.transaction(() => {
        const counts = new TermCounts();
        for (const article of batch) if (ops.storyIdsOf([article.id]).size === 0) joinStorySync(ops, article, counts, now);
        ops.addTermCounts(counts.counts);
      }).immediate();
    } else {
      await db.transaction().execute(async (trx) => {
        const ops = kyselyStoryOps(trx, db);
        const counts = new TermCounts();
        for (const article of batch) if ((await ops.storyIdsOf([article.id])).size === 0) await joinStory(ops, article, counts, now);
        await ops.addTermCounts(counts.counts);
      });
    }
    assigned += batch.length;
    if (batch.length < BATCH) break;
  }
  if (assigned > 0) engine.logger.info({ articles: assigned }, 'gave older articles their stories');
  return assigned;
}

/**
 * Articles stored before migration 0017 have no story. This gives them one, oldest stored first,
 * exactly as ingestion would have: each joins or starts a story among those already assigned (so an
 * old article may join a story that newer arrivals started meanwhile). Each step is one transaction.
 * A database with nothing to do pays one index lookup. Another process doing the same at once is
 * harmless: each step re-reads inside its transaction which articles still have no story. Run by
 * `mawjaz migrate` and by `serve` in the background (src/ingest/backfills.ts), never when an engine
 * opens; readers cluster the articles still without one on request meanwhile (digests/compile/period-stories.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { sqliteStoryOps } from '../storage/story-sqlite.js';
import { kyselyStoryOps } from '../storage/story.repository.js';
import { type Backfill, type BackfillStep, type StepLimit, sqliteWrite } from './backfill-step.js';
import { type ArrivingArticle, joinStory, joinStorySync, TermCounts } from './story-join.js';

type Waiting = ArrivingArticle & { seq: number };

async function articlesWithoutStory(db: Kysely<Database>, afterSeq: number, limit: number): Promise<Waiting[]> {
  const rows = await db
    .selectFrom('articles')
    .leftJoin('sources', 'sources.id', 'articles.source_id')
    .select(['articles.seq', 'articles.id', 'articles.title', 'articles.text', 'articles.lang', 'articles.sort_time', 'sources.name as source'])
    .where('articles.story_id', 'is', null)
    .where('articles.seq', '>', afterSeq)
    .orderBy('articles.seq')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const mentions = await db.selectFrom('mentions').select(['article_id', 'entity_id']).where('article_id', 'in', rows.map((r) => r.id)).execute();
  const entities = new Map<string, string[]>();
  for (const m of mentions) entities.set(m.article_id, [...(entities.get(m.article_id) ?? []), m.entity_id]);
  return rows.map((r) => ({ seq: r.seq, id: r.id, title: r.title, text: r.text, lang: r.lang, sortTime: r.sort_time, entityIds: entities.get(r.id) ?? [], source: r.source }));
}

export function storyBackfill(engine: Engine): Backfill {
  const { db, sqlite } = engine.store;
  // Past what earlier steps looked at, so that an article no step can place is not read forever.
  let afterSeq = 0;
  return {
    what: 'stories',
    async step(limit: StepLimit): Promise<BackfillStep> {
      const waiting = await articlesWithoutStory(db, afterSeq, limit.batch);
      if (waiting.length === 0) return { done: 0, finished: true };
      const now = engine.now().toISOString();
      let looked = 0;
      let done = 0;
      if (sqlite) {
        const ops = sqliteStoryOps(sqlite);
        const write = sqlite.transaction(() => {
          const counts = new TermCounts();
          for (const article of waiting) {
            looked++;
            if (ops.storyIdsOf([article.id]).size === 0) {
              joinStorySync(ops, article, counts, now);
              done++;
            }
            if (performance.now() >= limit.until) break;
          }
          ops.addTermCounts(counts.counts);
        });
        sqliteWrite(sqlite, limit.waitForLock, () => write.immediate());
      } else {
        await db.transaction().execute(async (trx) => {
          const ops = kyselyStoryOps(trx, db);
          const counts = new TermCounts();
          for (const article of waiting) {
            looked++;
            if ((await ops.storyIdsOf([article.id])).size === 0) {
              await joinStory(ops, article, counts, now);
              done++;
            }
            if (performance.now() >= limit.until) break;
          }
          await ops.addTermCounts(counts.counts);
        });
      }
      afterSeq = waiting[looked - 1]!.seq;
      return { done, finished: false };
    },
  };
}

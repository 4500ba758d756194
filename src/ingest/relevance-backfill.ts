/**
 * Articles stored before migration 0016 have no migration relevance yet. The first engine opened on
 * such a database scores them once, by running the enrich stage again on their stored title and text
 * (about a millisecond an article), then notes in `meta` that the backfill is done so later openings
 * pay one key lookup. Their stored mentions are left as they are: only the score is new.
 */
import type { Engine } from '../engine.js';
import { loadEntityMatcher } from '../entities/entity.service.js';
import { articlesWithoutRelevance, setArticleRelevance } from '../storage/article.repository.js';
import { getMeta, setMeta } from '../storage/meta.repository.js';
import { enrich } from './enrich.js';

const BACKFILL_DONE_KEY = 'relevance_backfilled';
const BATCH = 500;

/** Scores every article that has no relevance yet; the number scored. */
export async function backfillRelevance(engine: Engine): Promise<number> {
  const { db } = engine.store;
  if ((await getMeta(db, BACKFILL_DONE_KEY)) !== undefined) return 0;
  let scored = 0;
  let afterSeq = 0;
  let matcher: Awaited<ReturnType<typeof loadEntityMatcher>> | undefined;
  for (;;) {
    const rows = await articlesWithoutRelevance(db, afterSeq, BATCH);
    if (rows.length === 0) break;
    matcher ??= await loadEntityMatcher(engine);
    const scores = rows.map((row) => ({ id: row.id, relevance: enrich({ url: row.url, title: row.title, text: row.text, published: row.published, lang: row.lang }, matcher!).relevance }));
    await db.transaction().execute(async (trx) => {
      for (const { id, relevance } of scores) await setArticleRelevance(trx, id, relevance);
    });
    scored += rows.length;
    afterSeq = rows.at(-1)!.seq;
  }
  await setMeta(db, BACKFILL_DONE_KEY, engine.now().toISOString());
  if (scored > 0) engine.logger.info({ articles: scored }, 'scored the migration relevance of articles stored before it existed');
  return scored;
}

/**
 * Articles stored before migration 0016 have no migration relevance yet. This scores them by running
 * the enrich stage again on their stored title and text (about a millisecond an article), oldest
 * stored first, and notes in `meta` when none is left, so that a server starting later pays one key
 * lookup rather than a scan of the articles (the column has no index). Their stored mentions are left
 * as they are: only the score is new. Run by `mawjaz migrate` and by `serve` in the background
 * (src/ingest/backfills.ts), never when an engine opens; readers treat a null score as relevant meanwhile.
 */
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { prepareKept } from '../../db/sqlite-objects.js';
import type { Engine } from '../engine.js';
import { type EntityMatcher, loadEntityMatcher } from '../entities/entity.service.js';
import { articlesWithoutRelevance, setArticleRelevance } from '../storage/article.repository.js';
import { getMeta, setMeta } from '../storage/meta.repository.js';
import { type Backfill, type BackfillStep, type StepLimit, sqliteWrite } from './backfill-step.js';
import { enrich } from './enrich.js';

const BACKFILL_DONE_KEY = 'relevance_backfilled';

export interface RelevanceBackfillOptions {
  /** Look for unscored articles even when `meta` says none is left (`mawjaz migrate`: the operator asked). */
  rescan?: boolean;
}

export function relevanceBackfill(engine: Engine, options: RelevanceBackfillOptions = {}): Backfill {
  const { db } = engine.store;
  let afterSeq = 0;
  let checked = options.rescan === true;
  let finished = false;
  let matcher: EntityMatcher | undefined;
  let update: SQLite.Statement<[number, string]> | undefined;
  const finish = async (): Promise<BackfillStep> => {
    finished = true;
    await setMeta(db, BACKFILL_DONE_KEY, engine.now().toISOString());
    return { done: 0, finished: true };
  };
  return {
    what: 'relevance',
    async step(limit: StepLimit): Promise<BackfillStep> {
      if (finished) return { done: 0, finished: true };
      if (!checked) {
        checked = true;
        if ((await getMeta(db, BACKFILL_DONE_KEY)) !== undefined) {
          finished = true;
          return { done: 0, finished: true };
        }
      }
      const rows = await articlesWithoutRelevance(db, afterSeq, limit.batch);
      if (rows.length === 0) return finish();
      matcher ??= await loadEntityMatcher(engine);
      const scores: Array<{ id: string; relevance: number }> = [];
      for (const row of rows) {
        scores.push({ id: row.id, relevance: enrich({ url: row.url, title: row.title, text: row.text, published: row.published, lang: row.lang }, matcher).relevance });
        if (performance.now() >= limit.until) break;
      }
      const { sqlite } = engine.store;
      if (sqlite) {
        const statement = (update ??= prepareKept<[number, string]>(sqlite, 'UPDATE articles SET relevance = ? WHERE id = ?'));
        const write = sqlite.transaction(() => {
          for (const { id, relevance } of scores) statement.run(relevance, id);
        });
        sqliteWrite(sqlite, limit.waitForLock, () => write.immediate());
      } else {
        await db.transaction().execute(async (trx) => {
          for (const { id, relevance } of scores) await setArticleRelevance(trx, id, relevance);
        });
      }
      afterSeq = rows[scores.length - 1]!.seq;
      return { done: scores.length, finished: false };
    },
  };
}

/**
 * After `mawjaz migrate` reverted 0016 (the scores dropped with their column): the next time it is
 * applied, the articles need scoring again, whoever runs the backfill.
 */
export async function forgetRelevanceBackfill(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('meta').where('key', '=', BACKFILL_DONE_KEY).execute();
}

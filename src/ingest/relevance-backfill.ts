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
import { loadEntityMatcher } from '../entities/entity.service.js';
import type { EntityMatcher } from '../entities/matcher.js';
import { articlesWithoutRelevance, setArticleRelevance } from '../storage/article.repository.js';
import { getMeta, setMeta } from '../storage/meta.repository.js';
import { type Backfill, type BackfillStep, type StepLimit, sqliteWrite } from './backfill-step.js';
import { enrich } from './enrich.js';
import type { ArticleDraft } from './types.js';

const BACKFILL_DONE_KEY = 'relevance_backfilled';

/** What scoring an article's relevance reads of it (structured-clone safe: it may travel to a worker). */
export type RelevanceInput = Pick<ArticleDraft, 'url' | 'title' | 'text' | 'published' | 'lang'>;

/**
 * Scores articles for the backfill: the first of `articles` at least, then more until `until`
 * (performance.now() of the caller's thread); the scores of a prefix, in order. The matcher it needs
 * (~300 ms of CPU to load and build) is built where the scorer runs: in the server, the feed
 * ingester's worker (src/feeds/feed-ingester.ts), never the event loop.
 */
export type RelevanceScorer = (engine: Engine, articles: RelevanceInput[], until: number) => Promise<number[]>;

/** A scorer kept for one backfill; `end()` lets its matcher go once the backfill is over. */
export interface RelevanceScoring {
  score: RelevanceScorer;
  end(): void;
}

/** The scores of `articles` by `matcher`, stopping once `until` (performance.now()) has passed. */
export function scoreRelevances(matcher: EntityMatcher, articles: RelevanceInput[], until = Infinity): number[] {
  const scores: number[] = [];
  for (const article of articles) {
    scores.push(enrich(article, matcher).relevance);
    if (performance.now() >= until) break;
  }
  return scores;
}

/** Scores on the caller's thread, with a matcher built at its first call (`mawjaz migrate`, tests). */
export function inProcessRelevanceScorer(): RelevanceScorer {
  let matcher: Promise<EntityMatcher> | undefined;
  return async (engine, articles, until) => scoreRelevances(await (matcher ??= loadEntityMatcher(engine)), articles, until);
}

export interface RelevanceBackfillOptions {
  /** Look for unscored articles even when `meta` says none is left (`mawjaz migrate`: the operator asked). */
  rescan?: boolean;
  /** In-process when absent. */
  scorer?: RelevanceScorer;
}

export function relevanceBackfill(engine: Engine, options: RelevanceBackfillOptions = {}): Backfill {
  const { db } = engine.store;
  let afterSeq = 0;
  let checked = options.rescan === true;
  let finished = false;
  const score = options.scorer ?? inProcessRelevanceScorer();
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
      const relevances = await score(engine, rows.map(({ url, title, text, published, lang }) => ({ url, title, text, published, lang })), limit.until);
      if (relevances.length === 0 || relevances.length > rows.length) throw new Error(`the relevance scorer answered ${relevances.length} scores for ${rows.length} articles`);
      const scores = relevances.map((relevance, i) => ({ id: rows[i]!.id, relevance }));
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

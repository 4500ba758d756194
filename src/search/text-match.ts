/**
 * The articles a query's words find, ranked any-word: articles with every word first (as the stores
 * rank them), then, while those are few, articles with fewer of the words ("migrants drowned off the
 * coast" still finds the reports that say "drowned" but not "coast"), each level capped in SQL. More
 * capped queries mark the articles where the words stand together: each pair of neighbouring query
 * words within a few tokens of each other, and the exact phrase as typed.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { type FullTextMatch, newestMatches, rankedMatches } from '../storage/article-search.repository.js';
import { atLeast, binomial, nearExpression, phraseExpression } from './match-expressions.js';
import type { QueryPlan } from './query-plan.js';

export interface TextHit extends FullTextMatch {
  /** Share of the query's word groups the article matches: 1 when it has every word. */
  coverage: number;
  /** The article holds the query's words as typed, in a row. */
  phrase: boolean;
  /** Share of the query's neighbouring word pairs that stand within NEAR_GAP tokens of each other. */
  proximity: number;
}

/** "Within five words": a clause apart, not a paragraph apart. */
const NEAR_GAP = 5;
/** Proximity is asked of the first few words only: each pair is one more (capped) query. */
const MAX_NEAR_PAIRS = 3;
/**
 * A level "at least k of n words" (1 < k < n) is the OR of every k-subset: FTS5 merges the doclists of
 * every term of every subset, so a level over more terms than this (a concept's wording in three
 * languages, repeated in each subset) is skipped, and its articles are found by the any-word level.
 */
const MAX_LEVEL_TERMS = 40;
/**
 * Fewer-word levels rank only their newest matches: common words match a large share of the archive.
 * A query searched newest first anyway (a concept's wording in three languages, dozens of terms whose
 * bm25 each costs) takes its newest matches unranked.
 */
const RELAXED_WINDOW = 500;

export async function matchText(
  db: Kysely<Database>,
  dialect: DialectName,
  plan: Pick<QueryPlan, 'groups' | 'phrase' | 'words'>,
  options: { limit: number; newestFirst: boolean; relaxBelow: number },
): Promise<TextHit[]> {
  const { groups } = plan;
  const n = groups.length;
  if (n === 0) return [];
  const { limit } = options;
  const hits = new Map<string, TextHit>();
  const add = (matches: readonly FullTextMatch[], coverage: number) => {
    for (const m of matches) if (!hits.has(m.articleId)) hits.set(m.articleId, { ...m, coverage, phrase: false, proximity: 0 });
  };
  add(await rankedMatches(db, dialect, atLeast(groups, n), { limit, ...(options.newestFirst ? { window: limit } : {}) }), 1);
  // The phrase orders articles that have every word: without any, it has nothing to order.
  const phraseCounts = hits.size > 0 && plan.phrase.length > 1;
  // Level by level, so that an article's coverage is the most words it was found with.
  for (let k = n - 1; k >= 1 && hits.size < options.relaxBelow; k--) {
    if (k > 1 && binomial(n - 1, k - 1) * termCount(groups) > MAX_LEVEL_TERMS) continue;
    const level = atLeast(groups, k);
    add(await (options.newestFirst ? newestMatches(db, dialect, level, limit) : rankedMatches(db, dialect, level, { limit, window: RELAXED_WINDOW })), k / n);
  }

  // Only the newest `limit` matches of each are read: a common phrase («اللاجئين السوريين», "border
  // wall") has thousands, each costing a look at its positions.
  const pairs = hits.size > 0 ? neighbourPairs(plan.words) : [];
  for (const pair of pairs) {
    for (const m of await newestMatches(db, dialect, nearExpression(pair, NEAR_GAP), limit)) {
      const hit = hits.get(m.articleId);
      if (hit) hit.proximity += 1 / pairs.length;
    }
  }
  // A phrase match has every word (each group holds the user's own words), so it joins the candidates
  // with full coverage even when the all-words level was capped before reaching it (relevance 0: it
  // was not ranked).
  if (phraseCounts) {
    for (const m of await newestMatches(db, dialect, phraseExpression(plan.phrase), limit)) {
      const hit = hits.get(m.articleId) ?? { ...m, coverage: 1, phrase: false, proximity: 0 };
      hits.set(m.articleId, Object.assign(hit, { phrase: true, proximity: 1 }));
    }
  }
  return [...hits.values()];
}

/** How many index terms the groups name, alternatives included. */
function termCount(groups: QueryPlan['groups']): number {
  let count = 0;
  for (const group of groups) for (const conjunction of group) for (const choice of conjunction) count += choice.length;
  return count;
}

function neighbourPairs(words: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 1; i < words.length && pairs.length < MAX_NEAR_PAIRS; i++) if (words[i] !== words[i - 1]) pairs.push([words[i - 1]!, words[i]!]);
  return pairs;
}

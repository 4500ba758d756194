/**
 * Incremental story clustering: the decisions taken when one article arrives, given what the story
 * index found around it. The same pair score, threshold, day window, two-shared-keys rule and
 * chaining guard as the week's batch clustering (cluster-stories.ts), applied one arrival at a time:
 * - candidates are the articles sharing at least two blocking keys with the newcomer within the day
 *   window, a key shared by more than MAX_KEY_ARTICLES articles of the window being too common to
 *   count (the index reads at most that many rows per key), and at most MAX_CANDIDATES of them;
 * - the newcomer joins the story of its best-scoring candidate, provided it also resembles that
 *   story's seed (the guard against chains A~B~C with A≁C);
 * - when it links stories that turn out to be one (two replicas started the same story at once, or
 *   the bridging report came last), the smaller ones are merged into the largest.
 * Rarity comes from the stored counts of every article (story_term_df), not from a week's batch.
 */
import type { Features } from './features.js';
import { arrivalCorpus, pairScore, type RarityStats } from './similarity.js';

/** Articles further apart than this (days) are never candidates; as the batch clustering's window. */
export const STORY_WINDOW_DAYS = 3;
/** A key carried by more articles of the window than this is evidence of nothing and is skipped. */
export const MAX_KEY_ARTICLES = 40;
/** Candidates scored per arrival at most: those sharing the most keys. */
export const MAX_CANDIDATES = 12;
/** Body terms used as keys per article (its highest weighted), besides every title term. */
const KEY_TERMS = 12;
/** Figures shorter than this (days of the month, small counts) are shared by chance. */
const MIN_FIGURE_DIGITS = 3;
/** A join or merge with a story of several articles needs its seed to score at least threshold × this. */
const GUARD_FACTOR = 0.6;

type WeightedTerm = readonly [term: string, weight: number];

/** Days since the epoch, whole: the story index's time bucket. */
export function dayOf(time: string): number {
  return Math.floor(Date.parse(time) / 86_400_000);
}

/**
 * The article's blocking keys: every title term, its KEY_TERMS rarest weighted body terms, entities
 * other than themes, and figures of three digits or more.
 */
export function storyKeys(f: Features, rarity: RarityStats): string[] {
  const idf = (term: string): number => Math.log((rarity.articles + 1) / Math.max(1, rarity.df(term)));
  // The KEY_TERMS first in (weight descending, term) order, kept by insertion: sorting every term cost more.
  const before = (x: WeightedTerm, y: WeightedTerm): boolean => x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]);
  const top: WeightedTerm[] = [];
  for (const [term, count] of f.terms) {
    const entry: WeightedTerm = [term, (1 + Math.log(count)) * idf(term)];
    const last = top[KEY_TERMS - 1];
    if (last !== undefined && !before(entry, last)) continue;
    let i = Math.min(top.length, KEY_TERMS - 1);
    for (; i > 0 && before(entry, top[i - 1]!); i -= 1) top[i] = top[i - 1]!;
    top[i] = entry;
  }
  const keys = new Set<string>();
  for (const [term] of top) keys.add(`t:${term}`);
  for (const term of f.titleTerms) keys.add(`t:${term}`);
  for (const id of f.entities) if (!id.startsWith('theme:')) keys.add(`e:${id}`);
  for (const n of f.numbers) if (n.length >= MIN_FIGURE_DIGITS) keys.add(`n:${n}`);
  return [...keys].sort();
}

/** From the index's rows (one per key and article found), the candidates worth scoring, most shared keys first. */
export function candidateArticles(hits: ReadonlyMap<string, readonly string[]>, self: string): string[] {
  const shared = new Map<string, number>();
  for (const articles of hits.values()) {
    if (articles.length > MAX_KEY_ARTICLES) continue;
    for (const id of articles) if (id !== self) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return [...shared]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
}

export interface CandidateStory {
  /** The story as it stands now (merges followed). */
  id: string;
  articleCount: number;
  /** Its seed's features, when stored (the seed may have been pruned). */
  seed: Features | null;
}

export interface Neighbour {
  features: Features;
  /** Resolved story id of the candidate article. */
  storyId: string;
}

export interface StoryDecision {
  /** The story the article joins; null: it starts its own. */
  join: string | null;
  /** Stories found to be the joined one: merged into it. */
  absorb: string[];
}

/**
 * Where the newcomer goes. `rarity` counts every stored article plus the newcomer.
 */
export function decideStory(article: Features, neighbours: readonly Neighbour[], stories: ReadonlyMap<string, CandidateStory>, rarity: RarityStats): StoryDecision {
  if (neighbours.length === 0) return { join: null, absorb: [] };
  const seeds = [...stories.values()].flatMap((s) => (s.seed ? [s.seed] : []));
  const corpus = arrivalCorpus([article, ...neighbours.map((n) => n.features), ...seeds], rarity);
  const threshold = corpus.options.threshold;
  const score = (a: Features, b: Features): number => pairScore(a, b, corpus);

  const best = new Map<string, number>();
  for (const n of neighbours) {
    const s = score(article, n.features);
    if (s >= threshold && s > (best.get(n.storyId) ?? 0)) best.set(n.storyId, s);
  }
  // Strongest link first, as the batch's union-find takes its edges.
  const linked = [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  const passesGuard = (id: string): boolean => {
    const story = stories.get(id);
    if (!story || story.articleCount <= 1 || !story.seed) return true;
    return score(article, story.seed) >= threshold * GUARD_FACTOR;
  };
  const joinable = linked.filter(passesGuard);
  if (joinable.length === 0) return { join: null, absorb: [] };
  // The largest linked story absorbs the others (ties: the strongest link), so a merge moves the fewest articles.
  const size = (id: string): number => stories.get(id)?.articleCount ?? 1;
  const [target, ...others] = [...joinable].sort((a, b) => size(b) - size(a) || joinable.indexOf(a) - joinable.indexOf(b));
  if (target === undefined) return { join: null, absorb: [] };
  const targetSeed = stories.get(target)?.seed ?? null;
  // With the newcomer in it the target has several articles: as in the batch, two clusters merge only
  // when their seeds are alike enough.
  const absorb = others.filter((id) => {
    const otherSeed = stories.get(id)?.seed ?? null;
    return targetSeed !== null && otherSeed !== null && score(targetSeed, otherSeed) >= threshold * GUARD_FACTOR;
  });
  return { join: target, absorb };
}

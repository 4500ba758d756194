/**
 * Groups a week's articles into stories: the same event told by several outlets, or in several
 * languages, becomes one cluster of the digest.
 *
 * Cost: candidate pairs come only from blocking keys — rare shared terms, specific entities and
 * numbers — and only within a window of days; keys shared by too many articles are skipped. Each
 * candidate pair is then scored with sparse vectors (see similarity.ts). Nothing is n².
 *
 * Linkage: union-find over the scored pairs, strongest first, with a guard against chaining — two
 * clusters merge only if their seeds (the first pair that formed each) are themselves similar enough.
 * Full average linkage would need every cross-cluster pair score, which blocking deliberately does
 * not produce; the seed guard gives most of its protection (A~B, B~C, but A≁C stays apart when A
 * and C seed their clusters) at the cost of one extra pair score per merge.
 */
import { type Features, featuresOf, type StoryCandidate } from './features.js';
import { type Corpus, corpusOf, pairScore, type PairScoreOptions } from './similarity.js';

export type { StoryCandidate } from './features.js';

export interface StoryCluster {
  /** articleIds[0] is the representative: the member most similar to the others. */
  articleIds: string[];
}

export interface ClusterOptions extends Partial<PairScoreOptions> {
  /** Articles further apart than this (days) are never paired. */
  windowDays?: number;
  /** Blocking keys shared by more articles than this are skipped (too common to be evidence). */
  maxKeyArticles?: number;
  /** Terms used as blocking keys per article (its rarest, highest-weighted). */
  keyTermsPerArticle?: number;
  /** A merge of two clusters needs their seeds to score at least threshold × this. */
  guardFactor?: number;
}

const DEFAULTS = { windowDays: 3, maxKeyArticles: 40, keyTermsPerArticle: 12, guardFactor: 0.6 };

interface Edge {
  a: number;
  b: number;
  score: number;
}

export function clusterStories(candidates: readonly StoryCandidate[], options: ClusterOptions = {}): StoryCluster[] {
  const opts = { ...DEFAULTS, ...options };
  const features = candidates.map((c, i) => featuresOf(c, i));
  const corpus = corpusOf(features, options);
  const score = (a: Features, b: Features): number => pairScore(a, b, corpus);
  const threshold = corpus.options.threshold;

  const edges: Edge[] = [];
  for (const [a, b] of candidatePairs(features, corpus, opts)) {
    const fa = features[a];
    const fb = features[b];
    if (!fa || !fb) continue;
    const s = score(fa, fb);
    if (s >= threshold) edges.push({ a, b, score: s });
  }
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const parent = features.map((_, i) => i);
  // A cluster keeps the seed of its larger part (for two singletons, the first article of their pair).
  const seed = features.map((_, i) => i);
  const size = features.map(() => 1);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const edge of edges) {
    const ra = find(edge.a);
    const rb = find(edge.b);
    if (ra === rb) continue;
    if ((size[ra] ?? 1) > 1 || (size[rb] ?? 1) > 1) {
      const sa = features[seed[ra] ?? ra];
      const sb = features[seed[rb] ?? rb];
      if (!sa || !sb || score(sa, sb) < threshold * opts.guardFactor) continue;
    }
    const [big, small] = (size[ra] ?? 1) >= (size[rb] ?? 1) ? [ra, rb] : [rb, ra];
    parent[small] = big;
    size[big] = (size[ra] ?? 1) + (size[rb] ?? 1);
  }

  const groups = new Map<number, Features[]>();
  for (const f of features) {
    const root = find(f.index);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  }
  const clusters = [...groups.values()].map((members) => {
    const ordered = orderMembers(members, score);
    const newest = Math.max(...members.map((m) => (Number.isNaN(m.day) ? -Infinity : m.day)));
    return { ordered, newest };
  });
  clusters.sort(
    (x, y) =>
      y.ordered.length - x.ordered.length ||
      y.newest - x.newest ||
      (x.ordered[0]?.candidate.id ?? '').localeCompare(y.ordered[0]?.candidate.id ?? ''),
  );
  return clusters.map((c) => ({ articleIds: c.ordered.map((m) => m.candidate.id) }));
}

/** Representative first (highest total similarity to the others, then newest, then id), then by time. */
function orderMembers(members: Features[], score: (a: Features, b: Features) => number): Features[] {
  if (members.length === 1) return members;
  const centrality = new Map<number, number>();
  const sample = members.slice(0, 60);
  for (const m of members) {
    let total = 0;
    for (const other of sample) if (other !== m) total += score(m, other);
    centrality.set(m.index, total);
  }
  const byTime = (a: Features, b: Features): number =>
    (Number.isNaN(b.day) ? -Infinity : b.day) - (Number.isNaN(a.day) ? -Infinity : a.day) || a.candidate.id.localeCompare(b.candidate.id);
  const [rep] = [...members].sort((a, b) => (centrality.get(b.index) ?? 0) - (centrality.get(a.index) ?? 0) || byTime(a, b));
  return rep ? [rep, ...members.filter((m) => m !== rep).sort(byTime)] : members;
}

/**
 * Pairs of articles sharing a blocking key within the day window: one of each article's rarest
 * weighted terms (same language only, by construction of the terms), a specific entity, or a
 * significant number.
 */
function candidatePairs(
  features: readonly Features[],
  corpus: Corpus,
  opts: typeof DEFAULTS,
): Iterable<[number, number]> {
  const postings = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  for (const f of features) {
    const weighted: [string, number][] = [];
    for (const [term, count] of f.terms) {
      const df = corpus.termDf.get(term) ?? 1;
      if (df < 2 || df > opts.maxKeyArticles) continue;
      weighted.push([term, (1 + Math.log(count)) * (corpus.termIdf.get(term) ?? 0)]);
    }
    weighted.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [term] of weighted.slice(0, opts.keyTermsPerArticle)) add(`t:${term}`, f.index);
    for (const term of f.titleTerms) add(`t:${term}`, f.index);
    for (const id of f.entities) if (corpus.isSpecificEntity(id)) add(`e:${id}`, f.index);
    for (const n of f.numbers) if (n.length >= 3) add(`n:${n}`, f.index);
  }
  // Pairs sharing at least two keys: one shared rare word is too often chance.
  const shared = new Map<number, number>();
  const n = features.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > opts.maxKeyArticles) continue;
    for (let x = 0; x < list.length; x += 1) {
      const a = list[x] ?? 0;
      const da = features[a]?.day ?? Number.NaN;
      for (let y = x + 1; y < list.length; y += 1) {
        const b = list[y] ?? 0;
        if (Math.abs(da - (features[b]?.day ?? Number.NaN)) > opts.windowDays) continue;
        const key = a < b ? a * n + b : b * n + a;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: [number, number][] = [];
  for (const [key, count] of shared) if (count >= 2) pairs.push([Math.floor(key / n), key % n]);
  return pairs;
}

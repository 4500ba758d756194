/**
 * How alike two articles are as reports of one event, from 0 to 1, using statistics of the batch
 * being clustered (a week's articles): term rarity (IDF) and entity rarity.
 *
 * Same language: TF-IDF cosine of title + body (catches wire copy and rewrites), title cosine, and
 * shared specific entities. Across languages no words can be compared, so only entities, numbers
 * that appear in both texts, and closeness in time count — and the bar is set high, because a wrong
 * cross-language merge hides a story while a missed one only shows it twice.
 */
import { cosine, type SparseVector, unitVector } from '../../src/text/sparse-vector.js';
import type { Features } from './features.js';

export interface PairScoreOptions {
  /** Pairs scoring at least this are linked. */
  threshold: number;
  /** Cross-language pairs further apart than this (days) are never linked. */
  crossLanguageDays: number;
  /** Cross-language pairs need at least this many shared significant numbers. */
  crossLanguageNumbers: number;
  /** Cross-language pairs without shared numbers need at least this entity similarity (0..1). */
  crossLanguageEntitiesAlone: number;
}

/**
 * Weights and threshold were fitted on hand-labelled pairs of the shared corpus (see
 * test/digests/clustering-corpus.test.ts): same-event reports against same-week stories sharing
 * entities. Few labels: treat them as a starting point, not as tuned constants.
 */
export const DEFAULT_PAIR_OPTIONS: PairScoreOptions = { threshold: 0.41, crossLanguageDays: 2, crossLanguageNumbers: 2, crossLanguageEntitiesAlone: 0.7 };

const SAME_EVENT_DAYS = 1.5;
const LATE_FACTOR = 0.7;
const OTHER_OUTLET_FACTOR = 1.3;

const CONFLICTING_FIGURES_FACTOR = 0.7;

/**
 * Both titles carry figures, and no figure of either text appears in the other: two editions of a
 * recurring item ("… (Nov 27)", "… (Nov 28)") or two different incidents ("17 dead", "9 dead").
 */
function conflictingFigures(a: Features, b: Features): boolean {
  if (a.titleNumbers.size === 0 || b.titleNumbers.size === 0) return false;
  for (const n of a.numbers) if (b.numbers.has(n)) return false;
  return true;
}

/** Entity kinds by how much sharing one says about being the same event (countries also by rarity). */
const KIND_WEIGHT: Readonly<Record<string, number>> = { person: 1.5, org: 1, process: 1, country: 0.5, theme: 0.1 };

/** Cosines of two articles' TF-IDF vectors: title + body, title alone, title + lead. */
export interface TextCosines {
  body: number;
  title: number;
  lead: number;
}

/** What pairScore needs of the articles compared: their text cosines and their entities' weights. */
export interface PairCorpus {
  options: PairScoreOptions;
  textCosines(a: Features, b: Features): TextCosines;
  entityWeight(id: string): number;
  isSpecificEntity(id: string): boolean;
}

/** A batch's corpus: unit vectors built once per article, for the many pairs a week's clustering scores. */
export interface Corpus extends PairCorpus {
  termDf: Map<string, number>;
  termIdf: Map<string, number>;
  /** Unit TF-IDF vectors (title + body), title and lead vectors, by feature index; terms as batch-local ids. */
  vectors: SparseVector[];
  titleVectors: SparseVector[];
  leadVectors: SparseVector[];
}

/**
 * How rare terms and entities are among the articles compared: the batch's own counts when a week is
 * clustered at once (corpusOf), or the stored counts of every article when one joins a story at
 * ingestion (story-assignment.ts). Entity ids are counted under their own id ('org:iom').
 */
export interface RarityStats {
  articles: number;
  df(key: string): number;
}

/** The batch's own rarity statistics. */
export function batchRarity(features: readonly Features[]): RarityStats {
  const df = new Map<string, number>();
  for (const f of features) {
    for (const term of f.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const id of f.entities) df.set(id, (df.get(id) ?? 0) + 1);
  }
  return { articles: features.length, df: (key) => df.get(key) ?? 0 };
}

export function corpusOf(features: readonly Features[], options: Partial<PairScoreOptions> = {}): Corpus {
  return corpusWith(features, batchRarity(features), options);
}

export function corpusWith(features: readonly Features[], rarity: RarityStats, options: Partial<PairScoreOptions> = {}): Corpus {
  const n = Math.max(rarity.articles, 1);
  const termDf = new Map<string, number>();
  for (const f of features) for (const term of f.terms.keys()) if (!termDf.has(term)) termDf.set(term, Math.max(1, rarity.df(term)));
  const termIdf = new Map<string, number>();
  const termIds = new Map<string, number>();
  for (const [term, df] of termDf) {
    termIdf.set(term, Math.log((n + 1) / df));
    termIds.set(term, termIds.size);
  }
  const tfIdf = (terms: Iterable<readonly [string, number]>): SparseVector => {
    const entries: Array<[number, number]> = [];
    for (const [term, count] of terms) entries.push([termIds.get(term) ?? -1, (1 + Math.log(count)) * (termIdf.get(term) ?? 0)]);
    return unitVector(entries);
  };
  const vectors = features.map((f) => tfIdf(f.terms));
  const leadVectors = features.map((f) => tfIdf(f.leadTerms));
  const titleVectors = features.map((f) => tfIdf([...f.titleTerms].map((t) => [t, 1] as const)));
  return {
    ...entityWeights(features, rarity),
    options: { ...DEFAULT_PAIR_OPTIONS, ...options },
    termDf,
    termIdf,
    vectors,
    titleVectors,
    leadVectors,
    textCosines: (a, b) => ({
      body: cosineAt(vectors, a.index, b.index),
      title: cosineAt(titleVectors, a.index, b.index),
      lead: cosineAt(leadVectors, a.index, b.index),
    }),
  };
}

/** Entity weights by kind and rarity among `features`' entities. */
function entityWeights(features: readonly Features[], rarity: RarityStats): Pick<PairCorpus, 'entityWeight' | 'isSpecificEntity'> {
  const n = Math.max(rarity.articles, 1);
  const entityDf = new Map<string, number>();
  for (const f of features) for (const id of f.entities) if (!entityDf.has(id)) entityDf.set(id, Math.max(1, rarity.df(id)));
  const kindOf = (id: string): string => id.slice(0, id.indexOf(':'));
  const weights = new Map<string, number>();
  for (const [id, df] of entityDf) weights.set(id, (KIND_WEIGHT[kindOf(id)] ?? 0.8) * Math.log((n + 1) / df));
  return {
    entityWeight: (id) => weights.get(id) ?? 0,
    isSpecificEntity: (id) => {
      const kind = kindOf(id);
      if (kind === 'theme') return false;
      // A country in more than a tenth of the week's news (Libya in a crisis week) blocks nothing.
      return kind !== 'country' || (entityDf.get(id) ?? 0) <= Math.max(3, n / 10);
    },
  };
}

/**
 * The corpus of one arrival (story-assignment.ts): the newcomer is scored against a dozen candidates,
 * each once, so building and sorting every candidate's unit vectors cost more than the scoring. Here a
 * cosine is a dot product over the smaller article's terms, looked up in the other's, divided by norms
 * computed once per article; term weights are the batch corpus's (1 + log count) × IDF.
 */
export function arrivalCorpus(features: readonly Features[], rarity: RarityStats, options: Partial<PairScoreOptions> = {}): PairCorpus {
  const n = Math.max(rarity.articles, 1);
  const idfs = new Map<string, number>();
  const idf = (term: string): number => {
    let w = idfs.get(term);
    if (w === undefined) idfs.set(term, (w = Math.log((n + 1) / Math.max(1, rarity.df(term)))));
    return w;
  };
  const norms = new Map<Features, TextCosines>();
  const normsOf = (f: Features): TextCosines => {
    let found = norms.get(f);
    if (!found) norms.set(f, (found = { body: weightedNorm(f.terms, idf), title: titleNorm(f.titleTerms, idf), lead: weightedNorm(f.leadTerms, idf) }));
    return found;
  };
  return {
    ...entityWeights(features, rarity),
    options: { ...DEFAULT_PAIR_OPTIONS, ...options },
    textCosines: (a, b) => {
      const na = normsOf(a);
      const nb = normsOf(b);
      return {
        body: ratio(weightedDot(a.terms, b.terms, idf), na.body * nb.body),
        title: ratio(titleDot(a.titleTerms, b.titleTerms, idf), na.title * nb.title),
        lead: ratio(weightedDot(a.leadTerms, b.leadTerms, idf), na.lead * nb.lead),
      };
    },
  };
}

const ratio = (dot: number, norms: number): number => (norms > 0 ? dot / norms : 0);

function weightedNorm(terms: ReadonlyMap<string, number>, idf: (term: string) => number): number {
  let sum = 0;
  for (const [term, count] of terms) {
    const w = (1 + Math.log(count)) * idf(term);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

function titleNorm(terms: ReadonlySet<string>, idf: (term: string) => number): number {
  let sum = 0;
  for (const term of terms) sum += idf(term) ** 2;
  return Math.sqrt(sum);
}

function weightedDot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, idf: (term: string) => number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, count] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += (1 + Math.log(count)) * (1 + Math.log(other)) * idf(term) ** 2;
  }
  return dot;
}

function titleDot(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: (term: string) => number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const term of small) if (large.has(term)) dot += idf(term) ** 2;
  return dot;
}

function cosineAt(vectors: readonly SparseVector[], a: number, b: number): number {
  const va = vectors[a];
  const vb = vectors[b];
  return va && vb ? cosine(va, vb) : 0;
}

/** Weighted overlap of entities: shared weight over the smaller article's weight (0..1). */
export function entitySimilarity(a: Features, b: Features, corpus: PairCorpus): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const id of a.entities) {
    const w = corpus.entityWeight(id);
    wa += w;
    if (b.entities.has(id)) shared += w;
  }
  for (const id of b.entities) wb += corpus.entityWeight(id);
  const denominator = Math.sqrt(wa * wb);
  return denominator > 0 ? shared / denominator : 0;
}

export function pairScore(a: Features, b: Features, corpus: PairCorpus, overrides?: Partial<PairScoreOptions>): number {
  const options = overrides === undefined ? corpus.options : { ...corpus.options, ...overrides };
  const days = Math.abs(a.day - b.day);
  const entities = entitySimilarity(a, b, corpus);
  if (a.candidate.lang === b.candidate.lang) {
    const { body, title, lead } = corpus.textCosines(a, b);
    // Reports of one event come within a day or so; later pairs are mostly the next development.
    const late = !Number.isNaN(days) && days > SAME_EVENT_DAYS ? LATE_FACTOR : 1;
    const sa = a.candidate.source;
    const sb = b.candidate.source;
    // An unknown outlet (a saved page) is more often another outlet than the same one: half the bonus.
    const otherOutlet =
      sa === undefined || sb === undefined ? (1 + OTHER_OUTLET_FACTOR) / 2 : sa !== sb ? OTHER_OUTLET_FACTOR : 1;
    const figures = conflictingFigures(a, b) ? CONFLICTING_FIGURES_FACTOR : 1;
    return Math.min(1, (0.4 * body + 0.2 * title + 0.2 * lead + 0.2 * entities) * late * otherOutlet * figures);
  }
  if (Number.isNaN(days) || days > options.crossLanguageDays || entities < 0.5) return 0;
  let sharedNumbers = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) sharedNumbers += 1;
  if (sharedNumbers >= options.crossLanguageNumbers) {
    // Entities must largely coincide and the figures agree; a same-day report counts a little more.
    const numbers = Math.min(1, sharedNumbers / 4);
    return Math.max(0, 0.6 * entities + 0.4 * numbers - 0.05 * days);
  }
  // Without shared figures (one text spells them out, or has none): only a near-identical set of
  // entities, within a day, naming at least two of the same organisations, processes or people.
  if (days > 1 || entities < options.crossLanguageEntitiesAlone) return 0;
  let specific = 0;
  for (const id of a.entities) if (b.entities.has(id) && !/^(country|theme):/.test(id)) specific += 1;
  return specific >= 2 ? Math.max(0, entities - 0.3) : 0;
}

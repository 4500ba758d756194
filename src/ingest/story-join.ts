/**
 * Joining a story as an article is stored (issue 15): inside the article's own transaction, the story
 * index is read around it (candidate articles by shared keys within the day window, their stored
 * features, their stories with merges followed), digests/clustering/story-assignment.ts decides, and
 * the article, its keys, its features and the stories touched are written. Term counts (rarity) are
 * added once per stored batch.
 *
 * The steps are written once (joinSteps, a generator yielding each read and the write) and run by two
 * drivers: synchronously for SQLite (the better-sqlite3 batch writer cannot await inside its
 * transaction) and with promises for PostgreSQL (kysely). Two replicas storing reports of one event at
 * once may each start a story; the next report linking both merges them (merged_into), and readers
 * follow merges.
 */
import { featuresOf, type Features, type StoryCandidate } from '../../digests/clustering/features.js';
import type { RarityStats } from '../../digests/clustering/similarity.js';
import { asRestored, restoreFeatures, storedFeatures } from '../../digests/clustering/stored-features.js';
import {
  type CandidateStory,
  candidateArticles,
  dayOf,
  decideStory,
  MAX_KEY_ARTICLES,
  type Neighbour,
  STORY_WINDOW_DAYS,
  storyKeys,
} from '../../digests/clustering/story-assignment.js';
import type { NewArticle, NewMention, StoryRow } from '../../db/schema.js';

/** The key under which story_term_df counts the articles themselves. */
export const ARTICLE_COUNT_TERM = '';
/** Merge chains followed at most (a chain is one link per merge; longer means a cycle written by hand). */
const MAX_CHAIN = 16;

export interface ArrivingArticle {
  id: string;
  title: string;
  text: string;
  lang: string;
  /** published, else ingestion time. */
  sortTime: string;
  entityIds: readonly string[];
  source: string | null;
}

/** The arrival as the store stage has it: the rows it is writing and the outlet's name. */
export function arrivingArticle(rows: { article: NewArticle; mentions: readonly NewMention[] }, source: string | null): ArrivingArticle {
  const { article } = rows;
  return {
    id: article.id,
    title: article.title,
    text: article.text,
    lang: article.lang,
    sortTime: article.sort_time,
    entityIds: rows.mentions.map((m) => m.entity_id),
    source,
  };
}

/** What the write step does for one arrival. */
export interface StoryWrite {
  articleId: string;
  sortTime: string;
  lang: string;
  day: number;
  keys: string[];
  features: string;
  /** The story joined, or null to start "s" + articleId. */
  join: string | null;
  /** Stories merged into the joined one, with their rows as read. */
  absorb: StoryRow[];
  now: string;
}

/** The operations on the story tables, as SQLite (sync, src/storage/story-sqlite.ts) provides them. */
export interface StoryTables {
  termDf(terms: readonly string[]): Map<string, number>;
  keyHits(keys: readonly string[], fromDay: number, toDay: number, limit: number): Map<string, string[]>;
  storyIdsOf(articleIds: readonly string[]): Map<string, string>;
  stories(ids: readonly string[]): StoryRow[];
  features(articleIds: readonly string[]): Map<string, string>;
  write(write: StoryWrite): void;
  addTermCounts(counts: ReadonlyMap<string, number>): void;
}

/** The same operations with promises (kysely, src/storage/story.repository.ts). */
export type AsyncStoryTables = {
  [K in keyof StoryTables]: (...args: Parameters<StoryTables[K]>) => Promise<ReturnType<StoryTables[K]>>;
};

export interface StoryOpsSync extends StoryTables {
  readonly featureCache: FeatureCache;
}

export interface StoryOps extends AsyncStoryTables {
  readonly featureCache: FeatureCache;
}

/** Term counts of the articles stored in one batch, added to story_term_df before its commit. */
export class TermCounts {
  readonly counts = new Map<string, number>();

  add(f: Features): void {
    const bump = (key: string): void => void this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    bump(ARTICLE_COUNT_TERM);
    for (const term of f.terms.keys()) bump(term);
    for (const id of f.entities) bump(id);
  }
}

function candidateOf(article: ArrivingArticle): StoryCandidate {
  return {
    id: article.id,
    title: article.title,
    text: article.text,
    lang: article.lang,
    time: article.sortTime,
    entityIds: [...article.entityIds],
    ...(article.source !== null && article.source.trim() !== '' ? { source: article.source } : {}),
  };
}

/** The arrival's features and the rarity keys to read. */
function prepare(article: ArrivingArticle): { features: Features; rarityKeys: string[] } {
  const features = featuresOf(candidateOf(article), 0);
  return { features, rarityKeys: [ARTICLE_COUNT_TERM, ...features.terms.keys(), ...features.entities] };
}

/**
 * Stored counts of the newcomer's terms, plus the newcomer itself. Only its own terms are read: a term
 * only a candidate has counts as rare (df 1), which lowers the score of pairs differing in many words.
 * Measured on the shared corpus's labelled pairs with the batch-fitted threshold, this keeps precision
 * at 1.000 (recall 0.829), where weighting candidates' own terms by their stored counts too merged
 * four hard negatives (precision 0.879, same recall).
 */
function rarityOf(features: Features, stored: ReadonlyMap<string, number>, extra: ReadonlyMap<string, number> = new Map()): RarityStats {
  const own = (key: string): number => (features.terms.has(key) || features.entities.has(key) ? 1 : 0);
  return {
    articles: (stored.get(ARTICLE_COUNT_TERM) ?? 0) + (extra.get(ARTICLE_COUNT_TERM) ?? 0) + 1,
    df: (key) => (stored.get(key) ?? 0) + (extra.get(key) ?? 0) + own(key),
  };
}

function window(features: Features): { from: number; to: number } {
  const day = Math.floor(features.day);
  return { from: day - STORY_WINDOW_DAYS, to: day + STORY_WINDOW_DAYS };
}

/** Ids still to look up to finish resolving merges, or null when every chain ends. */
function unresolved(rows: ReadonlyMap<string, StoryRow>, wanted: Iterable<string>): string[] {
  const missing = new Set<string>();
  for (const id of wanted) {
    let current = rows.get(id);
    for (let hop = 0; current?.merged_into && hop < MAX_CHAIN; hop += 1) {
      const next = rows.get(current.merged_into);
      if (!next) {
        missing.add(current.merged_into);
        break;
      }
      current = next;
    }
  }
  return [...missing];
}

/** The story a story id stands for now: the end of its merge chain. */
export function resolveStoryId(rows: ReadonlyMap<string, StoryRow>, id: string): string {
  let current = id;
  for (let hop = 0; hop < MAX_CHAIN; hop += 1) {
    const next = rows.get(current)?.merged_into;
    if (!next) return current;
    current = next;
  }
  return current;
}

/** The features of `ids`: cached ones, and the rest read (`read`) and parsed. */
function featuresFor(cache: FeatureCache, ids: readonly string[], stored: ReadonlyMap<string, string>): Map<string, Features> {
  const out = new Map<string, Features>();
  for (const id of ids) {
    const cached = cache.get(id);
    const json = stored.get(id);
    const f = cached ?? (json === undefined ? null : restoreFeatures(id, json, 0));
    if (!f) continue;
    if (!cached) cache.set(id, f);
    out.set(id, f);
  }
  return out;
}

function assemble(
  features: Features,
  candidates: readonly string[],
  storyOf: ReadonlyMap<string, string>,
  rows: ReadonlyMap<string, StoryRow>,
  restored: ReadonlyMap<string, Features>,
): { neighbours: Neighbour[]; stories: Map<string, CandidateStory> } {
  const neighbours: Neighbour[] = [];
  for (const id of candidates) {
    const f = restored.get(id);
    const raw = storyOf.get(id);
    if (f && raw !== undefined && Math.abs(f.day - features.day) <= STORY_WINDOW_DAYS) neighbours.push({ features: f, storyId: resolveStoryId(rows, raw) });
  }
  const stories = new Map<string, CandidateStory>();
  for (const n of neighbours) {
    const row = rows.get(n.storyId);
    if (row && !stories.has(row.id)) stories.set(row.id, { id: row.id, articleCount: row.article_count, seed: restored.get(row.representative_id) ?? null });
  }
  return { neighbours, stories };
}

function writeOf(article: ArrivingArticle, features: Features, keys: string[], decision: { join: string | null; absorb: string[] }, rows: ReadonlyMap<string, StoryRow>, now: string): StoryWrite {
  return {
    articleId: article.id,
    sortTime: article.sortTime,
    lang: article.lang,
    day: dayOf(article.sortTime),
    keys,
    features: storedFeatures(features),
    join: decision.join,
    absorb: decision.absorb.flatMap((id) => rows.get(id) ?? []),
    now,
  };
}

/**
 * Recently read candidates' features, parsed: the same recent articles are candidates of arrival after
 * arrival, and parsing their stored JSON was the largest cost of joining a story. An article's stored
 * features never change; a newcomer's go in as it is written, so the next arrivals never parse them.
 * Bounded (least recently used dropped), ~10 KB an entry.
 */
const CACHED_FEATURES = 4_000;

export class FeatureCache {
  private readonly entries = new Map<string, Features>();

  get(id: string): Features | undefined {
    const f = this.entries.get(id);
    if (f) {
      this.entries.delete(id);
      this.entries.set(id, f);
    }
    return f;
  }

  set(id: string, f: Features): void {
    this.entries.set(id, f);
    if (this.entries.size > CACHED_FEATURES) this.entries.delete(this.entries.keys().next().value ?? id);
  }
}

/**
 * Term counts change slowly and a term's weight is its logarithm: counts read once are reused until
 * the database holds REFRESH_GROWTH more articles, or the cache reaches CACHE_TERMS terms (~15 MB).
 * The article count itself is read every time.
 */
const REFRESH_GROWTH = 0.05;
const CACHE_TERMS = 200_000;

export class TermDfCache {
  private readonly cached = new Map<string, number>();
  private filledAt = -1;

  /** The keys not cached, given the article count just read. */
  missing(keys: readonly string[], articles: number): string[] {
    if (this.filledAt < 0 || articles > this.filledAt * (1 + REFRESH_GROWTH) + 100 || this.cached.size > CACHE_TERMS) {
      this.cached.clear();
      this.filledAt = articles;
    }
    return keys.filter((k) => k !== ARTICLE_COUNT_TERM && !this.cached.has(k));
  }

  /** Counts of `keys` (0 when never seen), after `found` was read for the missing ones. */
  counts(keys: readonly string[], articles: number, found: ReadonlyMap<string, number>, missing: readonly string[]): Map<string, number> {
    for (const k of missing) this.cached.set(k, found.get(k) ?? 0);
    const out = new Map<string, number>([[ARTICLE_COUNT_TERM, articles]]);
    for (const k of keys) if (k !== ARTICLE_COUNT_TERM) out.set(k, this.cached.get(k) ?? 0);
    return out;
  }
}

function rowMap(rows: readonly StoryRow[], into = new Map<string, StoryRow>()): Map<string, StoryRow> {
  for (const row of rows) into.set(row.id, row);
  return into;
}

/** One operation a join asks of the story tables, with its arguments. */
type StepName = Exclude<keyof StoryTables, 'addTermCounts'>;
type Step = { [K in StepName]: { op: K; args: Parameters<StoryTables[K]> } }[StepName];

/** Asks the driver (joinStorySync, joinStory) to run one operation; its result comes back as the step's value. */
function* step<K extends StepName>(op: K, ...args: Parameters<StoryTables[K]>): Generator<Step, ReturnType<StoryTables[K]>, unknown> {
  // The drivers answer each step with perform()'s result for it, which is that operation's result.
  return (yield { op, args } as Step) as ReturnType<StoryTables[K]>;
}

/** Runs a step's operation on `ops`: the method Step names, with the arguments Step ties to it. */
function perform(ops: StoryTables | AsyncStoryTables, s: Step): unknown {
  const result: unknown = Reflect.apply(ops[s.op], ops, s.args);
  return result;
}

/**
 * The join, written once: the story index read around the article, the decision, the write. Its reads
 * and its write are steps, run synchronously on SQLite and awaited on PostgreSQL (the better-sqlite3
 * batch writer cannot await inside its transaction). Returns the story joined or started.
 */
function* joinSteps(cache: FeatureCache, article: ArrivingArticle, counts: TermCounts, now: string): Generator<Step, string, unknown> {
  const { features, rarityKeys } = prepare(article);
  const rarity = rarityOf(features, yield* step('termDf', rarityKeys), counts.counts);
  const keys = storyKeys(features, rarity);
  const { from, to } = window(features);
  const candidates = candidateArticles(yield* step('keyHits', keys, from, to, MAX_KEY_ARTICLES + 1), article.id);
  const storyOf = yield* step('storyIdsOf', candidates);
  const rows = rowMap(yield* step('stories', [...new Set(storyOf.values())]));
  for (let missing = unresolved(rows, storyOf.values()); missing.length > 0; missing = unresolved(rows, storyOf.values())) {
    const more = yield* step('stories', missing);
    if (more.length === 0) break;
    rowMap(more, rows);
  }
  const seeds = [...new Set([...storyOf.values()].map((id) => rows.get(resolveStoryId(rows, id))?.representative_id).filter((id): id is string => id !== undefined))];
  const wanted = [...new Set([...candidates, ...seeds])];
  const stored = yield* step('features', wanted.filter((id) => cache.get(id) === undefined));
  const restored = featuresFor(cache, wanted, stored);
  const { neighbours, stories } = assemble(features, candidates, storyOf, rows, restored);
  const decision = decideStory(features, neighbours, stories, rarity);
  const write = writeOf(article, features, keys, decision, rows, now);
  yield* step('write', write);
  cache.set(article.id, asRestored(features));
  counts.add(features);
  return write.join ?? `s${article.id}`;
}

/** Assigns a stored article its story (SQLite, inside the article's savepoint); its term counts go to `counts` only once written. */
export function joinStorySync(ops: StoryOpsSync, article: ArrivingArticle, counts: TermCounts, now: string): string {
  const steps = joinSteps(ops.featureCache, article, counts, now);
  for (let next = steps.next(); ; next = steps.next(perform(ops, next.value))) if (next.done) return next.value;
}

/** As joinStorySync, for PostgreSQL through kysely. */
export async function joinStory(ops: StoryOps, article: ArrivingArticle, counts: TermCounts, now: string): Promise<string> {
  const steps = joinSteps(ops.featureCache, article, counts, now);
  for (let next = steps.next(); ; next = steps.next(await perform(ops, next.value))) if (next.done) return next.value;
}

/**
 * The story tables through kysely: the operations story-join.ts runs when PostgreSQL stores an article
 * (SQLite's ingest uses the same SQL as prepared statements, story-sqlite.ts), and what digests read
 * back — a period's stories by index, merges followed.
 */
import { type Kysely, sql } from 'kysely';
import type { Database, StoryRow } from '../../db/schema.js';
import { ARTICLE_COUNT_TERM, FeatureCache, type StoryOps, type StoryWrite, TermDfCache } from '../ingest/story-join.js';

const IN_CHUNK = 500;
const caches = new WeakMap<object, { terms: TermDfCache; features: FeatureCache }>();

async function inChunks<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await read(ids.slice(i, i + IN_CHUNK))));
  return out;
}

/** Story rows by id (merged ones included, as stored). */
export async function storiesById(db: Kysely<Database>, ids: readonly string[]): Promise<StoryRow[]> {
  if (ids.length === 0) return [];
  return inChunks(ids, (chunk) => db.selectFrom('stories').selectAll().where('id', 'in', chunk).execute());
}

/**
 * The operations of story-join.ts on `db` (a transaction). `cacheKey` is the long-lived database
 * handle, so term counts read by one batch serve the next.
 */
export function kyselyStoryOps(db: Kysely<Database>, cacheKey: object): StoryOps {
  let cache = caches.get(cacheKey);
  if (!cache) caches.set(cacheKey, (cache = { terms: new TermDfCache(), features: new FeatureCache() }));
  const termCache = cache.terms;
  const grow = (id: string, count: number, first: string, last: string, now: string) =>
    db
      .updateTable('stories')
      .set((eb) => ({
        article_count: eb('article_count', '+', count),
        first_seen: sql<string>`CASE WHEN ${first} < first_seen THEN ${first} ELSE first_seen END`,
        last_seen: sql<string>`CASE WHEN ${last} > last_seen THEN ${last} ELSE last_seen END`,
        updated_at: now,
      }))
      .where('id', '=', id)
      .execute();
  const addLanguage = (id: string, lang: string) =>
    db
      .updateTable('stories')
      .set({ languages: sql<string>`languages || ',' || ${lang}` })
      .where('id', '=', id)
      .where(sql<boolean>`(',' || languages || ',') NOT LIKE ('%,' || ${lang} || ',%')`)
      .execute();

  return {
    featureCache: cache.features,
    async termDf(terms) {
      const row = await db.selectFrom('story_term_df').select('df').where('term', '=', ARTICLE_COUNT_TERM).executeTakeFirst();
      const articles = row?.df ?? 0;
      const missing = termCache.missing(terms, articles);
      const rows = await inChunks(missing, (chunk) => db.selectFrom('story_term_df').select(['term', 'df']).where('term', 'in', chunk).execute());
      return termCache.counts(terms, articles, new Map(rows.map((r) => [r.term, r.df])), missing);
    },
    async keyHits(keys, fromDay, toDay, limit) {
      // At most `limit` rows per key in one round trip: a common key costs no more than a rare one's cap.
      const rows =
        keys.length === 0
          ? []
          : await db
              .selectFrom((eb) =>
                eb
                  .selectFrom('story_keys')
                  .select(['key', 'article_id', sql<number>`row_number() OVER (PARTITION BY key)`.as('rank')])
                  .where('key', 'in', [...keys])
                  .where('day', '>=', fromDay)
                  .where('day', '<=', toDay)
                  .as('hits'),
              )
              .select(['key', 'article_id'])
              .where('rank', '<=', limit)
              .execute();
      const out = new Map<string, string[]>(keys.map((k) => [k, []]));
      for (const r of rows) out.get(r.key)?.push(r.article_id);
      return out;
    },
    async storyIdsOf(articleIds) {
      const rows = await inChunks(articleIds, (chunk) => db.selectFrom('articles').select(['id', 'story_id']).where('id', 'in', chunk).execute());
      return new Map(rows.flatMap((r) => (r.story_id ? [[r.id, r.story_id] as const] : [])));
    },
    stories: (ids) => storiesById(db, ids),
    async features(articleIds) {
      const rows = await inChunks(articleIds, (chunk) => db.selectFrom('story_features').select(['article_id', 'features']).where('article_id', 'in', chunk).execute());
      return new Map(rows.map((r) => [r.article_id, r.features]));
    },
    async write(w: StoryWrite) {
      if (w.keys.length > 0) {
        await db
          .insertInto('story_keys')
          .values(w.keys.map((key) => ({ key, day: w.day, article_id: w.articleId })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      await db
        .insertInto('story_features')
        .values({ article_id: w.articleId, features: w.features })
        .onConflict((oc) => oc.column('article_id').doUpdateSet({ features: w.features }))
        .execute();
      const target = w.join ?? `s${w.articleId}`;
      if (w.join === null) {
        await db
          .insertInto('stories')
          .values({ id: target, first_seen: w.sortTime, last_seen: w.sortTime, article_count: 1, languages: w.lang, representative_id: w.articleId, merged_into: null, updated_at: w.now })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      } else {
        await grow(target, 1, w.sortTime, w.sortTime, w.now);
        await addLanguage(target, w.lang);
      }
      for (const absorbed of w.absorb) {
        await grow(target, absorbed.article_count, absorbed.first_seen, absorbed.last_seen, w.now);
        for (const lang of absorbed.languages.split(',')) await addLanguage(target, lang);
        await db.updateTable('stories').set({ merged_into: target, updated_at: w.now }).where('id', '=', absorbed.id).execute();
        await db.updateTable('articles').set({ story_id: target }).where('story_id', '=', absorbed.id).execute();
      }
      await db.updateTable('articles').set({ story_id: target }).where('id', '=', w.articleId).execute();
    },
    async addTermCounts(counts) {
      // Sorted, so two replicas adding overlapping terms lock their rows in one order (no deadlock).
      const rows = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([term, df]) => ({ term, df }));
      for (let i = 0; i < rows.length; i += IN_CHUNK) {
        await db
          .insertInto('story_term_df')
          .values(rows.slice(i, i + IN_CHUNK))
          .onConflict((oc) => oc.column('term').doUpdateSet((eb) => ({ df: eb('story_term_df.df', '+', eb.ref('excluded.df')) })))
          .execute();
      }
    },
  };
}

/** Merge chains followed at most; longer ones can only be a cycle written by hand. */
const MAX_HOPS = 16;

/**
 * The story each of these ids stands for now, merges followed: id → the row at the end of its chain.
 * An id with no row maps to nothing.
 */
export async function currentStories(db: Kysely<Database>, ids: Iterable<string>): Promise<Map<string, StoryRow>> {
  const rows = new Map<string, StoryRow>();
  let wanted = [...new Set(ids)];
  for (let hop = 0; hop < MAX_HOPS && wanted.length > 0; hop += 1) {
    for (const row of await storiesById(db, wanted)) rows.set(row.id, row);
    wanted = [...new Set([...rows.values()].flatMap((r) => (r.merged_into && !rows.has(r.merged_into) ? [r.merged_into] : [])))];
  }
  const out = new Map<string, StoryRow>();
  for (const id of ids) {
    let row = rows.get(id);
    for (let hop = 0; row?.merged_into && hop < MAX_HOPS; hop += 1) row = rows.get(row.merged_into) ?? row;
    if (row) out.set(id, row);
  }
  return out;
}

/** Every stored article's current story id (merges followed); articles without a story are left out. */
export async function articleStories(db: Kysely<Database>, articleIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await inChunks(articleIds, (chunk) => db.selectFrom('articles').select(['id', 'story_id']).where('id', 'in', chunk).execute());
  const current = await currentStories(db, rows.flatMap((r) => (r.story_id ? [r.story_id] : [])));
  return new Map(rows.flatMap((r) => {
    const story = r.story_id ? current.get(r.story_id) : undefined;
    return story ? [[r.id, story.id] as const] : [];
  }));
}

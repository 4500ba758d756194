/** Articles and their full-text index rows. Plain functions taking `db` (or a transaction) first. */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../../db/connect.js';
import type { ArticleRow, Database, NewArticle } from '../../db/schema.js';
import { type MatchGroup, asMatchGroups } from '../search/index-terms.js';
import { toFts5Expression, toTsQueryExpression } from '../search/match-expressions.js';
import { type FullTextMatch, rankedMatches } from './article-search.repository.js';
import { aboutMigrationSql } from './about-migration.js';

export type ArticleListing = Pick<ArticleRow, 'id' | 'title' | 'url' | 'published' | 'lang' | 'sort_time'> & {
  source: string | null;
};

/** An article already stored under this URL or with this exact normalised body. */
export async function findExistingArticle(
  db: Kysely<Database>,
  url: string,
  contentHash: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('articles')
    .select('id')
    .where((eb) => eb.or([eb('url', '=', url), eb('content_hash', '=', contentHash)]))
    .executeTakeFirst();
}

export async function findArticleIdByUrl(db: Kysely<Database>, url: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('articles').select('id').where('url', '=', url).executeTakeFirst();
}

/** The stored article's published date for a URL: undefined when there is no such article. */
export async function findPublishedByUrl(db: Kysely<Database>, url: string): Promise<{ published: string | null } | undefined> {
  return db.selectFrom('articles').select('published').where('url', '=', url).executeTakeFirst();
}

/** The newest article's sort_time before a day (with `migrationOnly`, among those about migration); null when none. */
export async function latestArticleBefore(db: Kysely<Database>, before: string, migrationOnly: boolean): Promise<string | null> {
  let query = db.selectFrom('articles').select('sort_time').where('sort_time', '<', before);
  if (migrationOnly) query = query.where(aboutMigrationSql('relevance'));
  const row = await query.orderBy('sort_time', 'desc').limit(1).executeTakeFirst();
  return row?.sort_time ?? null;
}

export async function insertArticle(
  db: Kysely<Database>,
  dialect: DialectName,
  article: NewArticle,
  search: { title: string; body: string },
): Promise<void> {
  const { seq } = await db.insertInto('articles').values(article).returning('seq').executeTakeFirstOrThrow();
  if (dialect === 'postgres') {
    await sql`INSERT INTO article_search (article_id, document) VALUES (${article.id},
      setweight(to_tsvector('simple', ${search.title}), 'A') || setweight(to_tsvector('simple', ${search.body}), 'B'))`.execute(db);
  } else {
    await sql`INSERT INTO article_fts (rowid, title, body) VALUES (${seq}, ${search.title}, ${search.body})`.execute(db);
  }
}

export type ArticleWithSource = ArticleRow & { source: string | null };

/** Whole articles with their source's name. */
function articlesWithSource(db: Kysely<Database>) {
  return db.selectFrom('articles').leftJoin('sources', 'sources.id', 'articles.source_id').selectAll('articles').select('sources.name as source');
}

export async function getArticle(db: Kysely<Database>, id: string): Promise<ArticleWithSource | undefined> {
  return articlesWithSource(db).where('articles.id', '=', id).executeTakeFirst();
}

export async function getArticlesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<ArticleWithSource[]> {
  if (ids.length === 0) return [];
  return articlesWithSource(db).where('articles.id', 'in', ids).execute();
}

/** The language of each of these articles (ids not stored are left out). */
export async function languagesOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('articles').select(['id', 'lang']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.lang]));
}

/** The title of each of these articles (ids not stored are left out). */
export async function titlesOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('articles').select(['id', 'title']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Newest first (by publication date, else ingestion time). */
export async function listArticles(db: Kysely<Database>, options: { limit: number; offset: number }): Promise<ArticleListing[]> {
  return db
    .selectFrom('articles')
    .leftJoin('sources', 'sources.id', 'articles.source_id')
    .select(['articles.id', 'articles.title', 'articles.url', 'articles.published', 'articles.lang', 'articles.sort_time', 'sources.name as source'])
    .orderBy('articles.sort_time', 'desc')
    .orderBy('articles.id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

/** How many articles each day holds (by sort time), in no particular order; days as YYYY-MM-DD. */
export async function articlesPerDay(db: Kysely<Database>): Promise<Array<{ day: string; articles: number }>> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => [sql<string>`substr(sort_time, 1, 10)`.as('day'), eb.fn.countAll<string | number>().as('n')])
    .groupBy(sql`substr(sort_time, 1, 10)`)
    .execute();
  return rows.map(({ day, n }) => ({ day, articles: Number(n) }));
}

/** How many articles are stored (sorted on or after `since` when given). */
export async function countArticles(db: Kysely<Database>, since?: string): Promise<number> {
  let query = db.selectFrom('articles').select((eb) => eb.fn.countAll<string | number>().as('n'));
  if (since !== undefined) query = query.where('sort_time', '>=', since);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * Articles matching a query with alternatives (index-terms.ts MatchGroup): every group, or any group
 * when `anyGroup`, best first, with their language so that callers can see which languages answered.
 * `newestFirst` ranks only the newest `limit` matches.
 */
export async function fullTextMatch(
  db: Kysely<Database>,
  dialect: DialectName,
  groups: readonly MatchGroup[],
  options: { anyGroup: boolean; limit: number; newestFirst?: boolean },
): Promise<FullTextMatch[]> {
  if (groups.length === 0) return [];
  const { anyGroup, limit } = options;
  const expression = { fts5: toFts5Expression(groups, anyGroup), tsquery: toTsQueryExpression(groups, anyGroup) };
  return rankedMatches(db, dialect, expression, { limit, ...(options.newestFirst ? { window: limit } : {}) });
}

/** Articles matching any of several queries (candidates to re-link when a topic gains aliases). */
export async function articleIdsWithAnyTerm(
  db: Kysely<Database>,
  dialect: DialectName,
  queries: readonly string[][][],
  limit: number,
): Promise<string[]> {
  const ids = new Set<string>();
  for (const groups of queries) {
    for (const hit of await fullTextMatch(db, dialect, asMatchGroups(groups), { anyGroup: false, limit })) ids.add(hit.articleId);
  }
  return [...ids];
}

/** Articles stored before migration 0016 gave them a relevance score, oldest first, after `afterSeq`. */
export async function articlesWithoutRelevance(db: Kysely<Database>, afterSeq: number, limit: number) {
  return db
    .selectFrom('articles')
    .select(['seq', 'id', 'url', 'title', 'text', 'lang', 'published'])
    .where('relevance', 'is', null)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function setArticleRelevance(db: Kysely<Database>, id: string, relevance: number): Promise<void> {
  await db.updateTable('articles').set({ relevance }).where('id', '=', id).execute();
}

/**
 * Which of these articles are about migration (./about-migration.ts, as in briefs and alerts): what search lifts on-topic articles by. The ids
 * travel as one JSON parameter, so the statement text never changes with their number and stays
 * prepared; the primary key answers it.
 */
export async function articlesAboutMigration(db: Kysely<Database>, dialect: DialectName, articleIds: readonly string[]): Promise<Set<string>> {
  if (articleIds.length === 0) return new Set();
  const ids = JSON.stringify(articleIds);
  const wanted =
    dialect === 'postgres'
      ? sql`SELECT value AS id FROM json_array_elements_text(${ids}::json)`
      : sql`SELECT value AS id FROM json_each(${ids})`;
  const result = await sql<{ id: string }>`
    SELECT a.id FROM articles a
    WHERE a.id IN (${wanted}) AND ${aboutMigrationSql('a.relevance')}`.execute(db);
  return new Set(result.rows.map((r) => r.id));
}

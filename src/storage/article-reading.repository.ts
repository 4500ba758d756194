/**
 * An article's "reading": what enrichment derived from its stored text (relevance, summary, search
 * terms, mentions). Rereading replaces it in place when the gazetteer or the rules improved, leaving
 * what the article is (URL, text, dates, source) untouched.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../../db/connect.js';
import type { ArticleRow, Database, NewMention } from '../../db/schema.js';

export type StoredArticle = Pick<ArticleRow, 'seq' | 'id' | 'url' | 'title' | 'text' | 'lang' | 'published' | 'sort_time' | 'relevance'>;

/** Stored articles after `afterSeq` in storage order (sorted on or after `since` when given). */
export async function storedArticlesAfter(db: Kysely<Database>, afterSeq: number, limit: number, since?: string): Promise<StoredArticle[]> {
  let query = db
    .selectFrom('articles')
    .select(['seq', 'id', 'url', 'title', 'text', 'lang', 'published', 'sort_time', 'relevance'])
    .where('seq', '>', afterSeq);
  if (since !== undefined) query = query.where('sort_time', '>=', since);
  return query.orderBy('seq').limit(limit).execute();
}

export async function hasStoredArticles(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('articles').select('seq').limit(1).executeTakeFirst()) !== undefined;
}

/** An article's mentions as "entity×count", sorted: two readings are the same when these are. */
export function mentionFingerprint(mentions: ReadonlyArray<{ entityId: string; count: number }>): string {
  return mentions
    .map((m) => `${m.entityId}×${m.count}`)
    .sort()
    .join(' ');
}

/** The stored mentions' fingerprint of each of these articles. */
export async function mentionFingerprints(db: Kysely<Database>, articleIds: readonly string[]): Promise<Map<string, string>> {
  const byArticle = new Map<string, Array<{ entityId: string; count: number }>>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return new Map();
  const rows = await db.selectFrom('mentions').select(['article_id', 'entity_id', 'mention_count']).where('article_id', 'in', articleIds).execute();
  for (const row of rows) byArticle.get(row.article_id)?.push({ entityId: row.entity_id, count: row.mention_count });
  return new Map([...byArticle].map(([id, mentions]) => [id, mentionFingerprint(mentions)]));
}

export interface ArticleReading {
  relevance: number;
  summary: string;
  search: { title: string; body: string };
  mentions: NewMention[];
}

/** Replaces one article's reading: relevance, summary, search row and every mention. */
export async function replaceArticleReading(db: Kysely<Database>, dialect: DialectName, article: Pick<StoredArticle, 'seq' | 'id'>, reading: ArticleReading): Promise<void> {
  await db.updateTable('articles').set({ relevance: reading.relevance, summary: reading.summary }).where('id', '=', article.id).execute();
  if (dialect === 'postgres') {
    await sql`UPDATE article_search SET document =
      setweight(to_tsvector('simple', ${reading.search.title}), 'A') || setweight(to_tsvector('simple', ${reading.search.body}), 'B')
      WHERE article_id = ${article.id}`.execute(db);
  } else {
    // A contentless FTS5 table (contentless_delete = 1) is updated by deleting the row and adding it again.
    await sql`DELETE FROM article_fts WHERE rowid = ${article.seq}`.execute(db);
    await sql`INSERT INTO article_fts (rowid, title, body) VALUES (${article.seq}, ${reading.search.title}, ${reading.search.body})`.execute(db);
  }
  await db.deleteFrom('mentions').where('article_id', '=', article.id).execute();
  for (let i = 0; i < reading.mentions.length; i += 100) await db.insertInto('mentions').values(reading.mentions.slice(i, i + 100)).execute();
}

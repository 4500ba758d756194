/**
 * Ranked full-text matches in either store: SQLite FTS5 ranked by bm25 (title weighed 3×), PostgreSQL
 * tsvector ranked by ts_rank. Every query is capped in SQL (`limit`), and with `window` only the newest
 * `window` matches are ranked: a broad expression over common words then costs `window` rank
 * computations, not one per matching article.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import type { TextExpression } from '../search/match-expressions.js';

export interface FullTextMatch {
  articleId: string;
  /** Higher is better; comparable only within one query. */
  relevance: number;
  sortTime: string;
  lang: string;
}

interface Row {
  article_id: string;
  rank: number;
  sort_time: string;
  lang: string;
}

export async function rankedMatches(
  db: Kysely<Database>,
  dialect: DialectName,
  expression: TextExpression,
  options: { limit: number; window?: number },
): Promise<FullTextMatch[]> {
  const { limit, window } = options;
  if (dialect === 'postgres') {
    const q = sql`to_tsquery('simple', ${expression.tsquery})`;
    // Newest first is the articles' seq, the same order as FTS5's rowid.
    const matches =
      window === undefined
        ? sql`SELECT s.article_id, ts_rank(s.document, ${q}) AS rank FROM article_search s WHERE s.document @@ ${q}`
        : sql`SELECT w.article_id, ts_rank(w.document, ${q}) AS rank FROM (
            SELECT s.article_id, s.document FROM article_search s JOIN articles n ON n.id = s.article_id
            WHERE s.document @@ ${q} ORDER BY n.seq DESC LIMIT ${window}) w`;
    const result = await sql<Row>`
      SELECT m.article_id, m.rank, a.sort_time, a.lang FROM (${matches} ORDER BY rank DESC, article_id LIMIT ${limit}) m
      JOIN articles a ON a.id = m.article_id
      ORDER BY m.rank DESC, m.article_id`.execute(db);
    return result.rows.map((r) => ({ articleId: r.article_id, relevance: Number(r.rank), sortTime: r.sort_time, lang: r.lang }));
  }
  const matches = sql`SELECT rowid, bm25(article_fts, 3.0, 1.0) AS rank FROM article_fts WHERE article_fts MATCH ${expression.fts5}`;
  const ranked = window === undefined ? sql`${matches} ORDER BY rank LIMIT ${limit}` : sql`SELECT rowid, rank FROM (${matches} ORDER BY rowid DESC LIMIT ${window}) ORDER BY rank LIMIT ${limit}`;
  const result = await sql<Row>`
    SELECT a.id AS article_id, s.rank, a.sort_time, a.lang FROM (${ranked}) s
    JOIN articles a ON a.seq = s.rowid
    ORDER BY s.rank, a.id`.execute(db);
  return result.rows.map((r) => ({ articleId: r.article_id, relevance: -Number(r.rank), sortTime: r.sort_time, lang: r.lang }));
}

/** The newest `limit` matches, unranked (relevance 0): enough to know which articles an expression holds. */
export async function newestMatches(db: Kysely<Database>, dialect: DialectName, expression: TextExpression, limit: number): Promise<FullTextMatch[]> {
  const result =
    dialect === 'postgres'
      ? await sql<Omit<Row, 'rank'>>`
          SELECT a.id AS article_id, a.sort_time, a.lang FROM article_search s JOIN articles a ON a.id = s.article_id
          WHERE s.document @@ to_tsquery('simple', ${expression.tsquery}) ORDER BY a.seq DESC LIMIT ${limit}`.execute(db)
      : await sql<Omit<Row, 'rank'>>`
          SELECT a.id AS article_id, a.sort_time, a.lang FROM (
            SELECT rowid FROM article_fts WHERE article_fts MATCH ${expression.fts5} ORDER BY rowid DESC LIMIT ${limit}) s
          JOIN articles a ON a.seq = s.rowid`.execute(db);
  return result.rows.map((r) => ({ articleId: r.article_id, relevance: 0, sortTime: r.sort_time, lang: r.lang }));
}

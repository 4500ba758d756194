/**
 * The reads search makes on every query, written for it: only the columns it uses, in SQL text that
 * is the same on every call, so that each is compiled by kysely cheaply and prepared once (the query
 * builder cost more per search than running these reads), and no article text is read further than
 * a snippet looks.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import type { ArticleWithSource } from './article.repository.js';
import type { EntityArticleHit } from './mention.repository.js';

/** The newest `limitPerEntity` articles mentioning each entity, with how often they mention it. */
export async function topicCandidates(db: Kysely<Database>, entityIds: readonly string[], limitPerEntity: number): Promise<EntityArticleHit[]> {
  const hits: EntityArticleHit[] = [];
  for (const entityId of entityIds) {
    // The entity's id is known: not read back for each of its rows.
    const { rows } = await sql<Omit<EntityArticleHit, 'entity_id'>>`
      SELECT article_id, mention_count, sort_time FROM mentions WHERE entity_id = ${entityId} ORDER BY sort_time DESC LIMIT ${limitPerEntity}`.execute(db);
    for (const row of rows) hits.push({ article_id: row.article_id, entity_id: entityId, mention_count: row.mention_count, sort_time: row.sort_time });
  }
  return hits;
}

export type ResultArticle = Pick<ArticleWithSource, 'id' | 'title' | 'url' | 'published' | 'lang' | 'source' | 'summary' | 'text'>;

/** The articles of a page of results, their text cut at `textChars` characters. */
export async function resultArticles(db: Kysely<Database>, dialect: DialectName, ids: readonly string[], textChars: number): Promise<ResultArticle[]> {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const wanted = dialect === 'postgres' ? sql`SELECT value FROM json_array_elements_text(${list}::json)` : sql`SELECT value FROM json_each(${list})`;
  const { rows } = await sql<ResultArticle>`
    SELECT a.id, a.title, a.url, a.published, a.lang, s.name AS source, a.summary, substr(a.text, 1, ${textChars}) AS text
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN (${wanted})`.execute(db);
  return rows;
}

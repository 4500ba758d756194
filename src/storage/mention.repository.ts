/** Which entities each article mentions, and which articles mention an entity. */
import type { Kysely } from 'kysely';
import type { Database, EntityRow, NewMention } from '../../db/schema.js';
import { aboutMigrationSql } from './about-migration.js';

/** The mentions of a newly stored article (there can be no earlier ones to keep). */
export async function insertNewArticleMentions(db: Kysely<Database>, rows: readonly NewMention[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('mentions').values(rows.slice(i, i + 100)).execute();
}

/** Inserts mentions, keeping any already stored; returns how many were new. */
export async function insertMentions(db: Kysely<Database>, rows: readonly NewMention[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 100) {
    const result = await db
      .insertInto('mentions')
      .values(rows.slice(i, i + 100))
      .onConflict((oc) => oc.columns(['article_id', 'entity_id']).doNothing())
      .returning('article_id')
      .execute();
    inserted += result.length;
  }
  return inserted;
}

export type ArticleMention = EntityRow & { mention_count: number; surfaces: string; first_offset: number; roles: string | null };

/** The entities an article mentions, in order of first appearance. */
export async function mentionsOfArticle(db: Kysely<Database>, articleId: string): Promise<ArticleMention[]> {
  return db
    .selectFrom('mentions')
    .innerJoin('entities', 'entities.id', 'mentions.entity_id')
    .selectAll('entities')
    .select(['mentions.mention_count', 'mentions.surfaces', 'mentions.first_offset', 'mentions.roles'])
    .where('mentions.article_id', '=', articleId)
    .orderBy('mentions.first_offset')
    .execute();
}

export interface EntityArticleHit {
  article_id: string;
  entity_id: string;
  mention_count: number;
  sort_time: string;
}

/** The newest articles mentioning any of these entities (an index range scan per entity). */
export async function articlesMentioning(db: Kysely<Database>, entityIds: readonly string[], limitPerEntity: number): Promise<EntityArticleHit[]> {
  const hits: EntityArticleHit[] = [];
  for (const entityId of entityIds) {
    const rows = await db
      .selectFrom('mentions')
      .select(['article_id', 'entity_id', 'mention_count', 'sort_time'])
      .where('entity_id', '=', entityId)
      .orderBy('sort_time', 'desc')
      .limit(limitPerEntity)
      .execute();
    hits.push(...rows);
  }
  return hits;
}

export async function countMentions(db: Kysely<Database>, entityId: string): Promise<number> {
  const row = await db
    .selectFrom('mentions')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('entity_id', '=', entityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The sort_time of the newest article mentioning `entityId` before `before` (an ISO day or instant);
 * with `migrationOnly`, among articles about migration. Null when there is none: the topic has no
 * earlier news at all.
 */
export async function latestMentionBefore(db: Kysely<Database>, entityId: string, before: string, migrationOnly: boolean): Promise<string | null> {
  let query = db
    .selectFrom('mentions as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .select('m.sort_time')
    .where('m.entity_id', '=', entityId)
    .where('m.sort_time', '<', before);
  if (migrationOnly) query = query.where(aboutMigrationSql('a.relevance'));
  const row = await query.orderBy('m.sort_time', 'desc').limit(1).executeTakeFirst();
  return row?.sort_time ?? null;
}

/** Which of these entities some article mentions (the mentions_entity_time index answers each chunk). */
export async function mentionedEntities(db: Kysely<Database>, entityIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  // Chunked: IN lists have limits, and a template holds thousands of bodies.
  for (let i = 0; i < entityIds.length; i += 500) {
    const rows = await db.selectFrom('mentions').select('entity_id').where('entity_id', 'in', entityIds.slice(i, i + 500)).groupBy('entity_id').execute();
    for (const row of rows) found.add(row.entity_id);
  }
  return found;
}

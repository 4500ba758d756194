/**
 * Stories kept as articles arrive (issue 15): each stored article joins a story, or starts one, at
 * ingestion, so digests read stories instead of clustering a week on the request path.
 * - stories: one row per story; a story found later to be another one points at it by merged_into
 *   (readers follow the chain, so no article is ever lost by a merge).
 * - articles.story_id: the article's story when it was assigned (possibly since merged).
 * - story_keys: the index candidates are found by (an article's rare terms, specific entities and
 *   figures, by day), so joining a story reads a few rows, never a scan.
 * - story_features: an article's compact clustering features, scored against newcomers.
 * - story_term_df: how many stored articles contain each term or entity (the key '' counts articles),
 *   the rarity statistics pair scores weight terms by.
 * Existing articles get stories from the engine's backfill (src/ingest/story-backfill.ts).
 * Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('representative_id', 'text', (c) => c.notNull())
    .addColumn('merged_into', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_merged_into').on('stories').column('merged_into').execute();

  await db.schema.alterTable('articles').addColumn('story_id', 'text').execute();
  await db.schema.createIndex('articles_story_id').on('articles').column('story_id').execute();

  await db.schema
    .createTable('story_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_keys_pk', ['key', 'day', 'article_id'])
    .execute();

  await db.schema
    .createTable('story_features')
    .addColumn('article_id', 'text', (c) => c.primaryKey())
    .addColumn('features', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story_term_df')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('df', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('story_term_df').ifExists().execute();
  await db.schema.dropTable('story_features').ifExists().execute();
  await db.schema.dropTable('story_keys').ifExists().execute();
  await db.schema.dropIndex('articles_story_id').ifExists().execute();
  await db.schema.alterTable('articles').dropColumn('story_id').execute();
  await db.schema.dropIndex('stories_merged_into').ifExists().execute();
  await db.schema.dropTable('stories').ifExists().execute();
}

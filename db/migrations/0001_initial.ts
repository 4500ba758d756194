/**
 * 0001 — the core engine's tables: sources, articles with their full-text index, entities and
 * aliases, mentions, and the tables the adapters (subscriptions) and the digest engine
 * (compiled_summaries) fill later. Frozen: never import application code here.
 */
import { sql } from 'kysely';
import { type AnyKysely, isPostgres } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  const idType = pg ? 'serial' : 'integer';

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', idType, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('articles')
    // A stable integer key: SQLite's full-text index is keyed by it (VACUUM may renumber implicit rowids).
    .addColumn('seq', idType, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('published_from', 'text', (c) => c.notNull())
    .addColumn('sort_time', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('set null'))
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('articles_sort_time').on('articles').column('sort_time').execute();

  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ar', 'text')
    .addColumn('name_fr', 'text')
    .addColumn('country_code', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('entity_aliases')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('match_key', 'text', (c) => c.notNull())
    .addColumn('case_sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('entity_aliases_pk', ['entity_id', 'alias'])
    .execute();
  await db.schema.createIndex('entity_aliases_match_key').on('entity_aliases').column('match_key').execute();

  await db.schema
    .createTable('mentions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('mention_count', 'integer', (c) => c.notNull())
    .addColumn('surfaces', 'text', (c) => c.notNull())
    .addColumn('first_offset', 'integer', (c) => c.notNull())
    .addColumn('sort_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('mentions_entity_time').on('mentions').columns(['entity_id', 'sort_time']).execute();

  await db.schema
    .createTable('subscriptions')
    .addColumn('id', idType, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('paused_reason', 'text')
    .addUniqueConstraint('subscriptions_target', ['platform', 'workspace_id', 'conversation_id', 'entity_id'])
    .execute();

  await db.schema
    .createTable('compiled_summaries')
    .addColumn('id', idType, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('entity_id', 'text', (c) => c.references('entities.id').onDelete('cascade'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('compiled_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('compiled_summaries_key', ['entity_id', 'period_start', 'period_end', 'lang'])
    .execute();

  // Full-text index over pre-normalised terms (src/search/index-terms.ts does Arabic folding, clitics
  // and English stemming in JS, so both databases index exactly the same lexemes).
  if (pg) {
    await sql`CREATE TABLE article_search (
      article_id text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      document tsvector NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX article_search_document ON article_search USING gin (document)`.execute(db);
  } else {
    // Contentless: the terms are derived from articles.text, so the index need not store them again.
    await sql`CREATE VIRTUAL TABLE article_fts USING fts5(
      title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
    )`.execute(db);
    // Merge 8 segments at a time instead of 4: a bulk ingest spends far less time merging, and
    // queries stay well inside their latency budget (npm run bench).
    await sql`INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 8)`.execute(db);
  }
}

export async function down(db: AnyKysely): Promise<void> {
  if (isPostgres(db)) await sql`DROP TABLE IF EXISTS article_search`.execute(db);
  else await sql`DROP TABLE IF EXISTS article_fts`.execute(db);
  for (const table of ['compiled_summaries', 'subscriptions', 'mentions', 'entity_aliases', 'entities', 'articles', 'sources', 'meta']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

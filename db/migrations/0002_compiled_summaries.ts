/**
 * Compiled summaries, reshaped for the digest engine before anything wrote to them (0001 created the
 * table; nothing filled it, so it is recreated rather than altered — SQLite cannot drop a constraint).
 * - `scope` is the entity id, or '*' for a brief over all topics: a NULL entity_id in a unique key
 *   would not be unique on either database.
 * - `covers_from` is where the previous period starts: counts against it are part of the content, so
 *   an article ingested anywhere in [covers_from, period_end] makes the row stale.
 * - `audit` keeps the prompts and outputs of optional LLM summaries.
 * Frozen: never import application code here.
 */
import { type AnyKysely, isPostgres } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema.dropTable('compiled_summaries').ifExists().execute();
  await db.schema
    .createTable('compiled_summaries')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.references('entities.id').onDelete('cascade'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('covers_from', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('compiled_at', 'text', (c) => c.notNull())
    .addColumn('audit', 'text')
    .addUniqueConstraint('compiled_summaries_key', ['scope', 'period_start', 'period_end', 'lang'])
    .execute();
  // "Which compiled periods does an article dated D touch?" is a range test on both ends.
  await db.schema.createIndex('compiled_summaries_coverage').on('compiled_summaries').columns(['period_end', 'covers_from']).execute();
}

export async function down(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema.dropTable('compiled_summaries').ifExists().execute();
  await db.schema
    .createTable('compiled_summaries')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('entity_id', 'text', (c) => c.references('entities.id').onDelete('cascade'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('compiled_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('compiled_summaries_key', ['entity_id', 'period_start', 'period_end', 'lang'])
    .execute();
}

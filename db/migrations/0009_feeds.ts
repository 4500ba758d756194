/**
 * Feeds the server polls (`mawjaz sources add <url>`), with their health: when the last poll
 * succeeded, the last error, consecutive failures (for backoff) and when the next poll is due.
 * `first_polled_at` null means the back catalogue has not been read yet: that first read never alerts.
 * Frozen: never import application code here.
 */
import { type AnyKysely, isPostgres } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('feeds')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('allow_private', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('first_polled_at', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('articles_added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feeds_next_poll').on('feeds').column('next_poll_at').execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('feeds').ifExists().execute();
}

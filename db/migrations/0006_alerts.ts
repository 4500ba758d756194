/**
 * Alerts: an article that mentions a topic someone follows with alerts, waiting for (or done with)
 * its DM. One row per target and article, so nobody is alerted about the same article twice.
 * Frozen: never import application code here.
 */
import { type AnyKysely, isPostgres } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('alerts')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('alerts_once', ['platform', 'workspace_id', 'conversation_id', 'article_id'])
    .execute();
  await db.schema.createIndex('alerts_pending').on('alerts').columns(['status', 'platform', 'workspace_id', 'conversation_id']).execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('alerts').ifExists().execute();
}

/**
 * The playground's inbox (adapters/playground): briefs and alerts the outbox delivered to the local
 * playground user, kept as the Slack messages and Teams cards they would have been, for the web page
 * to show. Frozen: never import application code here.
 */
import { type AnyKysely, isPostgres } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('playground_inbox')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('slack', 'text', (c) => c.notNull())
    .addColumn('teams', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('playground_inbox').ifExists().execute();
}

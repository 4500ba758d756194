/**
 * Deliveries: one row per brief (target × period) that was, or is being, sent — so a brief goes out
 * once however often the scheduler looks, and a failure is recorded with its error, never dropped.
 * Frozen: never import application code here.
 */
import { type AnyKysely, isPostgres } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('deliveries')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('message_ids', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('deliveries_once', ['platform', 'workspace_id', 'conversation_id', 'kind', 'period_start', 'period_end'])
    .execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('deliveries').ifExists().execute();
}

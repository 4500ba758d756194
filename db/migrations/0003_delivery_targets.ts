/**
 * Where briefs and alerts go, and how: one row per person (their DM) or channel on a platform, with
 * its language, weekly schedule in its own time zone, quiet hours for alerts, and whether a channel
 * wants a brief's details in a thread. Subscriptions name their target by (platform, workspace,
 * conversation), which their unique key already indexes. Frozen: never import application code here.
 */
import { type AnyKysely, isPostgres } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('delivery_targets')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('brief_day', 'text', (c) => c.notNull())
    .addColumn('brief_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('threads', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quiet_start', 'text')
    .addColumn('quiet_end', 'text')
    .addColumn('paused_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('delivery_targets_conversation', ['platform', 'workspace_id', 'conversation_id'])
    .execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('delivery_targets').ifExists().execute();
}

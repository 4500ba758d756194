/**
 * Platform events already handled, by the platform's event id: Slack retries an event it thinks was
 * missed (x-slack-retry-num), possibly to another replica, and each must be acted on once.
 * Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable('platform_events')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('platform_events_pk', ['platform', 'event_id'])
    .execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('platform_events').ifExists().execute();
}

/**
 * Where a bot can post without being spoken to first (Teams proactive messages): the conversation
 * reference the Bot Connector gave us (service URL, tenant, conversation), refreshed on every inbound
 * activity and deleted when the bot is removed. Keyed like delivery targets: a person's chat is
 * "user:<id>", a channel or group chat its conversation id. Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable('conversation_references')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text')
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_references_pk', ['platform', 'workspace_id', 'conversation_id'])
    .execute();
  await db.schema.createIndex('conversation_references_team').on('conversation_references').columns(['platform', 'team_id']).execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('conversation_references').ifExists().execute();
}

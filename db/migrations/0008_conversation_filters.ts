/**
 * What a conversation (a channel, or a person's DMs) asked not to see again: a story marked
 * "Not relevant" (kind 'story', value: the story's article ids, comma-separated) or an outlet muted
 * (kind 'source', value: sources.id). One row per conversation and value, so a double click is one.
 * Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable('conversation_filters')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conversation_filters_once', ['platform', 'workspace_id', 'conversation_id', 'kind', 'value'])
    .execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('conversation_filters').ifExists().execute();
}

/**
 * Installations of the app in a workspace (multi-workspace Slack installs by OAuth): who installed it,
 * its bot's ids and scopes, and the platform's installation record (tokens inside) sealed with
 * MAWJAZ_ENCRYPTION_KEY, never in plaintext. Generic over platforms: `secret` is opaque here.
 * Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable('installations')
    .addColumn('platform', 'text', (c) => c.notNull())
    // A Slack team id, or the enterprise id of an org-wide install.
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('org_wide', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bot_user_id', 'text')
    .addColumn('bot_id', 'text')
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('installed_by', 'text')
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('installed_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('installations_pk', ['platform', 'workspace_id'])
    .execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('installations').ifExists().execute();
}

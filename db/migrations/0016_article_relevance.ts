/**
 * Migration relevance (issue 14): how much an article is about migration at all, in [0, 1], computed
 * at enrichment. Null for articles stored before this column existed, until the engine's one-time
 * backfill (src/ingest/relevance-backfill.ts) scores them; readers treat null as relevant so that
 * nothing is hidden meanwhile. Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema.alterTable('articles').addColumn('relevance', 'double precision').execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('relevance').execute();
}

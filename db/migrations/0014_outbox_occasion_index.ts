/**
 * The scheduler asks every tick which briefs of recent weeks are already in the outbox (kind and
 * occasion, across all conversations); without this index that reads the whole, ever-growing table.
 * Frozen: never import application code here.
 */
import type { AnyKysely } from './dialect.js';

export async function up(db: AnyKysely): Promise<void> {
  await db.schema.createIndex('outbox_kind_occasion').on('outbox').columns(['kind', 'occasion']).execute();
}

export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropIndex('outbox_kind_occasion').ifExists().execute();
}

/** Delivery records: claimed before sending, marked sent or failed after, unique per target and period. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type TargetKey, targetColumns } from './target-columns.js';

export interface DeliveryKey extends TargetKey {
  kind: 'brief';
  periodStart: string;
  periodEnd: string;
}

const columns = (key: DeliveryKey) => ({
  ...targetColumns(key),
  kind: key.kind,
  period_start: key.periodStart,
  period_end: key.periodEnd,
});

/**
 * Claims the delivery: true when this caller should send it — never claimed, or claimed and failed.
 * The unique key makes two concurrent claims of a new delivery end with one winner.
 */
export async function claimDelivery(db: Kysely<Database>, key: DeliveryKey, now: string): Promise<boolean> {
  const inserted = await db
    .insertInto('deliveries')
    .values({ ...columns(key), status: 'sending', attempts: 1, last_error: null, message_ids: null, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'conversation_id', 'kind', 'period_start', 'period_end']).doNothing())
    .returning('id')
    .execute();
  if (inserted.length > 0) return true;
  const retried = await db
    .updateTable('deliveries')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: now }))
    .where((eb) => eb.and(columns(key)))
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(retried.numUpdatedRows) > 0;
}

export async function finishDelivery(db: Kysely<Database>, key: DeliveryKey, outcome: { ok: true; messageIds: string[] } | { ok: false; error: string }, now: string): Promise<void> {
  await db
    .updateTable('deliveries')
    .set(outcome.ok ? { status: 'sent', message_ids: JSON.stringify(outcome.messageIds), last_error: null, updated_at: now } : { status: 'failed', last_error: outcome.error.slice(0, 2000), updated_at: now })
    .where((eb) => eb.and(columns(key)))
    .execute();
}

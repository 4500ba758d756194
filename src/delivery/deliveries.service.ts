/**
 * The outbox as operators see it: listing deliveries (pending, sent, failed…) and sending failed ones
 * again. Shared by `mawjaz deliveries` and anything else that shows the outbox.
 */
import type { OutboxRow } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { InvalidInput, NotFound } from '../errors.js';
import { enqueue, findOutboxRow, findOutboxRowByKey, listOutbox, type NewOutboxRow, outboxCounts, OUTBOX_STATUSES, type OutboxStatus, requeueFailed } from '../storage/outbox.repository.js';

export { type NewOutboxRow, OUTBOX_STATUSES, type OutboxStatus };

export interface DeliveryView {
  id: number;
  status: OutboxStatus;
  kind: string;
  platform: string;
  workspaceId: string;
  conversationId: string;
  /** A brief's period start, or an alert batch's first alert: with the conversation and kind, the idempotency key. */
  occasion: string;
  attempts: number;
  nextAttemptAt: string | null;
  sentAt: string | null;
  lastError: string | null;
  /** The platform's ids of the messages it acknowledged (Slack ts, Teams activity id). */
  messageIds: string[];
  createdAt: string;
  updatedAt: string;
}

export function deliveryView(row: OutboxRow): DeliveryView {
  return {
    id: row.id,
    status: row.status as OutboxStatus,
    kind: row.kind,
    platform: row.platform,
    workspaceId: row.workspace_id,
    conversationId: row.conversation_id,
    occasion: row.occasion,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    sentAt: row.sent_at,
    lastError: row.last_error,
    messageIds: JSON.parse(row.message_ids) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listDeliveries(engine: Engine, options: { status?: OutboxStatus; limit: number }): Promise<DeliveryView[]> {
  return (await listOutbox(engine.store.db, options)).map(deliveryView);
}

/** Queues a delivery (kept as it is when its key is already queued); the delivery under that key. */
export async function queueDelivery(engine: Engine, delivery: NewOutboxRow): Promise<DeliveryView> {
  await enqueue(engine.store.db, delivery, engine.now().toISOString());
  const row = await findOutboxRowByKey(engine.store.db, delivery);
  if (!row) throw new NotFound(`the delivery just queued for ${delivery.conversationId} is gone`);
  return deliveryView(row);
}

/** One delivery as it is now. */
export async function deliveryNamed(engine: Engine, id: number): Promise<DeliveryView> {
  const row = await findOutboxRow(engine.store.db, id);
  if (!row) throw new NotFound(`no delivery ${id} (see \`mawjaz deliveries list\`)`);
  return deliveryView(row);
}

/** How many deliveries are in each status. */
export function deliveryCounts(engine: Engine): Promise<Record<OutboxStatus, number>> {
  return outboxCounts(engine.store.db);
}

/** Sends failed deliveries again (from a fresh count of attempts); the ids requeued. */
export async function retryDeliveries(engine: Engine, which: { id: number } | 'all-failed'): Promise<number[]> {
  const now = engine.now().toISOString();
  if (which === 'all-failed') return requeueFailed(engine.store.db, 'all', now);
  const { status } = await deliveryNamed(engine, which.id);
  if (status !== 'failed') throw new InvalidInput(`delivery ${which.id} is ${status}, not failed: only failed deliveries are retried`);
  return requeueFailed(engine.store.db, [which.id], now);
}

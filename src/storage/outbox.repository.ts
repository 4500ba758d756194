/**
 * The delivery outbox (migration 0011): rows written before sending, claimed with a lease by one
 * sender at a time, finished as sent, put back for a later retry, or set aside as failed.
 * On PostgreSQL a claim skips rows another replica has locked (FOR UPDATE SKIP LOCKED), so replicas
 * draining at once share the rows instead of queueing behind each other; SQLite has one writer.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, OutboxRow } from '../../db/schema.js';
import { type TargetKey, targetColumns } from './target-columns.js';

export type OutboxKind = 'brief' | 'alerts';
/** Every status a delivery can have, in the order a delivery moves through them (then the set-aside ones). */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'paused', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface NewOutboxRow extends TargetKey {
  kind: OutboxKind;
  /** With the conversation and kind, the idempotency key. */
  occasion: string;
  payload: unknown;
}

const ERROR_CHARS = 2000;

/** Writes the row unless its key is already there; true when this call wrote it. */
export async function enqueue(db: Kysely<Database>, row: NewOutboxRow, now: string): Promise<boolean> {
  const inserted = await db
    .insertInto('outbox')
    .values({
      ...targetColumns(row),
      kind: row.kind,
      occasion: row.occasion,
      payload: JSON.stringify(row.payload),
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'conversation_id', 'kind', 'occasion']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

export interface ClaimOptions {
  owner: string;
  now: string;
  leaseUntil: string;
  limit: number;
  /** Only rows for these platforms (the ones this server can send to). */
  platforms: readonly string[];
  kinds?: readonly OutboxKind[] | undefined;
  /** Only these rows (`deliveries send <id>`). */
  ids?: readonly number[] | undefined;
}

/**
 * Claims up to `limit` rows that are due — pending and past their retry time, or still "sending"
 * under a lease that expired (its server died) — counting the attempt.
 */
export async function claimDue(db: Kysely<Database>, options: ClaimOptions, postgres: boolean): Promise<OutboxRow[]> {
  if (options.platforms.length === 0) return [];
  const isDue = (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.or([
      eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', options.now)]),
      eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', options.now)]),
    ]);
  let due = db
    .selectFrom('outbox')
    .select('id')
    .where('platform', 'in', options.platforms)
    .where(isDue)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(options.limit);
  if (options.kinds) due = due.where('kind', 'in', options.kinds.length > 0 ? options.kinds : ['none']);
  if (options.ids) due = due.where('id', 'in', options.ids.length > 0 ? options.ids : [-1]);
  if (postgres) due = due.forUpdate().skipLocked();
  return db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', lease_owner: options.owner, lease_until: options.leaseUntil, attempts: eb('attempts', '+', 1), updated_at: options.now }))
    // No second check needed here: on PostgreSQL the subquery's row lock re-reads each row's latest
    // version and re-checks that it is due (a row another server claimed meanwhile is skipped, not
    // taken twice); on SQLite the statement runs alone.
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Only the claim's holder may write: a sender whose lease lapsed and was re-claimed elsewhere stops. */
function held(db: Kysely<Database>, id: number, owner: string) {
  return db.updateTable('outbox').where('id', '=', id).where('lease_owner', '=', owner).where('status', '=', 'sending');
}

/** Records the messages acknowledged so far and extends the lease; false when the claim was lost. */
export async function recordProgress(db: Kysely<Database>, id: number, owner: string, messageIds: readonly string[], leaseUntil: string): Promise<boolean> {
  const result = await held(db, id, owner).set({ message_ids: JSON.stringify(messageIds), lease_until: leaseUntil }).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markSent(db: Kysely<Database>, id: number, owner: string, messageIds: readonly string[], now: string): Promise<boolean> {
  const result = await held(db, id, owner)
    .set({ status: 'sent', message_ids: JSON.stringify(messageIds), last_error: null, lease_owner: null, lease_until: null, sent_at: now, updated_at: now })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Back to pending, to be tried again at `retryAt`. */
export async function markRetry(db: Kysely<Database>, id: number, owner: string, error: string, retryAt: string, now: string): Promise<void> {
  await held(db, id, owner)
    .set({ status: 'pending', next_attempt_at: retryAt, last_error: error.slice(0, ERROR_CHARS), lease_owner: null, lease_until: null, updated_at: now })
    .execute();
}

/**
 * Set aside: 'failed' rows are shown by `deliveries list --failed` and sent again only by
 * `deliveries retry`; 'paused' ones wait for their conversation to be reachable again (resumePaused);
 * 'cancelled' ones had nothing left to send when their turn came.
 */
export async function markFailed(db: Kysely<Database>, id: number, owner: string, error: string, now: string, status: 'failed' | 'paused' | 'cancelled' = 'failed'): Promise<void> {
  await held(db, id, owner).set({ status, last_error: error.slice(0, ERROR_CHARS), lease_owner: null, lease_until: null, updated_at: now }).execute();
}

/**
 * Rows held while their conversation was gone go out once it is back (the app reinstalled, the bot
 * added again) — if they are recent enough to still be news (`since`).
 */
export async function resumePaused(db: Kysely<Database>, now: string, since: string): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', next_attempt_at: now, updated_at: now })
    .where('status', '=', 'paused')
    .where('created_at', '>=', since)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('delivery_targets as t')
          .select('t.id')
          .whereRef('t.platform', '=', 'outbox.platform')
          .whereRef('t.workspace_id', '=', 'outbox.workspace_id')
          .whereRef('t.conversation_id', '=', 'outbox.conversation_id')
          .where('t.paused_reason', 'is', null),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface ListOptions {
  status?: OutboxStatus;
  limit: number;
}

export async function listOutbox(db: Kysely<Database>, options: ListOptions): Promise<OutboxRow[]> {
  let query = db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(options.limit);
  if (options.status) query = query.where('status', '=', options.status);
  return query.execute();
}

/** The row under a delivery's idempotency key (conversation, kind and occasion). */
export async function findOutboxRowByKey(db: Kysely<Database>, key: Omit<NewOutboxRow, 'payload'>): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where((eb) => eb.and(targetColumns(key))).where('kind', '=', key.kind).where('occasion', '=', key.occasion).executeTakeFirst();
}

export async function findOutboxRow(db: Kysely<Database>, id: number): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Failed rows back to pending with a fresh count of attempts; the ids that were requeued. */
export async function requeueFailed(db: Kysely<Database>, ids: readonly number[] | 'all', now: string): Promise<number[]> {
  let query = db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, updated_at: now })
    .where('status', '=', 'failed');
  if (ids !== 'all') query = query.where('id', 'in', ids.length > 0 ? ids : [-1]);
  return (await query.returning('id').execute()).map((r) => r.id);
}

/** Counts by status, for `deliveries list` and the operator's headline. */
export async function outboxCounts(db: Kysely<Database>): Promise<Record<OutboxStatus, number>> {
  const rows = await db.selectFrom('outbox').select((eb) => ['status', eb.fn.countAll<string | number>().as('n')]).groupBy('status').execute();
  return Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, Number(rows.find((r) => r.status === status)?.n ?? 0)])) as Record<OutboxStatus, number>;
}

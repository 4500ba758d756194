/** Subscriptions (a target follows a topic) and delivery targets (where and when briefs go). */
import type { Kysely } from 'kysely';
import type { Database, DeliveryTargetRow, NewDeliveryTarget } from '../../db/schema.js';
import { type TargetKey, targetColumns } from './target-columns.js';

export type { TargetKey } from './target-columns.js';

export async function findTarget(db: Kysely<Database>, key: TargetKey): Promise<DeliveryTargetRow | undefined> {
  return db
    .selectFrom('delivery_targets')
    .selectAll()
    .where((eb) => eb.and(targetColumns(key)))
    .executeTakeFirst();
}

/** Inserts the target unless it exists (concurrent first commands from two replicas both succeed). */
export async function insertTargetIfMissing(db: Kysely<Database>, row: NewDeliveryTarget): Promise<void> {
  await db
    .insertInto('delivery_targets')
    .values(row)
    .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'conversation_id']).doNothing())
    .execute();
}

/** A workspace's channel targets among these channel ids (the channels someone can see). */
export async function channelTargetsIn(db: Kysely<Database>, workspace: { platform: string; workspaceId: string }, channelIds: readonly string[]): Promise<DeliveryTargetRow[]> {
  if (channelIds.length === 0) return [];
  const rows: DeliveryTargetRow[] = [];
  // Chunked: a person may be in thousands of channels, and IN lists have limits.
  for (let i = 0; i < channelIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('delivery_targets')
        .selectAll()
        .where('platform', '=', workspace.platform)
        .where('workspace_id', '=', workspace.workspaceId)
        .where('kind', '=', 'channel')
        .where('conversation_id', 'in', channelIds.slice(i, i + 500))
        .orderBy('conversation_id')
        .execute()),
    );
  }
  return rows;
}

export type TargetPatch = Partial<Pick<DeliveryTargetRow, 'language' | 'brief_day' | 'brief_time' | 'time_zone' | 'threads' | 'quiet_start' | 'quiet_end' | 'paused_reason'>>;

export async function updateTarget(db: Kysely<Database>, key: TargetKey, patch: TargetPatch, now: string): Promise<void> {
  await db
    .updateTable('delivery_targets')
    .set({ ...patch, updated_at: now })
    .where((eb) => eb.and(targetColumns(key)))
    .execute();
}

export interface SubscriptionListing {
  entity_id: string;
  mode: string;
  kind: string;
  name_en: string;
  name_ar: string | null;
  country_code: string | null;
}

export async function subscriptionsOf(db: Kysely<Database>, key: TargetKey): Promise<SubscriptionListing[]> {
  return db
    .selectFrom('subscriptions')
    .innerJoin('entities', 'entities.id', 'subscriptions.entity_id')
    .select(['subscriptions.entity_id', 'subscriptions.mode', 'entities.kind', 'entities.name_en', 'entities.name_ar', 'entities.country_code'])
    .where((eb) => eb.and({ 'subscriptions.platform': key.platform, 'subscriptions.workspace_id': key.workspaceId, 'subscriptions.conversation_id': key.conversationId }))
    .orderBy('subscriptions.created_at')
    .orderBy('subscriptions.entity_id')
    .execute();
}

export async function findSubscriptionMode(db: Kysely<Database>, key: TargetKey, entityId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('subscriptions')
    .select('mode')
    .where((eb) => eb.and(targetColumns(key)))
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  return row?.mode;
}

export interface SubscriptionWrite extends TargetKey {
  userId: string;
  entityId: string;
  mode: 'brief' | 'alerts';
  language: string;
  now: string;
}

/** Creates or changes the mode of a subscription in one statement (a double click is harmless). */
export async function upsertSubscription(db: Kysely<Database>, s: SubscriptionWrite): Promise<void> {
  await db
    .insertInto('subscriptions')
    .values({
      platform: s.platform,
      workspace_id: s.workspaceId,
      conversation_id: s.conversationId,
      user_id: s.userId,
      entity_id: s.entityId,
      mode: s.mode,
      language: s.language,
      created_at: s.now,
      paused_reason: null,
    })
    .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'conversation_id', 'entity_id']).doUpdateSet({ mode: s.mode }))
    .execute();
}

export async function deleteSubscription(db: Kysely<Database>, key: TargetKey, entityId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('subscriptions')
    .where((eb) => eb.and(targetColumns(key)))
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Which subscriptions an operator lists: all of them, or one platform's, or one workspace's, or one by id. */
export interface SubscriptionFilter {
  platform?: string;
  workspaceId?: string;
  id?: number;
}

/**
 * Every subscription with its topic's names and, where the conversation has one, its delivery target
 * (schedule, language, pause): what an operator cleaning up needs to see, oldest first.
 */
export async function listSubscriptions(db: Kysely<Database>, filter: SubscriptionFilter) {
  let query = db
    .selectFrom('subscriptions as s')
    .innerJoin('entities as e', 'e.id', 's.entity_id')
    .leftJoin('delivery_targets as t', (join) =>
      join.onRef('t.platform', '=', 's.platform').onRef('t.workspace_id', '=', 's.workspace_id').onRef('t.conversation_id', '=', 's.conversation_id'),
    )
    .select([
      's.id',
      's.platform',
      's.workspace_id',
      's.conversation_id',
      's.user_id',
      's.entity_id',
      'e.name_en',
      's.mode',
      's.language',
      's.paused_reason',
      's.created_at',
      't.language as target_language',
      't.brief_day',
      't.brief_time',
      't.time_zone',
      't.paused_reason as target_paused_reason',
    ]);
  if (filter.platform !== undefined) query = query.where('s.platform', '=', filter.platform);
  if (filter.workspaceId !== undefined) query = query.where('s.workspace_id', '=', filter.workspaceId);
  if (filter.id !== undefined) query = query.where('s.id', '=', filter.id);
  return query.orderBy('s.id').execute();
}

export async function deleteSubscriptionById(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('subscriptions').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

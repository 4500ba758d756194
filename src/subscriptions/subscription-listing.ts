/**
 * The operator's view of subscriptions (`mawjaz subscriptions list|remove`): every follow and channel
 * subscription across platforms and workspaces, as a neutral shape the CLI prints as a table or JSON.
 * A subscription's schedule and language are its conversation's (the delivery target), when it has one.
 */
import type { Engine } from '../engine.js';
import { MawjazError } from '../errors.js';
import { deleteSubscriptionById, listSubscriptions, type SubscriptionFilter } from '../storage/subscription.repository.js';

/** Printed as it is by `subscriptions list --json`: its fields are that JSON contract. */
export interface SubscriptionView {
  id: number;
  platform: string;
  workspaceId: string;
  conversationId: string;
  userId: string | null;
  topic: { id: string; name: string };
  mode: string;
  language: string;
  /** When the conversation's weekly brief goes out; null before the conversation has settings. */
  schedule: { day: string; time: string; timeZone: string } | null;
  /** Why deliveries are held (the subscription's own reason first, then its conversation's); null when live. */
  pausedReason: string | null;
  createdAt: string;
}

export type { SubscriptionFilter };

export async function listAllSubscriptions(engine: Engine, filter: SubscriptionFilter = {}): Promise<SubscriptionView[]> {
  const rows = await listSubscriptions(engine.store.db, filter);
  return rows.map((row) => ({
    id: Number(row.id),
    platform: row.platform,
    workspaceId: row.workspace_id,
    conversationId: row.conversation_id,
    userId: row.user_id,
    topic: { id: row.entity_id, name: row.name_en },
    mode: row.mode,
    language: row.target_language ?? row.language,
    schedule: row.brief_day !== null && row.brief_time !== null && row.time_zone !== null ? { day: row.brief_day, time: row.brief_time, timeZone: row.time_zone } : null,
    pausedReason: row.paused_reason ?? row.target_paused_reason,
    createdAt: row.created_at,
  }));
}

/** Removes one subscription by the id `subscriptions list` shows; what was removed, for the confirmation. */
export async function removeSubscription(engine: Engine, id: number): Promise<SubscriptionView> {
  const [existing] = await listAllSubscriptions(engine, { id });
  if (!existing || !(await deleteSubscriptionById(engine.store.db, id))) {
    throw new MawjazError('not_found', `no subscription has id ${id} (\`mawjaz subscriptions list\` shows them)`);
  }
  return existing;
}

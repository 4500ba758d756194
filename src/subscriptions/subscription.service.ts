/**
 * Following topics and choosing how briefs arrive, for a person or a channel. Every change is
 * idempotent — chat buttons get double-clicked and Slack retries — and reports whether anything
 * changed, so the adapter can say "already following" instead of pretending.
 */
import type { DeliveryTargetRow } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { InvalidInput } from '../errors.js';
import {
  deleteSubscription,
  findSubscriptionMode,
  findTarget,
  insertTargetIfMissing,
  type SubscriptionListing,
  subscriptionsOf,
  type TargetKey,
  type TargetPatch,
  updateTarget,
  upsertSubscription,
} from '../storage/subscription.repository.js';
import type { Target } from './targets.js';

/** A team's Monday-morning brief, unless they choose otherwise. */
export const DEFAULT_SCHEDULE = { day: 'monday', time: '08:00', timeZone: 'UTC' } as const;

export interface TargetDefaults {
  language?: 'en' | 'ar';
  /**
   * IANA zone from the platform's user profile (Slack users.info). A function is called only when a
   * target is created, so the platform is asked once per person, not on every command.
   */
  timeZone?: string | (() => Promise<string | undefined>);
}

export type SubscriptionMode = 'brief' | 'alerts';

/** HH:MM on the 24-hour clock, as schedules and quiet hours are stored. */
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function keyOf(target: Target): TargetKey {
  return { platform: target.platform, workspaceId: target.workspaceId, conversationId: target.conversationId };
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The target's row, created with defaults on first use. */
export async function ensureTarget(engine: Engine, target: Target, defaults: TargetDefaults = {}): Promise<DeliveryTargetRow> {
  const key = keyOf(target);
  const existing = await findTarget(engine.store.db, key);
  if (existing) return existing;
  const now = engine.now().toISOString();
  const asked = typeof defaults.timeZone === 'function' ? await defaults.timeZone().catch(() => undefined) : defaults.timeZone;
  const zone = asked !== undefined && isTimeZone(asked) ? asked : DEFAULT_SCHEDULE.timeZone;
  await insertTargetIfMissing(engine.store.db, {
    platform: target.platform,
    workspace_id: target.workspaceId,
    conversation_id: target.conversationId,
    user_id: target.userId,
    kind: target.kind,
    language: defaults.language ?? 'en',
    brief_day: DEFAULT_SCHEDULE.day,
    brief_time: DEFAULT_SCHEDULE.time,
    time_zone: zone,
    threads: 0,
    quiet_start: null,
    quiet_end: null,
    paused_reason: null,
    created_at: now,
    updated_at: now,
  });
  const row = await findTarget(engine.store.db, key);
  if (!row) throw new Error(`delivery target ${target.conversationId} vanished after insert`);
  return row;
}

export interface FollowResult {
  /** False when the subscription already existed with this mode. */
  changed: boolean;
  previousMode: SubscriptionMode | null;
}

export async function follow(engine: Engine, target: Target, entityId: string, mode: SubscriptionMode, defaults: TargetDefaults = {}): Promise<FollowResult> {
  const row = await ensureTarget(engine, target, defaults);
  const previous = await findSubscriptionMode(engine.store.db, keyOf(target), entityId);
  const previousMode = previous === 'brief' || previous === 'alerts' ? previous : null;
  if (previousMode === mode) return { changed: false, previousMode };
  await upsertSubscription(engine.store.db, { ...keyOf(target), userId: target.userId, entityId, mode, language: row.language, now: engine.now().toISOString() });
  return { changed: true, previousMode };
}

/** True when there was something to remove. */
export async function unfollow(engine: Engine, target: Target, entityId: string): Promise<boolean> {
  return deleteSubscription(engine.store.db, keyOf(target), entityId);
}

/** The topics followed in a conversation, oldest follow first. */
export async function subscriptionsFor(engine: Engine, target: TargetKey): Promise<SubscriptionListing[]> {
  return subscriptionsOf(engine.store.db, target);
}

async function patchTarget(engine: Engine, target: Target, patch: TargetPatch, defaults: TargetDefaults): Promise<DeliveryTargetRow> {
  await ensureTarget(engine, target, defaults);
  await updateTarget(engine.store.db, keyOf(target), patch, engine.now().toISOString());
  return ensureTarget(engine, target, defaults);
}

export async function setLanguage(engine: Engine, target: Target, language: 'en' | 'ar'): Promise<DeliveryTargetRow> {
  return patchTarget(engine, target, { language }, { language });
}

export async function setSchedule(engine: Engine, target: Target, schedule: { day: string; time: string; timeZone: string | null }, defaults: TargetDefaults = {}): Promise<DeliveryTargetRow> {
  if (!CLOCK.test(schedule.time)) throw new InvalidInput(`"${schedule.time}" is not a time of day (HH:MM, 24-hour)`);
  if (schedule.timeZone !== null && !isTimeZone(schedule.timeZone)) throw new InvalidInput(`"${schedule.timeZone}" is not a time zone; use a name such as Africa/Cairo or Europe/London`);
  return patchTarget(engine, target, { brief_day: schedule.day, brief_time: schedule.time, ...(schedule.timeZone !== null ? { time_zone: schedule.timeZone } : {}) }, defaults);
}

export async function setThreads(engine: Engine, target: Target, on: boolean): Promise<DeliveryTargetRow> {
  return patchTarget(engine, target, { threads: on ? 1 : 0 }, {});
}


/** Alerts wait while the target's clock is inside [start, end); null and null: no quiet hours. */
export async function setQuietHours(engine: Engine, target: Target, hours: { start: string; end: string } | null, defaults: TargetDefaults = {}): Promise<DeliveryTargetRow> {
  if (hours !== null) {
    const bad = [hours.start, hours.end].find((t) => !CLOCK.test(t));
    if (bad !== undefined) throw new InvalidInput(`"${bad}" is not a time of day (HH:MM, 24-hour)`);
    if (hours.start === hours.end) throw new InvalidInput(`quiet hours from ${hours.start} to ${hours.end} would be no hours or all of them; choose two different times`);
  }
  return patchTarget(engine, target, { quiet_start: hours?.start ?? null, quiet_end: hours?.end ?? null }, defaults);
}

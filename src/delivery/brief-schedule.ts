/**
 * Which weekly briefs are due, worked out from the database alone: for each delivery target with
 * followed topics, its last scheduled moment (weekday and time in its own zone, DST included) — due
 * when that moment has passed within the grace window. A due brief is written to the outbox once per
 * period (the row's key), so a restart, a second replica or a second run in the same minute adds
 * nothing; the outbox senders do the sending.
 */
import { z } from 'zod';
import type { Engine } from '../engine.js';
import { enqueue } from '../storage/outbox.repository.js';
import { lastScheduled } from './zoned-time.js';

/**
 * A brief row's payload: the period it covers. Topics and language are read when it is sent, unless
 * the row names them (a brief asked for by hand, as the playground's "send now": empty topics means the
 * period's top stories). Rows written before the overrides existed hold the period alone.
 */
export const briefPayloadSchema = z.object({ from: z.string(), to: z.string(), topics: z.array(z.string()).optional(), lang: z.enum(['en', 'ar']).optional() });
export type BriefPayload = z.infer<typeof briefPayloadSchema>;

export const DEFAULT_GRACE_MS = 12 * 3_600_000;

export interface ScheduleOptions {
  /** Every target's current brief, whatever its schedule (still once per period). */
  now?: boolean;
  /** How late a missed schedule may still be sent (a server down at 08:00 sends at 09:30). */
  graceMs?: number;
  /** Platforms this server can deliver to: other targets' briefs are not queued. */
  platforms: readonly string[];
}

export interface ScheduleReport {
  /** Briefs written to the outbox by this call. */
  queued: number;
  /** Due briefs already in the outbox (sent, being sent, or waiting). */
  alreadyQueued: number;
}

export async function enqueueDueBriefs(engine: Engine, options: ScheduleOptions): Promise<ScheduleReport> {
  const { db } = engine.store;
  const now = engine.now();
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const report: ScheduleReport = { queued: 0, alreadyQueued: 0 };
  // Targets with at least one follow; one query instead of one per target, as this runs every minute.
  const targets = await db
    .selectFrom('delivery_targets as t')
    .select(['t.platform', 't.workspace_id', 't.conversation_id', 't.brief_day', 't.brief_time', 't.time_zone'])
    .where('t.paused_reason', 'is', null)
    .where('t.platform', 'in', options.platforms.length > 0 ? options.platforms : ['none'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('subscriptions as s')
          .select('s.entity_id')
          .whereRef('s.platform', '=', 't.platform')
          .whereRef('s.workspace_id', '=', 't.workspace_id')
          .whereRef('s.conversation_id', '=', 't.conversation_id'),
      ),
    )
    .orderBy('t.id')
    .execute();
  const due = targets.flatMap((target) => {
    const { at, period } = lastScheduled(now, { day: target.brief_day, time: target.brief_time, zone: target.time_zone });
    return options.now || now.getTime() - at.getTime() <= graceMs ? [{ target, period }] : [];
  });
  if (due.length === 0) return report;
  // Most due briefs were queued by an earlier minute's run: skip them without an insert each.
  const earliest = due.reduce((min, d) => (d.period.from < min ? d.period.from : min), due[0]!.period.from);
  const existing = await db.selectFrom('outbox').select(['platform', 'workspace_id', 'conversation_id', 'occasion']).where('kind', '=', 'brief').where('occasion', '>=', earliest).execute();
  const queuedKeys = new Set(existing.map((r) => JSON.stringify([r.platform, r.workspace_id, r.conversation_id, r.occasion])));
  const at = now.toISOString();
  for (const { target, period } of due) {
    if (queuedKeys.has(JSON.stringify([target.platform, target.workspace_id, target.conversation_id, period.from]))) {
      report.alreadyQueued += 1;
      continue;
    }
    const payload: BriefPayload = period;
    const key = { platform: target.platform, workspaceId: target.workspace_id, conversationId: target.conversation_id };
    if (await enqueue(db, { ...key, kind: 'brief', occasion: period.from, payload }, at)) report.queued += 1;
    else report.alreadyQueued += 1;
  }
  return report;
}

/**
 * Which alerts go out now: for each person with pending alerts, one message listing the new stories
 * on topics they follow with alerts — outside their quiet hours, and at most a daily cap a day (the
 * rest wait for tomorrow rather than being dropped). One line per story: muted outlets and hidden
 * stories are skipped, and so is a story already alerted (alert-stories.ts). The message is written
 * to the outbox and its alerts marked queued in one transaction, so a crash or a second replica can
 * neither lose nor double them; the outbox senders do the sending.
 */
import { z } from 'zod';
import { BriefEntitySchema } from '../../digests/brief/brief-model.js';
import { briefEntityOf } from '../../digests/compile/entity-names.js';
import type { DeliveryTargetRow } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { ALERT_WINDOW_MS } from '../ingest/store.js';
import { countSentSince, markAlerts, type PendingAlert, pendingAlerts, sentAlertsSince, targetsWithPendingAlerts } from '../storage/alert.repository.js';
import { enqueue } from '../storage/outbox.repository.js';
import { articleStories } from '../storage/story.repository.js';
import { findTarget } from '../storage/subscription.repository.js';
import { storyFilterOf } from '../subscriptions/conversation-filters.js';
import { selectAlerts } from './alert-stories.js';
import type { AlertItem } from './deliverer.js';
import { localDay, localMinutes, zonedInstant } from './zoned-time.js';

export const DEFAULT_DAILY_ALERT_CAP = 10;

const alertItemSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  url: z.string(),
  lang: z.string(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  topic: BriefEntitySchema,
  alsoReportedBy: z.array(z.string()).optional(),
});
/** An alert row's payload: the message's lines, and every alert it stands for (marked sent with it). */
export const alertPayloadSchema = z.object({ alertIds: z.array(z.number()), items: z.array(alertItemSchema) });
export type AlertPayload = z.infer<typeof alertPayloadSchema>;

class AlertsTaken extends Error {}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** True inside [start, end) in the target's zone; a window may wrap midnight (22:00–07:00). */
export function inQuietHours(target: Pick<DeliveryTargetRow, 'quiet_start' | 'quiet_end' | 'time_zone'>, now: Date): boolean {
  if (target.quiet_start === null || target.quiet_end === null) return false;
  const current = localMinutes(now, target.time_zone);
  const start = minutesOf(target.quiet_start);
  const end = minutesOf(target.quiet_end);
  return start <= end ? current >= start && current < end : current >= start || current < end;
}

function alertItem(p: PendingAlert): AlertItem | null {
  const topic = briefEntityOf({ id: p.entity_id, kind: p.kind, name_en: p.name_en, name_ar: p.name_ar, country_code: p.country_code });
  return topic ? { articleId: p.article_id, title: p.title, url: p.url, lang: p.lang, published: p.published, source: p.source, topic } : null;
}

export interface AlertScheduleOptions {
  dailyCap?: number;
  /** Platforms this server can deliver to: other targets' alerts stay pending. */
  platforms: readonly string[];
}

export interface AlertScheduleReport {
  /** Alert messages written to the outbox. */
  messages: number;
  /** Stories in them. */
  alerts: number;
  /** People whose alerts wait (quiet hours, daily cap). */
  held: number;
}

export async function enqueueAlerts(engine: Engine, options: AlertScheduleOptions): Promise<AlertScheduleReport> {
  const { db } = engine.store;
  const now = engine.now();
  const cap = options.dailyCap ?? DEFAULT_DAILY_ALERT_CAP;
  const report: AlertScheduleReport = { messages: 0, alerts: 0, held: 0 };
  for (const t of await targetsWithPendingAlerts(db)) {
    if (!options.platforms.includes(t.platform)) continue;
    const key = { platform: t.platform, workspaceId: t.workspace_id, conversationId: t.conversation_id };
    const target = await findTarget(db, key);
    if (!target || target.paused_reason !== null) continue;
    if (inQuietHours(target, now)) {
      report.held += 1;
      continue;
    }
    const midnight = zonedInstant(localDay(now, target.time_zone).day, '00:00', target.time_zone).toISOString();
    const room = cap - (await countSentSince(db, key, midnight));
    if (room <= 0) {
      report.held += 1;
      continue;
    }
    const pending = await pendingAlerts(db, key, room);
    const recent = await sentAlertsSince(db, key, new Date(now.getTime() - ALERT_WINDOW_MS).toISOString());
    const storyOf = await articleStories(db, [...pending, ...recent].map((a) => a.article_id));
    const { stories, skipped } = selectAlerts(pending, recent, await storyFilterOf(engine, key), storyOf);
    const items: AlertItem[] = stories.flatMap(({ lead, others }) => {
      const item = alertItem(lead);
      const alsoReportedBy = [...new Set(others.map((o) => o.source).filter((s): s is string => s !== null && s !== lead.source))];
      return item ? [{ ...item, ...(alsoReportedBy.length > 0 ? { alsoReportedBy } : {}) }] : [];
    });
    const alertIds = stories.flatMap((s) => [s.lead.id, ...s.others.map((o) => o.id)]);
    const at = now.toISOString();
    const queued = await db
      .transaction()
      .execute(async (trx) => {
        const all = [...alertIds, ...skipped.map((p) => p.id)];
        // Another replica that got here first has taken these alerts: roll back and write nothing.
        if ((await markAlerts(trx, all, 'queued', at, 'pending')) < all.length) throw new AlertsTaken();
        await markAlerts(trx, items.length === 0 ? all : skipped.map((p) => p.id), 'skipped', at);
        if (items.length === 0) return false;
        const payload: AlertPayload = { alertIds, items };
        await enqueue(trx, { ...key, kind: 'alerts', occasion: `alert:${Math.min(...alertIds)}`, payload }, at);
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof AlertsTaken) return false;
        throw error;
      });
    if (queued) {
      report.messages += 1;
      report.alerts += items.length;
    }
  }
  return report;
}

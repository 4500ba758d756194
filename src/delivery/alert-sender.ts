/**
 * Sends alerts: for each person with pending alerts, one message listing the new stories on topics
 * they follow with alerts — outside their quiet hours, and at most a daily cap a day (the rest wait
 * for tomorrow rather than being dropped). Each alert is sent once, one line per story: muted outlets
 * and hidden stories are skipped, and so is a story already alerted (alert-stories.ts).
 */
import { briefEntityOf } from '../../digests/compile/entity-names.js';
import type { DeliveryTargetRow } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { errorMessage } from '../errors.js';
import { ALERT_WINDOW_MS } from '../ingest/store.js';
import { countSentSince, markAlerts, type PendingAlert, pendingAlerts, sentAlertsSince, targetsWithPendingAlerts } from '../storage/alert.repository.js';
import { findTarget } from '../storage/subscription.repository.js';
import { storyFilterOf } from '../subscriptions/conversation-filters.js';
import { selectAlerts } from './alert-stories.js';
import type { AlertItem, BriefDeliverer } from './brief-sender.js';
import { localDay, localMinutes, zonedInstant } from './zoned-time.js';

export const DEFAULT_DAILY_ALERT_CAP = 10;

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

export interface AlertReport {
  messages: number;
  alerts: number;
  held: number;
  failed: Array<{ target: string; error: string }>;
}

export async function sendPendingAlerts(engine: Engine, deliverers: readonly BriefDeliverer[], options: { dailyCap?: number } = {}): Promise<AlertReport> {
  const { db } = engine.store;
  const now = engine.now();
  const cap = options.dailyCap ?? DEFAULT_DAILY_ALERT_CAP;
  const report: AlertReport = { messages: 0, alerts: 0, held: 0, failed: [] };
  for (const t of await targetsWithPendingAlerts(db)) {
    const key = { platform: t.platform, workspaceId: t.workspace_id, conversationId: t.conversation_id };
    const deliverer = deliverers.find((d) => d.platform === t.platform);
    const target = await findTarget(db, key);
    if (!deliverer?.deliverAlerts || !target || target.paused_reason !== null) continue;
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
    const { stories, skipped } = selectAlerts(pending, recent, await storyFilterOf(engine, key));
    const items: AlertItem[] = stories.flatMap(({ lead, others }) => {
      const item = alertItem(lead);
      const alsoReportedBy = [...new Set(others.map((o) => o.source).filter((s): s is string => s !== null && s !== lead.source))];
      return item ? [{ ...item, ...(alsoReportedBy.length > 0 ? { alsoReportedBy } : {}) }] : [];
    });
    try {
      if (items.length > 0) await deliverer.deliverAlerts(target, items);
      const at = engine.now().toISOString();
      await markAlerts(db, stories.flatMap((s) => [s.lead.id, ...s.others.map((o) => o.id)]), 'sent', at);
      await markAlerts(db, skipped.map((p) => p.id), 'skipped', at);
      report.messages += items.length > 0 ? 1 : 0;
      report.alerts += items.length;
    } catch (error) {
      const message = errorMessage(error);
      engine.logger.warn({ target: `${t.platform}:${t.workspace_id}/${t.conversation_id}`, err: message }, 'alerts not delivered');
      report.failed.push({ target: `${t.platform}:${t.workspace_id}/${t.conversation_id}`, error: message });
    }
  }
  return report;
}

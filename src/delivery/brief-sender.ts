/**
 * Sends weekly briefs: for each delivery target with followed topics whose scheduled moment has come
 * (its weekday and time in its own zone, within a grace window), compile its brief — digests are
 * shared across targets, each target's hidden stories and muted outlets left out after — and hand it
 * to the platform's deliverer. Each brief is claimed in
 * `deliveries` first, so it goes out once however often this runs; a failure is recorded with its
 * error and retried on the next run.
 */
import type { Brief, BriefEntity, BriefLang } from '../../digests/brief/brief-model.js';
import { createDigester, type DigesterOptions } from '../../digests/compile/digester.js';
import type { DeliveryTargetRow } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { errorMessage } from '../errors.js';
import { storyFilterOf } from '../subscriptions/conversation-filters.js';
import { claimDelivery, type DeliveryKey, finishDelivery } from '../storage/delivery.repository.js';
import { subscriptionsOf } from '../storage/subscription.repository.js';
import { lastScheduled } from './zoned-time.js';

/** One new article for an alert, with the followed topic it mentions. */
export interface AlertItem {
  articleId: string;
  title: string;
  url: string;
  lang: string;
  published: string | null;
  source: string | null;
  topic: BriefEntity;
  /** Other outlets whose reports of the same story this alert stands for. */
  alsoReportedBy?: string[];
}

/** A platform's way of posting a brief (and alerts); returns the platform's message ids. */
export interface BriefDeliverer {
  platform: string;
  deliver(target: DeliveryTargetRow, brief: Brief): Promise<string[]>;
  /** One message listing several new articles. */
  deliverAlerts?(target: DeliveryTargetRow, items: readonly AlertItem[]): Promise<string[]>;
}

/** The target cannot receive anything until someone acts (app removed, channel archived): pause it. */
export class TargetGone extends Error {}

export interface SendOptions {
  /** Send every target's current brief now, whatever its schedule (still once per period). */
  now?: boolean;
  /** How late a missed schedule may still be sent (a server down at 08:00 sends at 09:30). */
  graceMs?: number;
  digester?: DigesterOptions;
}

export interface SendReport {
  sent: number;
  failed: Array<{ target: string; error: string }>;
  skipped: number;
}

export const DEFAULT_GRACE_MS = 12 * 3_600_000;

export async function sendDueBriefs(engine: Engine, deliverers: readonly BriefDeliverer[], options: SendOptions = {}): Promise<SendReport> {
  const { db } = engine.store;
  const now = engine.now();
  const report: SendReport = { sent: 0, failed: [], skipped: 0 };
  const digester = createDigester(engine, options.digester ?? {});
  const targets = await db.selectFrom('delivery_targets').selectAll().where('paused_reason', 'is', null).orderBy('id').execute();
  for (const target of targets) {
    const deliverer = deliverers.find((d) => d.platform === target.platform);
    if (!deliverer) continue;
    const { at, period } = lastScheduled(now, { day: target.brief_day, time: target.brief_time, zone: target.time_zone });
    if (!options.now && now.getTime() - at.getTime() > (options.graceMs ?? DEFAULT_GRACE_MS)) continue;
    const key = { platform: target.platform, workspaceId: target.workspace_id, conversationId: target.conversation_id };
    const topics = (await subscriptionsOf(db, key)).map((s) => s.entity_id);
    if (topics.length === 0) continue;
    const delivery: DeliveryKey = { ...key, kind: 'brief', periodStart: period.from, periodEnd: period.to };
    if (!(await claimDelivery(db, delivery, now.toISOString()))) {
      report.skipped += 1;
      continue;
    }
    const label = `${target.platform}:${target.workspace_id}/${target.conversation_id}`;
    try {
      const lang: BriefLang = target.language === 'ar' ? 'ar' : 'en';
      // Digests are shared; this target's hidden stories and muted outlets are left out after.
      const brief = await digester.brief({ period, topics, lang, filter: await storyFilterOf(engine, key) });
      const messageIds = await deliverer.deliver(target, brief);
      await finishDelivery(db, delivery, { ok: true, messageIds }, engine.now().toISOString());
      report.sent += 1;
    } catch (error) {
      const message = errorMessage(error);
      await finishDelivery(db, delivery, { ok: false, error: message }, engine.now().toISOString());
      if (error instanceof TargetGone) {
        await db.updateTable('delivery_targets').set({ paused_reason: message, updated_at: engine.now().toISOString() }).where('id', '=', target.id).execute();
      }
      engine.logger.warn({ target: label, err: message }, 'brief not delivered');
      report.failed.push({ target: label, error: message });
    }
  }
  return report;
}

/**
 * "Send the pending alerts, now": queue them in the outbox (alert-schedule.ts: quiet hours, daily cap,
 * one line per story) and send the outbox's alert messages (outbox-sender.ts) in one call — what
 * `mawjaz alerts send` does. The server does the same two steps on its own schedule.
 */
import type { Engine } from '../engine.js';
import { enqueueAlerts } from './alert-schedule.js';
import type { BriefDeliverer } from './deliverer.js';
import { drainSettings } from './delivery-settings.js';
import { type DrainOptions, drainOutbox } from './outbox-sender.js';

export interface AlertReport {
  /** Alert messages sent. */
  messages: number;
  /** Stories queued in alert messages by this call. */
  alerts: number;
  /** People whose alerts wait (quiet hours, daily cap). */
  held: number;
  failed: Array<{ target: string; error: string }>;
}

export async function sendPendingAlerts(engine: Engine, deliverers: readonly BriefDeliverer[], options: { dailyCap?: number; drain?: Partial<DrainOptions> } = {}): Promise<AlertReport> {
  const platforms = deliverers.filter((d) => d.deliverAlerts !== undefined).map((d) => d.platform);
  const queued = await enqueueAlerts(engine, { platforms, ...(options.dailyCap !== undefined ? { dailyCap: options.dailyCap } : {}) });
  const drained = await drainOutbox(engine, deliverers, { ...drainSettings(engine), ...options.drain, kinds: ['alerts'] });
  return { messages: drained.sent, alerts: queued.alerts, held: queued.held, failed: drained.failed.map(({ target, error }) => ({ target, error })) };
}

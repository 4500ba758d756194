/**
 * "Send the briefs that are due, now": queue them in the outbox (brief-schedule.ts) and send the
 * outbox's briefs (outbox-sender.ts) in one call — what `mawjaz briefs send` does. The server does
 * the same two steps on its own schedule, the second on every replica.
 */
import type { DigesterOptions } from '../../digests/compile/digester.js';
import type { Engine } from '../engine.js';
import { enqueueDueBriefs } from './brief-schedule.js';
import type { BriefDeliverer } from './deliverer.js';
import { drainSettings, graceMs } from './delivery-settings.js';
import { type DrainOptions, drainOutbox } from './outbox-sender.js';

export interface SendOptions {
  /** Every target's current brief, whatever its schedule (still once per period). */
  now?: boolean;
  digester?: DigesterOptions;
  /** Overrides of the configured sender settings (tests). */
  drain?: Partial<DrainOptions>;
}

export interface SendReport {
  sent: number;
  failed: Array<{ target: string; error: string }>;
  /** Due briefs already in the outbox: sent, or waiting for a retry. */
  skipped: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
}

export async function sendDueBriefs(engine: Engine, deliverers: readonly BriefDeliverer[], options: SendOptions = {}): Promise<SendReport> {
  const platforms = deliverers.map((d) => d.platform);
  const scheduled = await enqueueDueBriefs(engine, { now: options.now === true, graceMs: graceMs(engine), platforms });
  const drained = await drainOutbox(engine, deliverers, { ...drainSettings(engine, options.digester), ...options.drain, kinds: ['brief'] });
  return { sent: drained.sent, failed: drained.failed.map(({ target, error }) => ({ target, error })), skipped: scheduled.alreadyQueued, retrying: drained.retrying };
}

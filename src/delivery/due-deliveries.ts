/**
 * The scheduler's pass over what is due: weekly briefs whose moment has passed and pending alerts,
 * written to the outbox. At a thousand subscribers it reads and works out every target's last
 * scheduled moment (a few hundred ms of synchronous work on SQLite), so the server runs it in the
 * delivery worker (brief-compiler.ts); `mawjaz briefs send` and tests run it in-process.
 */
import type { Engine } from '../engine.js';
import { type AlertScheduleReport, enqueueAlerts } from './alert-schedule.js';
import { enqueueDueBriefs, type ScheduleReport } from './brief-schedule.js';

export interface DueRequest {
  /** Platforms whose briefs this server delivers. */
  briefPlatforms: string[];
  /** Platforms whose alerts this server delivers. */
  alertPlatforms: string[];
  graceMs: number;
}

export interface DueDeliveries {
  briefs: ScheduleReport;
  alerts: AlertScheduleReport;
}

export async function queueDueDeliveries(engine: Engine, request: DueRequest): Promise<DueDeliveries> {
  const briefs = await enqueueDueBriefs(engine, { graceMs: request.graceMs, platforms: request.briefPlatforms });
  const alerts = await enqueueAlerts(engine, { platforms: request.alertPlatforms });
  return { briefs, alerts };
}

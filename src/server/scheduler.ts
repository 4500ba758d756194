/**
 * The server's background work, every MAWJAZ_SCHEDULER_SECONDS (node-cron provides only the tick;
 * what is due is read from the database, so a restart loses nothing):
 * - schedule: queue due briefs and pending alerts in the outbox — on one replica at a time (a job
 *   lease; queuing is idempotent anyway, so a lapse costs only repeated work), in the delivery worker;
 * - outbox: send what is due — on every replica, each row claimed by one;
 * - feeds: poll the feeds that are due — on every replica, each feed claimed by one.
 * Each runs on its own so a slow feed or a long fan-out never holds up the others. While the database
 * is away the jobs are skipped, not failed every tick (database-health.ts probes it with backoff and
 * logs the outage once); a delivery it interrupted is put back or left to its lease (outbox-sender.ts).
 * Stopping waits for the work in hand (a brief half-sent is finished, not abandoned to its lease).
 */
import { schedule, type ScheduledTask } from 'node-cron';
import type { BriefCompiler } from '../delivery/brief-compiler.js';
import type { BriefDeliverer } from '../delivery/deliverer.js';
import { drainSettings, graceMs, SERVER_ID } from '../delivery/delivery-settings.js';
import { drainOutbox } from '../delivery/outbox-sender.js';
import type { Engine } from '../engine.js';
import type { FeedIngester } from '../feeds/feed-ingester.js';
import { pollFeeds } from '../feeds/feed.service.js';
import { secondsSince } from '../metrics/recorder.js';
import { releaseJobLeases, takeJobLease } from '../storage/job-lease.repository.js';
import type { DatabaseHealth } from './database-health.js';

/** node-cron's expression for "every n seconds" (a seconds field); every minute by default. */
function everyExpression(seconds: number): string {
  return seconds >= 60 ? '* * * * *' : `*/${seconds} * * * * *`;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/** Where the heavy work runs: in the server, worker threads (brief-compiler.ts, feed-ingester.ts). */
export interface SchedulerWorkers {
  /** Compiles the outbox's briefs and queues what is due. */
  briefs: BriefCompiler;
  /** Stores polled feeds' articles; in-process when absent. */
  feeds?: FeedIngester;
}

export function startScheduler(engine: Engine, deliverers: readonly BriefDeliverer[], workers: SchedulerWorkers, database: DatabaseHealth): Scheduler {
  const { db } = engine.store;
  const intervalMs = engine.config.MAWJAZ_SCHEDULER_SECONDS * 1000;
  const running = new Set<Promise<void>>();
  const stopping = new AbortController();

  function every(name: string, work: () => Promise<void>): ScheduledTask {
    return schedule(
      everyExpression(engine.config.MAWJAZ_SCHEDULER_SECONDS),
      async () => {
        if (!(await database.ready()) || stopping.signal.aborted) return;
        const started = performance.now();
        const run = work().then(
          () => engine.metrics?.schedulerTick(name, 'ok', secondsSince(started)),
          (error: unknown) => {
            engine.metrics?.schedulerTick(name, 'error', secondsSince(started));
            if (!database.noteFailure(error)) engine.logger.error({ err: error, job: name }, 'scheduled job failed');
          },
        );
        running.add(run);
        await run;
        running.delete(run);
      },
      { name, noOverlap: true },
    );
  }

  // 0: this server only answers requests; other replicas (or `mawjaz briefs send` from cron) do the rest.
  const tasks = engine.config.MAWJAZ_SCHEDULER_SECONDS === 0 ? [] : [
    every('schedule', async () => {
      const now = engine.now();
      // Held for two ticks and renewed each tick: if this replica stops, another takes over within two.
      if (!(await takeJobLease(db, 'schedule', SERVER_ID, now.toISOString(), new Date(now.getTime() + 2 * intervalMs).toISOString()))) return;
      // In the delivery worker: a thousand subscribers' schedules are hundreds of ms of synchronous work.
      const { briefs, alerts } = await workers.briefs.queueDue(engine, {
        briefPlatforms: deliverers.map((d) => d.platform),
        alertPlatforms: deliverers.filter((d) => d.deliverAlerts).map((d) => d.platform),
        graceMs: graceMs(engine),
      });
      if (briefs.queued > 0 || alerts.messages > 0) engine.logger.info({ briefs: briefs.queued, alertMessages: alerts.messages, alerts: alerts.alerts }, 'deliveries queued');
    }),
    every('outbox', async () => {
      const report = await drainOutbox(engine, deliverers, { ...drainSettings(engine, undefined, workers.briefs), signal: stopping.signal });
      if (report.sent > 0 || report.retrying > 0 || report.failed.length > 0) {
        engine.logger.info({ sent: report.sent, retrying: report.retrying, failed: report.failed.length, cancelled: report.cancelled }, 'deliveries sent');
      }
    }),
    every('feeds', async () => {
      const polls = await pollFeeds(engine, { intervalMinutes: engine.config.MAWJAZ_FEED_POLL_MINUTES, ...(workers.feeds ? { ingester: workers.feeds } : {}) });
      const ingested = polls.reduce((sum, p) => sum + p.ingested, 0);
      if (polls.length > 0) engine.logger.info({ feeds: polls.length, ingested, failed: polls.filter((p) => p.error !== null).length }, 'feeds polled');
    }),
  ];

  return {
    async stop() {
      stopping.abort();
      for (const task of tasks) await task.stop();
      await Promise.all(running);
      await releaseJobLeases(db, SERVER_ID).catch(() => undefined);
    },
  };
}

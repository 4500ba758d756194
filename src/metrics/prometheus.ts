/**
 * The Metrics port exported in Prometheus' text format with prom-client
 * (https://prometheus.io/docs/instrumenting/exposition_formats/). Each server gets a Registry of its
 * own, never prom-client's global one, so tests and several servers in one process do not collide.
 * Label values are bounded: route patterns (not URLs), platforms, statuses and fixed outcome names.
 */
import type { Kysely } from 'kysely';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../../db/schema.js';
import type { Logger } from '../logger.js';
import { packageVersion } from '../package-version.js';
import { OUTBOX_STATUSES, outboxCounts } from '../storage/outbox.repository.js';
import type { DeliveryOutcome, FeedPollOutcome, Metrics } from './recorder.js';

/** A scrape reads the outbox counts at most this often (several scrapers, or a tight scrape interval, cost one query). */
const OUTBOX_COUNTS_CACHE_MS = 5_000;
/** Scheduler jobs run from milliseconds (nothing due) to minutes (a fan-out of briefs). */
const TICK_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
const FEED_POLL_OUTCOMES: readonly FeedPollOutcome[] = ['read', 'not_modified', 'failed'];

export interface PrometheusMetrics {
  metrics: Metrics;
  /** The exposition text and its content type, for GET /metrics. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

export interface PrometheusOptions {
  db: Kysely<Database>;
  logger: Logger;
  /** Defaults to Date.now: a seam for the cache's tests. */
  nowMs?: () => number;
}

export function createPrometheusMetrics(options: PrometheusOptions): PrometheusMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const http = new Histogram({ name: 'mawjaz_http_request_duration_seconds', help: 'HTTP requests answered, by method, route pattern and status, and how long they took', labelNames: ['method', 'route', 'status'] as const, registers });
  const commands = new Histogram({ name: 'mawjaz_command_duration_seconds', help: 'Slash commands and messages (kind=command), card clicks (kind=click) and App Home views (kind=home), by platform and outcome, and how long the answer took', labelNames: ['platform', 'kind', 'outcome'] as const, registers });
  const deliveries = new Counter({ name: 'mawjaz_delivery_attempts_total', help: 'Outbox deliveries attempted, by platform and outcome (sent, retry, failed, paused, interrupted)', labelNames: ['platform', 'outcome'] as const, registers });
  const polls = new Counter({ name: 'mawjaz_feed_polls_total', help: 'Feed polls, by outcome (read, not_modified, failed)', labelNames: ['outcome'] as const, registers });
  const articles = new Counter({ name: 'mawjaz_ingested_articles_total', help: 'Articles through the ingest pipeline, by result (stored, duplicate, rejected)', labelNames: ['result'] as const, registers });
  const ticks = new Histogram({ name: 'mawjaz_scheduler_tick_duration_seconds', help: 'Scheduler jobs (schedule, outbox, feeds) run, by outcome, and how long they took', labelNames: ['job', 'outcome'] as const, buckets: TICK_BUCKETS, registers });
  // Which version each replica runs, for dashboards during a rolling upgrade.
  new Gauge({ name: 'mawjaz_build_info', help: 'Always 1; the version label is the running Mawjaz version', labelNames: ['version'] as const, registers }).set({ version: packageVersion }, 1);
  // Series that exist from the first scrape (at 0), so rate() and alerts see them before the first event.
  for (const outcome of FEED_POLL_OUTCOMES) polls.inc({ outcome }, 0);
  for (const result of ['stored', 'duplicate', 'rejected']) articles.inc({ result }, 0);

  const nowMs = options.nowMs ?? Date.now;
  let readAt = Number.NEGATIVE_INFINITY;
  new Gauge({
    name: 'mawjaz_outbox_rows',
    help: `Outbox rows by status (${OUTBOX_STATUSES.join(', ')}); read from the database at most every ${OUTBOX_COUNTS_CACHE_MS / 1000} s`,
    labelNames: ['status'] as const,
    registers,
    async collect() {
      if (nowMs() - readAt < OUTBOX_COUNTS_CACHE_MS) return;
      try {
        const counts = await outboxCounts(options.db);
        for (const status of OUTBOX_STATUSES) this.set({ status }, counts[status]);
        readAt = nowMs();
      } catch (error) {
        // The database is away (/healthz says so): no counts rather than stale ones, and the rest of the scrape still answers.
        this.reset();
        options.logger.debug({ err: error }, 'metrics: could not count the outbox rows');
      }
    },
  });

  const metrics: Metrics = {
    httpRequest: ({ method, route, status, seconds }) => http.observe({ method, route, status: String(status) }, seconds),
    command: (platform, kind, outcome, seconds) => commands.observe({ platform, kind, outcome }, seconds),
    deliveryAttempt: (platform: string, outcome: DeliveryOutcome) => deliveries.inc({ platform, outcome }),
    feedPoll: (outcome) => polls.inc({ outcome }),
    ingested: ({ stored, duplicates, rejected }) => {
      articles.inc({ result: 'stored' }, stored);
      articles.inc({ result: 'duplicate' }, duplicates);
      articles.inc({ result: 'rejected' }, rejected);
    },
    schedulerTick: (job, outcome, seconds) => ticks.observe({ job, outcome }, seconds),
  };
  return {
    metrics,
    scrape: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}

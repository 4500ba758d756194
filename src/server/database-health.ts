/**
 * Whether the server's database is there, as `mawjaz serve` sees it. GET /healthz probes it (one probe
 * at a time however many checks arrive, and never longer than PROBE_TIMEOUT_MS, so a load balancer
 * gets its 503 instead of a hung check). The scheduler asks before each job and, while the database is
 * away, skips its work rather than failing every tick, probing again with backoff (1 s doubling to
 * 30 s); a job that failed because the database went away says so here. Going away is logged once (a
 * warning) and coming back once (info, with how long it was away), however many jobs, checks and
 * probes notice in between. Connections themselves come back by themselves (db/postgres-pool.ts).
 */
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import type { Engine } from '../engine.js';
import { DatabaseUnavailable, errorMessage } from '../errors.js';
import { databaseBackoffMs } from '../storage/database-away.js';

/** Longest a health probe may take: load balancers commonly time a check out after 2–5 s. */
export const PROBE_TIMEOUT_MS = 2_000;

export type HealthReport = { ok: true } | { ok: false; error: string };

export interface DatabaseHealth {
  /** Probes the database now (or joins the probe under way). */
  check(): Promise<HealthReport>;
  /** Whether scheduled work should run now: true while the database is there; while it is away, a probe when the backoff allows. */
  ready(): Promise<boolean>;
  /** A job failed: true (and noted) when it failed because the database is away; false for any other failure. */
  noteFailure(error: unknown): boolean;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailable(`the database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function createDatabaseHealth(engine: Engine, options: { probeTimeoutMs?: number } = {}): DatabaseHealth {
  const { logger } = engine;
  const probeTimeoutMs = options.probeTimeoutMs ?? PROBE_TIMEOUT_MS;
  let awaySince: number | null = null;
  let failures = 0;
  let nextProbeAt = 0;
  let probing: Promise<HealthReport> | null = null;

  function wentAway(error: unknown): void {
    if (awaySince === null) {
      awaySince = Date.now();
      failures = 0;
      logger.warn({ database: engine.store.dialect, err: errorMessage(error) }, 'database unreachable: scheduled work paused until it answers again');
    }
    nextProbeAt = Date.now() + databaseBackoffMs(failures);
    failures += 1;
  }

  function cameBack(): void {
    if (awaySince === null) return;
    logger.info({ database: engine.store.dialect, awaySeconds: Math.round((Date.now() - awaySince) / 100) / 10 }, 'database reachable again: scheduled work resumed');
    awaySince = null;
    failures = 0;
  }

  async function probe(): Promise<HealthReport> {
    try {
      await withTimeout(engine.store.probe(), probeTimeoutMs);
      cameBack();
      return { ok: true };
    } catch (error) {
      wentAway(error);
      return { ok: false, error: errorMessage(error) };
    }
  }

  function check(): Promise<HealthReport> {
    probing ??= probe().finally(() => {
      probing = null;
    });
    return probing;
  }

  return {
    check,
    async ready() {
      if (awaySince === null) return true;
      if (Date.now() < nextProbeAt) return false;
      return (await check()).ok;
    },
    noteFailure(error) {
      if (!isDatabaseUnavailable(error)) return false;
      // Already away: the probes' backoff runs its course; one more failure changes nothing.
      if (awaySince === null) wentAway(error);
      return true;
    },
  };
}

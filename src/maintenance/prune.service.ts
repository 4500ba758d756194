/**
 * Retention (`mawjaz prune --older-than 180d`): removes articles dated before the cutoff with their
 * mentions, alerts and full-text rows, outbox rows sent or cancelled before it, compiled briefs over
 * pruned days (compiled again from what is left if ever asked), and handled platform events (they only
 * guard against Slack's retries, which come within minutes, so a week of them is kept at most). Kept
 * whatever their age: articles a brief still to send covers (with the period it compares against) and
 * articles a pending or queued alert names; failed and pending outbox rows. Each batch of deletions is
 * its own short transaction, so a large database never holds one giant transaction or lock.
 */
import { briefPayloadSchema } from '../delivery/brief-schedule.js';
import type { Engine } from '../engine.js';
import {
  type ArticleCutoff,
  countCompiledSummaries,
  countFinishedOutbox,
  countPlatformEvents,
  countPrunableArticles,
  type KeptPeriod,
  pruneArticleBatch,
  pruneCompiledSummariesBatch,
  pruneOutboxBatch,
  prunePlatformEventsBatch,
  unsentBriefPayloads,
} from '../storage/prune.repository.js';
import { retryOnWriteConflict } from '../storage/write-conflict.js';

const DAY_MS = 86_400_000;
/** Handled platform events are kept at most this long, whatever the cutoff. */
const EVENTS_KEPT_MS = 7 * DAY_MS;
const BATCH = 500;

export interface PruneOptions {
  olderThanDays: number;
  dryRun: boolean;
  batchSize?: number;
}

export interface PruneReport {
  cutoff: string;
  dryRun: boolean;
  articles: number;
  mentions: number;
  alerts: number;
  /** Articles older than the cutoff kept for a brief still to send or a pending alert. */
  keptArticles: number;
  outbox: number;
  platformEvents: number;
  compiledSummaries: number;
}

function dayAfter(day: string): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** A brief's period, and the period before it (its counts compare against that one), as [from, until). */
function keptPeriod(payload: string): KeptPeriod | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  const period = briefPayloadSchema.safeParse(parsed);
  if (!period.success) return null;
  const { from, to } = period.data;
  const length = Date.parse(`${dayAfter(to)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  return { from: new Date(Date.parse(`${from.slice(0, 10)}T00:00:00Z`) - length).toISOString().slice(0, 10), until: dayAfter(to) };
}

/** Runs `batch` until it deletes nothing, each call in its own transaction; returns the totals. */
async function inBatches<T extends Record<string, number>>(engine: Engine, what: string, batch: (trx: Engine['store']['db']) => Promise<T>, progress: (done: T) => number): Promise<T[]> {
  const done: T[] = [];
  for (;;) {
    const counts = await retryOnWriteConflict(() => engine.store.db.transaction().execute((trx) => batch(trx)), { logger: engine.logger, what });
    if (progress(counts) === 0) return done;
    done.push(counts);
  }
}

const sum = <T extends Record<string, number>>(rows: T[], key: keyof T): number => rows.reduce((total, row) => total + (row[key] ?? 0), 0);

export async function prune(engine: Engine, options: PruneOptions): Promise<PruneReport> {
  const { db, dialect } = engine.store;
  const now = engine.now().getTime();
  const cutoff = new Date(now - options.olderThanDays * DAY_MS).toISOString();
  const eventsBefore = new Date(Math.max(now - options.olderThanDays * DAY_MS, now - EVENTS_KEPT_MS)).toISOString();
  const limit = options.batchSize ?? BATCH;
  const keep = (await unsentBriefPayloads(db)).map(keptPeriod).filter((period): period is KeptPeriod => period !== null && period.from < cutoff);
  const articleCutoff: ArticleCutoff = { before: cutoff, keep };

  const found = await countPrunableArticles(db, articleCutoff);
  const report: PruneReport = {
    cutoff,
    dryRun: options.dryRun,
    articles: found.articles,
    mentions: found.mentions,
    alerts: found.alerts,
    keptArticles: found.kept,
    outbox: await countFinishedOutbox(db, cutoff),
    platformEvents: await countPlatformEvents(db, eventsBefore),
    compiledSummaries: await countCompiledSummaries(db, cutoff.slice(0, 10)),
  };
  if (options.dryRun) return report;

  const articles = await inBatches(engine, 'pruning articles', (trx) => pruneArticleBatch(trx, dialect, articleCutoff, limit), (counts) => counts.articles);
  const outbox = await inBatches(engine, 'pruning the outbox', async (trx) => ({ rows: await pruneOutboxBatch(trx, cutoff, limit) }), (counts) => counts.rows);
  const events = await inBatches(engine, 'pruning platform events', async (trx) => ({ rows: await prunePlatformEventsBatch(trx, eventsBefore, limit) }), (counts) => counts.rows);
  const summaries = await inBatches(engine, 'pruning compiled briefs', async (trx) => ({ rows: await pruneCompiledSummariesBatch(trx, cutoff.slice(0, 10), limit) }), (counts) => counts.rows);
  return {
    ...report,
    articles: sum(articles, 'articles'),
    mentions: sum(articles, 'mentions'),
    alerts: sum(articles, 'alerts'),
    outbox: sum(outbox, 'rows'),
    platformEvents: sum(events, 'rows'),
    compiledSummaries: sum(summaries, 'rows'),
  };
}

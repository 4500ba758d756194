/**
 * Sends what the outbox holds. Workers claim one due row at a time (a lease, so a server that dies
 * mid-send releases it when the lease lapses), compile a brief when its turn comes (digests are
 * shared; the conversation's hidden stories and muted outlets left out after), and hand it to the
 * platform's deliverer, which reports each acknowledged message: the row records its ids as they
 * come, so a later attempt skips what was already posted. Failures wait (exponential backoff with
 * jitter, never sooner than Retry-After) and are set aside as failed after the last attempt; a
 * conversation that is gone (app removed, channel archived) pauses its target with the reason.
 * When the database goes away mid-send, what must not be lost — the ids of messages the platform
 * already accepted, and a row put back to be sent when the database answers — is written again with
 * backoff until it answers (within a lease's length); past that, the row is left to its lease.
 */
import type { BriefLang } from '../../digests/brief/brief-model.js';
import type { DigesterOptions } from '../../digests/compile/digester.js';
import type { DeliveryTargetRow, OutboxRow } from '../../db/schema.js';
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import type { Engine } from '../engine.js';
import { errorMessage } from '../errors.js';
import { markAlerts } from '../storage/alert.repository.js';
import { claimDue, markFailed, markRetry, markSent, type OutboxKind, recordProgress, resumePaused } from '../storage/outbox.repository.js';
import { retryWhileDatabaseAway } from '../storage/database-away.js';
import { findTarget, subscriptionsOf } from '../storage/subscription.repository.js';
import { storyFilterOf } from '../subscriptions/conversation-filters.js';
import { alertPayloadSchema } from './alert-schedule.js';
import { type BriefCompiler, inProcessBriefCompiler } from './brief-compiler.js';
import { briefPayloadSchema } from './brief-schedule.js';
import { type BriefDeliverer, type DeliveryProgress, deliveryTargetOf, RetryLater, TargetGone } from './deliverer.js';
import { retryDelayMs } from './retry-delay.js';

export interface DrainOptions {
  /** This server, as named in the leases it holds. */
  owner: string;
  leaseMs: number;
  /** Conversations sent to at once. */
  concurrency: number;
  maxAttempts: number;
  /** First retry delay; doubles per attempt. */
  retryBaseMs: number;
  digester?: DigesterOptions;
  /** Where briefs are compiled (the server's worker thread); in-process with `digester` when absent. */
  compiler?: BriefCompiler;
  /** Only these kinds of row, or these rows. */
  kinds?: readonly OutboxKind[];
  ids?: readonly number[];
  /** Jitter's source; a seam for tests. */
  random?: () => number;
  /** Aborted when the server stops: no new row is claimed, the ones in hand are finished. */
  signal?: AbortSignal;
}

export interface DrainReport {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Set aside: the last attempt failed, or the conversation is gone. */
  failed: Array<{ id: number; target: string; error: string }>;
  /** Nothing left to send when its turn came (no topics followed any more). */
  cancelled: number;
  /** Held until their conversation is reachable again (app removed, channel archived). */
  paused: number;
}

/** A delivery held while its conversation was gone is sent when it is back within this long (the next brief replaces it after). */
const PAUSED_KEPT_MS = 7 * 24 * 3_600_000;

/** This server lost its claim (its lease lapsed and another server took the row): stop, quietly. */
class ClaimLost extends Error {}

function label(row: Pick<OutboxRow, 'platform' | 'workspace_id' | 'conversation_id'>): string {
  return `${row.platform}:${row.workspace_id}/${row.conversation_id}`;
}

export async function drainOutbox(engine: Engine, deliverers: readonly BriefDeliverer[], options: DrainOptions): Promise<DrainReport> {
  const { db } = engine.store;
  const postgres = engine.store.dialect === 'postgres';
  const briefs = (options.compiler ?? inProcessBriefCompiler(engine, options.digester ?? {})).session(engine);
  const report: DrainReport = { sent: 0, retrying: 0, failed: [], cancelled: 0, paused: 0 };
  const platforms = deliverers.map((d) => d.platform);
  const leaseUntil = () => new Date(engine.now().getTime() + options.leaseMs).toISOString();
  /** A write that must land even if the database is away for a while (a lease's length at most). */
  const persist = <T>(write: () => Promise<T>) => retryWhileDatabaseAway(write, { withinMs: options.leaseMs, signal: options.signal });

  async function worker(): Promise<void> {
    while (!options.signal?.aborted) {
      // Database calls on SQLite resolve without real I/O: yield so chat requests are answered during a fan-out.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const now = engine.now().toISOString();
      const [row] = await claimDue(db, { owner: options.owner, now, leaseUntil: leaseUntil(), limit: 1, platforms, kinds: options.kinds, ids: options.ids }, postgres);
      if (!row) return;
      await sendRow(row).catch((error: unknown) => {
        // The database went away at any step of it (reading its target, compiling, recording): try it again.
        if (!isDatabaseUnavailable(error)) throw error;
        return putBack(row, error);
      });
    }
  }

  async function sendRow(row: OutboxRow): Promise<void> {
    const key = { platform: row.platform, workspaceId: row.workspace_id, conversationId: row.conversation_id };
    const setAside = async (error: string, status: 'failed' | 'paused' | 'cancelled') => {
      await markFailed(db, row.id, options.owner, error, engine.now().toISOString(), status);
      if (status === 'failed') report.failed.push({ id: row.id, target: label(row), error });
      else report[status] += 1;
    };
    // A row claimed once more than allowed was in flight when its server died, every time: give up.
    if (row.attempts > options.maxAttempts) return setAside(`gave up: the server stopped while sending it ${options.maxAttempts} times`, 'failed');
    const target = await findTarget(db, key);
    if (!target) return setAside('the conversation no longer has a delivery target', 'cancelled');
    if (target.paused_reason !== null) return setAside(target.paused_reason, 'paused');
    const deliverer = deliverers.find((d) => d.platform === row.platform);
    if (!deliverer) return;

    const acknowledged: string[] = JSON.parse(row.message_ids) as string[];
    let lost = false;
    const record = async () => {
      if (lost || !(await persist(() => recordProgress(db, row.id, options.owner, acknowledged, leaseUntil())))) throw new ClaimLost();
    };
    // The lease is renewed while the row is in hand, not only at each acknowledged message: a slow post
    // or compile (a loaded machine, a platform taking its time) must not let the lease lapse while this
    // server is alive, or another server would take the row over and post the brief a second time.
    const heartbeat = setInterval(() => {
      recordProgress(db, row.id, options.owner, acknowledged, leaseUntil()).then(
        (ours) => {
          if (!ours) lost = true;
        },
        // The database is away: the writes that matter retry on their own (persist); the next beat tries again.
        (error: unknown) => engine.logger.debug({ delivery: row.id, err: errorMessage(error) }, 'lease renewal failed'),
      );
    }, Math.max(500, Math.floor(options.leaseMs / 3)));
    heartbeat.unref();
    const progress: DeliveryProgress & { stillOurs(): Promise<void> } = {
      sent: [...acknowledged],
      acknowledged: async (id) => {
        acknowledged.push(id);
        await record();
      },
      stillOurs: record,
    };
    try {
      const ids = row.kind === 'brief' ? await sendBrief(row, target, deliverer, progress) : await sendAlerts(row, target, deliverer, progress);
      if (ids === null) return setAside('nothing to send: no topics are followed here any more', 'cancelled');
      if (!(await persist(() => markSent(db, row.id, options.owner, ids, engine.now().toISOString())))) throw new ClaimLost();
      report.sent += 1;
      engine.metrics?.deliveryAttempt(row.platform, 'sent');
    } catch (error) {
      await failed(row, target, error);
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function sendBrief(row: OutboxRow, target: DeliveryTargetRow, deliverer: BriefDeliverer, progress: DeliveryProgress & { stillOurs(): Promise<void> }): Promise<string[] | null> {
    const { topics: chosen, lang: chosenLang, ...period } = briefPayloadSchema.parse(JSON.parse(row.payload));
    const key = { platform: row.platform, workspaceId: row.workspace_id, conversationId: row.conversation_id };
    // The topics the row names, else the follows as they are now: a topic unfollowed since the brief was queued is left out.
    const topics = chosen ?? (await subscriptionsOf(db, key)).map((s) => s.entity_id);
    if (chosen === undefined && topics.length === 0) return null;
    const lang: BriefLang = chosenLang ?? (target.language === 'ar' ? 'ar' : 'en');
    const brief = await briefs.brief({ period, topics, lang, filter: await storyFilterOf(engine, key) });
    // Compiling can take a while (a week's first brief): make sure the claim is still ours before posting.
    await progress.stillOurs();
    return deliverer.deliver(deliveryTargetOf(target), brief, progress);
  }

  async function sendAlerts(row: OutboxRow, target: DeliveryTargetRow, deliverer: BriefDeliverer, progress: DeliveryProgress): Promise<string[]> {
    const payload = alertPayloadSchema.parse(JSON.parse(row.payload));
    if (!deliverer.deliverAlerts) throw new TargetGone(`${row.platform} cannot send alerts`);
    const ids = await deliverer.deliverAlerts(deliveryTargetOf(target), payload.items, progress);
    await markAlerts(db, payload.alertIds, 'sent', engine.now().toISOString());
    return ids;
  }

  async function failed(row: OutboxRow, target: DeliveryTargetRow, error: unknown): Promise<void> {
    if (error instanceof ClaimLost) {
      engine.logger.warn({ delivery: row.id, target: label(row) }, 'delivery claim lost to another server (its lease lapsed); left to it');
      return;
    }
    // The worker puts the row back (putBack) once the database answers.
    if (isDatabaseUnavailable(error)) throw error;
    const message = errorMessage(error);
    const now = engine.now();
    if (error instanceof TargetGone) {
      // Held, not failed: it goes out if the conversation is back within the week (resumePaused).
      await markFailed(db, row.id, options.owner, message, now.toISOString(), 'paused');
      await db.updateTable('delivery_targets').set({ paused_reason: message, updated_at: now.toISOString() }).where('id', '=', target.id).execute();
      report.failed.push({ id: row.id, target: label(row), error: message });
      engine.metrics?.deliveryAttempt(row.platform, 'paused');
    } else if (row.attempts >= options.maxAttempts || !isRetryable(error)) {
      const reason = row.attempts >= options.maxAttempts ? `${message} (gave up after ${row.attempts} attempt${row.attempts === 1 ? '' : 's'})` : message;
      await markFailed(db, row.id, options.owner, reason, now.toISOString(), 'failed');
      report.failed.push({ id: row.id, target: label(row), error: reason });
      engine.metrics?.deliveryAttempt(row.platform, 'failed');
    } else {
      const wait = retryDelayMs(row.attempts, options.retryBaseMs, error instanceof RetryLater ? error.retryAfterMs : 0, options.random);
      await markRetry(db, row.id, options.owner, message, new Date(now.getTime() + wait).toISOString(), now.toISOString());
      report.retrying += 1;
      engine.metrics?.deliveryAttempt(row.platform, 'retry');
    }
    engine.logger.warn({ delivery: row.id, kind: row.kind, target: label(row), attempt: row.attempts, err: message }, 'delivery failed');
  }

  /** The database went away mid-send: not the conversation's fault, so back to pending, due at once, sent when the database answers. */
  async function putBack(row: OutboxRow, error: unknown): Promise<void> {
    const now = engine.now().toISOString();
    await persist(() => markRetry(db, row.id, options.owner, errorMessage(error), now, now));
    report.retrying += 1;
    engine.metrics?.deliveryAttempt(row.platform, 'interrupted');
    engine.logger.debug({ delivery: row.id, target: label(row), err: errorMessage(error) }, 'delivery interrupted: the database is away; put back');
  }

  const now = engine.now();
  await resumePaused(db, now.toISOString(), new Date(now.getTime() - PAUSED_KEPT_MS).toISOString());
  // Settled, not Promise.all: a worker that failed (the database went away) must not leave the others
  // running unwatched while the next drain starts beside them.
  const workers = await Promise.allSettled(Array.from({ length: Math.max(1, options.concurrency) }, () => worker()));
  briefs.end();
  const stopped = workers.find((w) => w.status === 'rejected');
  if (stopped) throw stopped.reason;
  return report;
}

/** A payload that no longer parses will not parse next time either. */
function isRetryable(error: unknown): boolean {
  return !(error instanceof SyntaxError) && !(error instanceof Error && error.name === 'ZodError');
}

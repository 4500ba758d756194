/**
 * Runs the enrich stage on all cores of one process. Enrichment (language, dates, entities, summary,
 * search terms) is pure CPU work of about 2 ms an article, while the main thread reads inputs and
 * writes SQLite; worker threads let the two overlap. Small ingests never pay the workers' start-up:
 * the first articles are enriched in-process and the pool starts only once a run proves large.
 */
import { availableParallelism } from 'node:os';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { createEntityMatcher, type EntityMatcher } from '../entities/matcher.js';
import type { EntityRecord } from '../entities/types.js';
import { type EnrichedArticle, prepareArticle } from './enrich.js';
import type { EnrichResult, WorkerReply, WorkerRequest } from './enrich-protocol.js';
import { startWorker } from './worker-thread.js';
import type { ArticleDraft } from './types.js';

export interface Enricher {
  enrich(draft: ArticleDraft): Promise<EnrichedArticle>;
  close(): Promise<void>;
}

export interface EnricherOptions {
  records: EntityRecord[];
  blockers: string[];
  /** Worker threads to use once the run is large; 0 keeps everything in-process. */
  workers?: number;
  /** Articles enriched in-process before the pool starts. */
  warmup?: number;
}

const DEFAULT_WARMUP = 200;
const WORKER_ENTRY = new URL('./enrich-worker.js', import.meta.url);

/**
 * Workers when none are asked for: one per core the main thread leaves free (it reads, stores and
 * joins stories, the larger share of the work), at least one, at most MAX_WORKERS. Each worker is a
 * V8 isolate of its own with its own entity matcher and memos: on 2 cores, ingesting 5,000 scale-corpus
 * articles peaked at 566 MiB RSS with two workers and 433 MiB with one (heap limits below included),
 * for the same CPU time (38 and 39 s).
 */
const MAX_WORKERS = 4;

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/**
 * Each enrichment worker's old generation. Without a limit a worker's heap grows towards the process's
 * (a quarter of the machine's memory) before collecting in earnest. Its live data is the matcher
 * (~25 MiB), the text memos (each bounded by its stated size: src/text/tokens.ts, src/entities/) and
 * the batch in hand; the limit leaves room for all of them at their fullest. A worker past it stops
 * with ERR_WORKER_OUT_OF_MEMORY and the run reports it for the articles in hand (failAll). The young
 * generation is worker-thread.ts's default for every worker.
 */
export const WORKER_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 192 };

export function createEnricher(options: EnricherOptions): Enricher {
  const workerCount = options.workers ?? defaultWorkerCount();
  const warmup = options.warmup ?? DEFAULT_WARMUP;
  // Held only until the pool starts: from then on the workers' matchers do the work, and the main
  // thread's (~25 MiB) and the records it was built from are let go.
  let inputs: Pick<EnricherOptions, 'records' | 'blockers'> | undefined = { records: options.records, blockers: options.blockers };
  let matcher: EntityMatcher | undefined = createEntityMatcher(options.records, options.blockers);
  let seen = 0;
  let pool: WorkerPool | undefined;

  return {
    async enrich(draft) {
      seen += 1;
      if (matcher && (workerCount === 0 || seen <= warmup)) return prepareArticle(draft, matcher);
      if (!pool) {
        if (!inputs) throw new Error('the enrichment pool was asked to start twice');
        pool = new WorkerPool(workerCount, inputs.records, inputs.blockers);
        inputs = undefined;
        matcher = undefined;
      }
      return pool.run(draft);
    },
    async close() {
      await pool?.close();
    },
  };
}

/**
 * Drafts sent to a worker in one message. Small enough that every worker gets work while the pipeline
 * keeps MAX_IN_FLIGHT articles going, large enough that the per-message cost is shared.
 */
const BATCH = 16;

class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (a: EnrichedArticle) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private nextWorker = 0;
  private failure: Error | undefined;
  /** Drafts waiting for their batch to fill, sent when it does or when the event loop next turns. */
  private batch: Array<{ id: number; draft: ArticleDraft }> = [];
  private flushScheduled = false;

  constructor(count: number, records: EntityRecord[], blockers: string[]) {
    for (let i = 0; i < count; i++) {
      const worker = startWorker(WORKER_ENTRY, { resourceLimits: WORKER_HEAP_LIMITS });
      worker.on('message', (reply: WorkerReply) => {
        for (const result of reply.results) this.settle(result);
      });
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.failAll(new Error(`an enrichment worker stopped with exit code ${code}`));
      });
      worker.postMessage({ type: 'init', records, blockers } satisfies WorkerRequest);
      this.workers.push(worker);
    }
  }

  run(draft: ArticleDraft): Promise<EnrichedArticle> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.batch.push({ id, draft });
      if (this.batch.length >= BATCH) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Sends the waiting drafts to the next worker in turn. */
  private flush(): void {
    this.flushScheduled = false;
    if (this.batch.length === 0) return;
    const drafts = this.batch;
    this.batch = [];
    const worker = this.workers[this.nextWorker++ % this.workers.length]!;
    worker.postMessage({ type: 'enrich', drafts } satisfies WorkerRequest);
  }

  private settle(result: EnrichResult): void {
    const waiter = this.pending.get(result.id);
    if (!waiter) return;
    this.pending.delete(result.id);
    if (result.ok) waiter.resolve(result.article);
    else waiter.reject(new Error(result.message));
  }

  private failAll(error: Error): void {
    this.failure = error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
    this.batch = [];
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

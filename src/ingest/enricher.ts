/**
 * Runs the enrich stage on all cores of one process. Enrichment (language, dates, entities, summary,
 * search terms) is pure CPU work of about 2 ms an article, while the main thread reads inputs and
 * writes SQLite; worker threads let the two overlap. Small ingests never pay the workers' start-up:
 * the first articles are enriched in-process and the pool starts only once a run proves large.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { createEntityMatcher } from '../entities/matcher.js';
import type { EntityRecord } from '../entities/types.js';
import { type EnrichedArticle, prepareArticle } from './enrich.js';
import type { WorkerReply, WorkerRequest } from './enrich-protocol.js';
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

export function defaultWorkerCount(): number {
  return Math.min(4, availableParallelism());
}

export function createEnricher(options: EnricherOptions): Enricher {
  const matcher = createEntityMatcher(options.records, options.blockers);
  const workerCount = options.workers ?? defaultWorkerCount();
  const warmup = options.warmup ?? DEFAULT_WARMUP;
  let seen = 0;
  let pool: WorkerPool | undefined;

  return {
    async enrich(draft) {
      seen += 1;
      if (workerCount === 0 || seen <= warmup) return prepareArticle(draft, matcher);
      pool ??= new WorkerPool(workerCount, options.records, options.blockers);
      return pool.run(draft);
    },
    async close() {
      await pool?.close();
    },
  };
}

class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (a: EnrichedArticle) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(count: number, records: EntityRecord[], blockers: string[]) {
    for (let i = 0; i < count; i++) {
      const worker = startWorker(WORKER_ENTRY);
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
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
    const worker = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'enrich', id, draft } satisfies WorkerRequest);
    });
  }

  private settle(reply: WorkerReply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.article);
    else waiter.reject(new Error(reply.message));
  }

  private failAll(error: Error): void {
    this.failure = error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

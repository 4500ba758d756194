/**
 * A worker thread with an engine of its own (its own connection to the server's database), for the
 * server's CPU-heavy jobs (issue 15: nothing slow on the event loop that answers Slack and Teams):
 * compiling briefs and topic cards and queuing due deliveries (src/delivery/brief-compiler.ts), and
 * ingesting polled feeds (src/feeds/feed-ingester.ts).
 * Started on first use and kept; any number of calls at once (the worker's database calls interleave).
 * A worker that crashes fails the calls in hand and the next call starts a fresh one. Idle, it does
 * not keep the process alive. The worker side is engine-worker-host.ts.
 */
import type { Worker } from 'node:worker_threads';
import type { DatabaseTarget } from '../db/connect.js';
import type { Config } from './config.js';
import { DatabaseUnavailable } from './errors.js';
import { startWorker } from './ingest/worker-thread.js';

/** Main thread → worker. `note`: a message that needs no answer. */
export type EngineWorkerMessage<Request, Note> =
  | { type: 'init'; config: Config; target: DatabaseTarget }
  /** `at`: the caller's engine.now() (ms), so a worker keeps the caller's clock (tests run on a fixed one). */
  | { type: 'call'; id: number; request: Request; at: number }
  | { type: 'note'; note: Note };

/** Worker → main thread. `databaseUnavailable`: the worker's database went away (a retry later, not a failure). */
export type EngineWorkerReply<Result> = { id: number; ok: true; result: Result } | { id: number; ok: false; message: string; databaseUnavailable: boolean };

interface Waiter<Result> {
  worker: Worker;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

export class EngineWorker<Request, Result, Note = never> {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Waiter<Result>>();
  private nextId = 0;

  /** `entry` is named as imports name it (`./x-worker.js`); `what` names it in errors ("the delivery worker"). */
  constructor(
    private readonly entry: URL,
    private readonly what: string,
    private readonly config: Config,
    private readonly target: DatabaseTarget,
  ) {}

  /** `now`: the caller's current time (its engine's clock), which the worker's engine follows for this call. */
  call(request: Request, now: Date): Promise<Result> {
    return new Promise((resolve, reject) => {
      const worker = this.started();
      const id = this.nextId++;
      this.pending.set(id, { worker, resolve, reject });
      worker.ref();
      worker.postMessage({ type: 'call', id, request, at: now.getTime() } satisfies EngineWorkerMessage<Request, Note>);
    });
  }

  /** Tells the running worker something (nothing if none runs: a fresh worker has nothing to forget). */
  note(note: Note): void {
    this.worker?.postMessage({ type: 'note', note } satisfies EngineWorkerMessage<Request, Note>);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) this.failAll(worker, new Error(`${this.what} was stopped (the server is shutting down)`));
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.entry);
    worker.on('message', (reply: EngineWorkerReply<Result>) => this.settle(reply));
    worker.on('error', (error: Error) => this.discard(worker, new Error(`${this.what} failed (${error.message})`, { cause: error })));
    worker.on('exit', (code) => this.discard(worker, new Error(`${this.what} stopped (exit code ${code})`)));
    worker.postMessage({ type: 'init', config: this.config, target: this.target } satisfies EngineWorkerMessage<Request, Note>);
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: EngineWorkerReply<Result>): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (![...this.pending.values()].some((w) => w.worker === waiter.worker)) waiter.worker.unref();
    if (reply.ok) waiter.resolve(reply.result);
    else waiter.reject(reply.databaseUnavailable ? new DatabaseUnavailable(reply.message) : new Error(reply.message));
  }

  private failAll(worker: Worker, error: Error): void {
    for (const [id, waiter] of this.pending) {
      if (waiter.worker !== worker) continue;
      this.pending.delete(id);
      waiter.reject(error);
    }
  }

  private discard(worker: Worker, error: Error): void {
    this.failAll(worker, error);
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}

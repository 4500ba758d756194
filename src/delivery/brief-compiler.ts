/**
 * Where the outbox senders get their briefs compiled. In the server a brief is compiled in a worker
 * thread (issue 15): clustering a week, compiling a topic's digest and assembling a brief are
 * synchronous stretches of tens to hundreds of milliseconds, and on the event loop they held up every
 * Slack and Teams acknowledgement behind them during a fan-out. One long-lived worker, started on first
 * use, compiles any number of briefs at once (its database calls interleave); a worker that crashes
 * fails the briefs in hand (retried by the outbox) and the next brief starts a fresh one.
 * CLI commands (`mawjaz briefs send`) and tests compile in-process: nobody waits on their event loop.
 */
import type { Worker } from 'node:worker_threads';
import type { Brief } from '../../digests/brief/brief-model.js';
import { type BriefRequest, createDigester, type DigesterOptions } from '../../digests/compile/digester.js';
import type { DatabaseTarget } from '../../db/connect.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { DatabaseUnavailable } from '../errors.js';
import { startWorker } from '../ingest/worker-thread.js';
import type { BriefCompileReply, BriefCompileRequest } from './brief-compile-protocol.js';

/** One drain of the outbox: its briefs share their digests, each compiled (or read) once. */
export interface BriefSession {
  brief(request: BriefRequest): Promise<Brief>;
  end(): void;
}

export interface BriefCompiler {
  session(): BriefSession;
  close(): Promise<void>;
}

/** Compiles on the caller's thread, one digester per session. */
export function inProcessBriefCompiler(engine: Engine, options: DigesterOptions = {}): BriefCompiler {
  return {
    session() {
      const digester = createDigester(engine, options);
      return { brief: (request) => digester.brief(request), end: () => undefined };
    },
    close: async () => undefined,
  };
}

const WORKER_ENTRY = new URL('./brief-compile-worker.js', import.meta.url);

interface Waiter {
  worker: Worker;
  resolve: (brief: Brief) => void;
  reject: (error: Error) => void;
}

/** Compiles in a worker thread with its own connection to `target` (the database the server opened). */
export class WorkerBriefCompiler implements BriefCompiler {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Waiter>();
  private nextId = 0;
  private nextSession = 0;

  constructor(
    private readonly config: Config,
    private readonly target: DatabaseTarget,
  ) {}

  session(): BriefSession {
    const session = this.nextSession++;
    return {
      brief: (request) => this.send(session, request),
      end: () => this.worker?.postMessage({ type: 'end', session } satisfies BriefCompileRequest),
    };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) this.failAll(worker, new Error('the brief compiler was stopped (the server is shutting down)'));
    await worker?.terminate();
  }

  private send(session: number, request: BriefRequest): Promise<Brief> {
    return new Promise((resolve, reject) => {
      const worker = this.started();
      const id = this.nextId++;
      this.pending.set(id, { worker, resolve, reject });
      worker.ref();
      worker.postMessage({ type: 'brief', id, session, request } satisfies BriefCompileRequest);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(WORKER_ENTRY);
    worker.on('message', (reply: BriefCompileReply) => this.settle(reply));
    worker.on('error', (error: Error) => this.discard(worker, new Error(`the brief compiler failed (${error.message})`, { cause: error })));
    worker.on('exit', (code) => this.discard(worker, new Error(`the brief compiler stopped (exit code ${code})`)));
    worker.postMessage({ type: 'init', config: this.config, target: this.target } satisfies BriefCompileRequest);
    // Idle, it must not keep a stopping server alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: BriefCompileReply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (![...this.pending.values()].some((w) => w.worker === waiter.worker)) waiter.worker.unref();
    if (reply.ok) waiter.resolve(reply.brief);
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

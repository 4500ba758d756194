/**
 * Reads fetched feeds (and news pages) off the event loop (issue 13, case 1). Decoding, XML parsing and
 * mapping items to drafts (htmlToText included) is CPU work that grows with the feed: on the server's
 * main thread a large feed stalled every Slack and Teams acknowledgement while it lasted. Every poll
 * (the scheduler, `sources poll`, the playground's "poll now") reads through one long-lived worker
 * thread, started on first use and reused, fed one body at a time; the body is transferred, not copied.
 *
 * A hostile or broken feed fails its own poll, never the process: a worker that runs out of memory
 * (capped by `resourceLimits`), crashes, or takes longer than the deadline is stopped and the read is
 * rejected with a ParseFailed naming what happened; the next read starts a fresh worker.
 * The worker keeps the process alive only while it reads, and closeFeedReader() stops it on shutdown.
 */
import type { Worker } from 'node:worker_threads';
import { ParseFailed } from '../errors.js';
import type { FeedRead, FeedSource } from '../ingest/readers/feed.js';
import { startWorker } from '../ingest/worker-thread.js';
import type { FeedReadReply, FeedReadRequest, FetchedKind } from './feed-read-protocol.js';

const WORKER_ENTRY = new URL('./feed-read-worker.js', import.meta.url);

/**
 * Heap for the worker. Parsing takes 15 to 20 times the feed's size (measured: a 15 MiB feed of 100k
 * items raised the process's memory by about 300 MB), so this covers feeds of 50 MiB and more — ten
 * times the default fetch cap — and stops a pathological document before it takes the machine's memory.
 */
const DEFAULT_MEMORY_LIMIT_MB = 1024;
/** A linear parse of the largest allowed feed takes seconds (bench/feed-bench.ts); a minute means something is wrong. */
const DEFAULT_DEADLINE_MS = 60_000;

export interface FeedReaderOptions {
  memoryLimitMb?: number;
  deadlineMs?: number;
}

interface InFlight {
  id: number;
  worker: Worker;
  resolve: (read: FeedRead) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class FeedReader {
  private worker: Worker | undefined;
  private inFlight: InFlight | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private readonly memoryLimitMb: number;
  private readonly deadlineMs: number;

  constructor(options: FeedReaderOptions = {}) {
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  }

  /**
   * The drafts of a fetched body (a feed's first `maxItems` items, or the page's article). The body is
   * handed over to the worker: do not use it afterwards. Throws ParseFailed when it cannot be read.
   */
  read(kind: FetchedKind, body: Buffer, source: FeedSource, maxItems: number | null): Promise<FeedRead> {
    const bytes = ownedBytes(body);
    // One read at a time, so each deadline times that read only, not the wait behind others.
    const run = this.queue.then(() => this.send({ id: this.nextId++, kind, bytes, source, maxItems }));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker; a read in flight is rejected. A later read starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) this.fail(worker, new ParseFailed('the feed reader was stopped (the server is shutting down)'));
    await worker?.terminate();
  }

  private send(request: FeedReadRequest): Promise<FeedRead> {
    return new Promise((resolve, reject) => {
      const worker = this.started();
      const timer = setTimeout(() => {
        const limit = this.deadlineMs >= 1000 ? `${Math.round(this.deadlineMs / 1000)} s` : `${this.deadlineMs} ms`;
        this.fail(worker, new ParseFailed(`reading it took longer than ${limit}, so it was stopped`));
        this.discard(worker);
      }, this.deadlineMs);
      this.inFlight = { id: request.id, worker, resolve, reject, timer };
      worker.ref();
      worker.postMessage(request, [request.bytes.buffer]);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(WORKER_ENTRY, { resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb } });
    worker.on('message', (reply: FeedReadReply) => this.settle(reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const why = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needed more than the feed reader's ${this.memoryLimitMb} MB of memory` : `the feed reader failed (${error.message})`;
      this.fail(worker, new ParseFailed(`could not read it: ${why}`, { cause: error }));
      this.discard(worker);
    });
    worker.on('exit', (code) => {
      this.fail(worker, new ParseFailed(`could not read it: the feed reader stopped (exit code ${code})`));
      this.discard(worker);
    });
    // Idle, it must not keep a finished CLI command (or a stopping server) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: FeedReadReply): void {
    const current = this.inFlight;
    if (!current || current.id !== reply.id) return;
    this.inFlight = undefined;
    clearTimeout(current.timer);
    this.worker?.unref();
    if (reply.ok) current.resolve({ outcomes: reply.outcomes, items: reply.items });
    else current.reject(reply.parseFailed ? new ParseFailed(reply.message) : new Error(reply.message));
  }

  /** Rejects the read in flight on `worker` (a late event from a worker already replaced concerns no one). */
  private fail(worker: Worker, error: Error): void {
    const current = this.inFlight;
    if (!current || current.worker !== worker) return;
    this.inFlight = undefined;
    clearTimeout(current.timer);
    current.reject(error);
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}

/**
 * The body as a Uint8Array owning its whole ArrayBuffer, so it can be transferred. A Buffer that shares
 * its memory (Node's pool holds small ones) is copied first: transferring the pool would empty others.
 */
function ownedBytes(body: Buffer): Uint8Array<ArrayBuffer> {
  const { buffer } = body;
  if (buffer instanceof ArrayBuffer && body.byteOffset === 0 && body.byteLength === buffer.byteLength) return new Uint8Array(buffer);
  return new Uint8Array(body);
}

let shared: FeedReader | undefined;

/** The process's feed reader, started on first use. */
export function feedReader(): FeedReader {
  shared ??= new FeedReader();
  return shared;
}

/** Stops the process's feed reader, if it was started (on shutdown: closeEngine). */
export async function closeFeedReader(): Promise<void> {
  const reader = shared;
  shared = undefined;
  await reader?.close();
}

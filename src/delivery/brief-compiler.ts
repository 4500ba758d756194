/**
 * Where the outbox senders get their briefs compiled. In the server a brief is compiled in a worker
 * thread (issue 15): clustering a week, compiling a topic's digest and assembling a brief are
 * synchronous stretches of tens to hundreds of milliseconds, and on the event loop they held up every
 * Slack and Teams acknowledgement behind them during a fan-out. One long-lived worker, started on first
 * use, compiles any number of briefs at once (engine-worker.ts); a worker that crashes fails the
 * briefs in hand (retried by the outbox) and the next brief starts a fresh one.
 * CLI commands (`mawjaz briefs send`) and tests compile in-process: nobody waits on their event loop.
 */
import type { Brief } from '../../digests/brief/brief-model.js';
import { type BriefRequest, createDigester, type DigesterOptions } from '../../digests/compile/digester.js';
import type { DatabaseTarget } from '../../db/connect.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { EngineWorker } from '../engine-worker.js';
import type { BriefCompileRequest, BriefSessionEnded } from './brief-compile-protocol.js';

/** One drain of the outbox: its briefs share their digests, each compiled (or read) once. */
export interface BriefSession {
  brief(request: BriefRequest): Promise<Brief>;
  end(): void;
}

export interface BriefCompiler {
  /** `engine`: the caller's (its clock dates the briefs). */
  session(engine: Engine): BriefSession;
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

/** Compiles in a worker thread with its own connection to `target` (the database the server opened). */
export class WorkerBriefCompiler implements BriefCompiler {
  private readonly worker: EngineWorker<BriefCompileRequest, Brief, BriefSessionEnded>;
  private nextSession = 0;

  constructor(config: Config, target: DatabaseTarget) {
    this.worker = new EngineWorker(new URL('./brief-compile-worker.js', import.meta.url), 'the brief compiler', config, target);
  }

  session(engine: Engine): BriefSession {
    const session = this.nextSession++;
    return { brief: (request) => this.worker.call({ session, request }, engine.now()), end: () => this.worker.note({ ended: session }) };
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}

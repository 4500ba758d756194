/**
 * Where the server's digest work runs: the outbox senders' briefs, the chat topic cards and briefs,
 * the playground's previews, the scheduler's pass over what is due, and `track`'s relinking. In the server all of it runs in
 * one worker thread, the delivery worker (issue 15): clustering a week, compiling a topic's digest,
 * assembling a brief and working out a thousand schedules are synchronous stretches of tens to hundreds
 * of milliseconds (with SQLite, every query is synchronous too), and on the event loop they held up
 * every Slack and Teams acknowledgement behind them. One long-lived worker, started on first use,
 * answers any number of calls at once (engine-worker.ts) and keeps one clustering of the week for
 * cards and briefs alike; a worker that crashes fails the calls in hand (a brief is retried by the
 * outbox) and the next call starts a fresh one.
 * CLI commands (`mawjaz briefs send`) and tests compile in-process: nobody waits on their event loop.
 */
import type { Brief } from '../../digests/brief/brief-model.js';
import { type BriefRequest, createDigester, type DigesterOptions } from '../../digests/compile/digester.js';
import type { DatabaseTarget } from '../../db/connect.js';
import { type TopicCard, topicCard, type TopicCardRequest } from '../commands/topic-card.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { relinkTopic } from '../entities/topic.service.js';
import type { EntityRecord } from '../entities/types.js';
import { EngineWorker } from '../engine-worker.js';
import type { BriefCompileRequest, BriefCompileResult, BriefSessionEnded } from './brief-compile-protocol.js';
import { type DueDeliveries, type DueRequest, queueDueDeliveries } from './due-deliveries.js';

/** One drain of the outbox: its briefs share their digests, each compiled (or read) once. */
export interface BriefSession {
  brief(request: BriefRequest): Promise<Brief>;
  end(): void;
}

/** `engine` is always the caller's: its clock dates the briefs and cards. */
export interface BriefCompiler {
  session(engine: Engine): BriefSession;
  /** A chat topic card (null: no such topic). */
  card(engine: Engine, request: TopicCardRequest): Promise<TopicCard | null>;
  /** The scheduler's due briefs and alerts, written to the outbox. */
  queueDue(engine: Engine, request: DueRequest): Promise<DueDeliveries>;
  /** Links the stored articles that name `topic` (just tracked, or given aliases); how many. */
  relinkTopic(engine: Engine, topic: EntityRecord): Promise<number>;
  close(): Promise<void>;
}

/** Compiles on the caller's thread, one digester per session or card. */
export function inProcessBriefCompiler(engine: Engine, options: DigesterOptions = {}): BriefCompiler {
  return {
    session() {
      const digester = createDigester(engine, options);
      return { brief: (request) => digester.brief(request), end: () => undefined };
    },
    card: (caller, { topicId, lang, filter, coverage }) => topicCard(caller, createDigester(caller, options), topicId, lang, filter, coverage),
    queueDue: (caller, request) => queueDueDeliveries(caller, request),
    relinkTopic: (caller, topic) => relinkTopic(caller, topic),
    close: async () => undefined,
  };
}

/** What a call of `kind` answers. */
type ResultOf<K extends BriefCompileResult['kind']> = Extract<BriefCompileResult, { kind: K }>;

/** Compiles in a worker thread with its own connection to `target` (the database the server opened). */
export class WorkerBriefCompiler implements BriefCompiler {
  private readonly worker: EngineWorker<BriefCompileRequest, BriefCompileResult, BriefSessionEnded>;
  private nextSession = 0;

  /** `entry`: the worker's module, named as imports name it; tests give one that wraps delivery-work.ts. */
  constructor(config: Config, target: DatabaseTarget, entry = new URL('./brief-compile-worker.js', import.meta.url)) {
    this.worker = new EngineWorker(entry, 'the delivery worker', config, target);
  }

  session(engine: Engine): BriefSession {
    const session = this.nextSession++;
    return {
      brief: async (request) => (await this.call('brief', { kind: 'brief', session, request }, engine)).brief,
      end: () => this.worker.note({ ended: session }),
    };
  }

  async card(engine: Engine, request: TopicCardRequest): Promise<TopicCard | null> {
    return (await this.call('card', { kind: 'card', request }, engine)).card;
  }

  async queueDue(engine: Engine, request: DueRequest): Promise<DueDeliveries> {
    return (await this.call('due', { kind: 'due', request }, engine)).due;
  }

  async relinkTopic(engine: Engine, topic: EntityRecord): Promise<number> {
    return (await this.call('relink', { kind: 'relink', topic }, engine)).relinked;
  }

  close(): Promise<void> {
    return this.worker.close();
  }

  private async call<K extends BriefCompileResult['kind']>(kind: K, request: BriefCompileRequest & { kind: K }, engine: Engine): Promise<ResultOf<K>> {
    const result = await this.worker.call(request, engine.now());
    if (result.kind !== kind) throw new Error(`the delivery worker answered a ${kind} request with a ${result.kind}`);
    return result as ResultOf<K>;
  }
}

/**
 * The worker side of engine-worker.ts: opens one more connection to the database the server opened
 * (and migrated) and answers calls with `handle`, each on that engine; `onNote` takes the messages
 * that need no answer. Each call's engine keeps the caller's clock: it starts at the caller's now and
 * advances in real time.
 */
import { parentPort } from 'node:worker_threads';
import { isDatabaseUnavailable } from '../db/database-errors.js';
import { openDatabase } from '../db/connect.js';
import { type Engine, openOptions } from './engine.js';
import type { EngineWorkerMessage, EngineWorkerReply } from './engine-worker.js';
import { errorMessage } from './errors.js';
import { createLogger } from './logger.js';

export function hostEngineWorker<Request, Result, Note = never>(handle: (engine: Engine, request: Request) => Promise<Result>, onNote: (note: Note) => void = () => undefined): void {
  if (!parentPort) throw new Error('an engine worker must run in a worker thread');
  const port = parentPort;
  let engine: Engine | undefined;
  const answer = async (id: number, request: Request, at: number): Promise<EngineWorkerReply<Result>> => {
    try {
      if (!engine) throw new Error('engine worker called before init');
      const received = Date.now();
      return { id, ok: true, result: await handle({ ...engine, now: () => new Date(at + Date.now() - received) }, request) };
    } catch (error) {
      return { id, ok: false, message: errorMessage(error), databaseUnavailable: isDatabaseUnavailable(error) };
    }
  };
  port.on('message', (message: EngineWorkerMessage<Request, Note>) => {
    if (message.type === 'init') {
      const logger = createLogger(message.config);
      engine = { config: message.config, store: openDatabase(message.target, openOptions(message.config, logger)), logger, now: () => new Date() };
    } else if (message.type === 'note') onNote(message.note);
    else void answer(message.id, message.request, message.at).then((reply) => port.postMessage(reply));
  });
}

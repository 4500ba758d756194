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
  let init: Extract<EngineWorkerMessage<Request, Note>, { type: 'init' }> | undefined;
  let engine: Engine | undefined;
  /**
   * The worker's engine, opened on first use and checked before each call (SQLite: still the file the
   * server opened); when the database is away it is dropped and opened again by a later call, so a
   * connection made while the file was moved away never outlives the outage.
   */
  const usableEngine = async (): Promise<Engine> => {
    if (!init) throw new Error('engine worker called before init');
    try {
      if (engine) {
        await engine.store.probe();
        return engine;
      }
      const logger = createLogger(init.config);
      engine = { config: init.config, store: openDatabase(init.target, { ...openOptions(init.config, logger), mustExist: true }), logger, now: () => new Date() };
      return engine;
    } catch (error) {
      if (isDatabaseUnavailable(error) && engine) {
        const gone = engine;
        engine = undefined;
        await gone.store.close().catch(() => undefined);
      }
      throw error;
    }
  };
  const answer = async (id: number, request: Request, at: number): Promise<EngineWorkerReply<Result>> => {
    try {
      const opened = await usableEngine();
      const received = Date.now();
      return { id, ok: true, result: await handle({ ...opened, now: () => new Date(at + Date.now() - received) }, request) };
    } catch (error) {
      return { id, ok: false, message: errorMessage(error), databaseUnavailable: isDatabaseUnavailable(error) };
    }
  };
  port.on('message', (message: EngineWorkerMessage<Request, Note>) => {
    if (message.type === 'init') init = message;
    else if (message.type === 'note') onNote(message.note);
    else void answer(message.id, message.request, message.at).then((reply) => port.postMessage(reply));
  });
}

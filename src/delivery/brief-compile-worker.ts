/**
 * Worker-thread side of the brief compiler (brief-compiler.ts): opens its own connection to the
 * server's database and compiles briefs with the digest engine, so that clustering a week, compiling
 * digests and assembling a brief never run on the server's event loop. A long-lived clustering of the
 * week (the period cache) and one summariser stay here between drains, as they did in the server.
 */
import { parentPort } from 'node:worker_threads';
import { createDigester, createPeriodCache, type Digester, type DigesterOptions } from '../../digests/compile/digester.js';
import { createLlmSummariser, llmSettingsFrom } from '../../digests/summarise/llm-summariser.js';
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import { openDatabase } from '../../db/connect.js';
import { type Engine, openOptions } from '../engine.js';
import { errorMessage } from '../errors.js';
import { createLogger } from '../logger.js';
import type { BriefCompileReply, BriefCompileRequest } from './brief-compile-protocol.js';

if (!parentPort) throw new Error('brief-compile-worker must run in a worker thread');
const port = parentPort;
let engine: Engine | undefined;
let options: DigesterOptions = {};
const sessions = new Map<number, Digester>();

port.on('message', (message: BriefCompileRequest) => {
  if (message.type === 'init') {
    const logger = createLogger(message.config);
    // The server opened (and migrated) the database already: this is one more connection to it.
    engine = { config: message.config, store: openDatabase(message.target, openOptions(message.config, logger)), logger, now: () => new Date() };
    const llm = llmSettingsFrom(message.config);
    options = { llm: llm ? createLlmSummariser(llm) : null, periodCache: createPeriodCache() };
    return;
  }
  if (message.type === 'end') {
    sessions.delete(message.session);
    return;
  }
  void compile(message.id, message.session, message).then((reply) => port.postMessage(reply));
});

async function compile(id: number, session: number, message: Extract<BriefCompileRequest, { type: 'brief' }>): Promise<BriefCompileReply> {
  try {
    if (!engine) throw new Error('brief compile worker used before init');
    let digester = sessions.get(session);
    if (!digester) {
      digester = createDigester(engine, options);
      sessions.set(session, digester);
    }
    return { id, ok: true, brief: await digester.brief(message.request) };
  } catch (error) {
    return { id, ok: false, message: errorMessage(error), databaseUnavailable: isDatabaseUnavailable(error) };
  }
}

/**
 * Worker-thread side of the brief compiler (brief-compiler.ts): compiles briefs with the digest engine
 * on its own connection to the server's database (engine-worker-host.ts), so that clustering a week,
 * compiling digests and assembling a brief never run on the server's event loop. The clustering of the
 * week (the period cache) and one summariser stay here between drains, as they did in the server.
 */
import type { Brief } from '../../digests/brief/brief-model.js';
import { createDigester, createPeriodCache, type Digester, type DigesterOptions } from '../../digests/compile/digester.js';
import { createLlmSummariser, llmSettingsFrom } from '../../digests/summarise/llm-summariser.js';
import type { Engine } from '../engine.js';
import { hostEngineWorker } from '../engine-worker-host.js';
import type { BriefCompileRequest, BriefSessionEnded } from './brief-compile-protocol.js';

let options: DigesterOptions | undefined;
const sessions = new Map<number, Digester>();

function digesterFor(engine: Engine, session: number): Digester {
  if (!options) {
    const llm = llmSettingsFrom(engine.config);
    options = { llm: llm ? createLlmSummariser(llm) : null, periodCache: createPeriodCache() };
  }
  let digester = sessions.get(session);
  if (!digester) {
    digester = createDigester(engine, options);
    sessions.set(session, digester);
  }
  return digester;
}

hostEngineWorker<BriefCompileRequest, Brief, BriefSessionEnded>(
  (engine, { session, request }) => digesterFor(engine, session).brief(request),
  ({ ended }) => void sessions.delete(ended),
);

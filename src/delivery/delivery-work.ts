/**
 * What the delivery worker does with each call (brief-compile-worker.ts hosts it in a worker thread):
 * compiles briefs and chat topic cards with the digest engine, queues what is due, and links a topic
 * tracked from chat to the stored articles naming it (the entity matcher that takes is ~300 ms of CPU). The clustering
 * of the week (the period cache) and one summariser are kept between calls, shared by briefs and cards;
 * an outbox drain's briefs share one digester until its session ends.
 */
import { createDigester, createPeriodCache, type Digester, type DigesterOptions } from '../../digests/compile/digester.js';
import { createLlmSummariser, llmSettingsFrom } from '../../digests/summarise/llm-summariser.js';
import { topicCard } from '../commands/topic-card.js';
import { relinkTopic } from '../entities/topic.service.js';
import type { Engine } from '../engine.js';
import type { BriefCompileRequest, BriefCompileResult, BriefSessionEnded } from './brief-compile-protocol.js';
import { queueDueDeliveries } from './due-deliveries.js';

let options: DigesterOptions | undefined;
/** A drain's digester, and the connection it was made on (the worker reopens its connection after an outage). */
const sessions = new Map<number, { digester: Digester; store: Engine['store'] }>();

function digesterOptions(engine: Engine): DigesterOptions {
  if (!options) {
    const llm = llmSettingsFrom(engine.config);
    options = { llm: llm ? createLlmSummariser(llm) : null, periodCache: createPeriodCache() };
  }
  return options;
}

function digesterFor(engine: Engine, session: number): Digester {
  const kept = sessions.get(session);
  if (kept && kept.store === engine.store) return kept.digester;
  const digester = createDigester(engine, digesterOptions(engine));
  sessions.set(session, { digester, store: engine.store });
  return digester;
}

export async function deliveryWork(engine: Engine, call: BriefCompileRequest): Promise<BriefCompileResult> {
  switch (call.kind) {
    case 'brief':
      return { kind: 'brief', brief: await digesterFor(engine, call.session).brief(call.request) };
    case 'card': {
      const { topicId, lang, filter, coverage } = call.request;
      return { kind: 'card', card: await topicCard(engine, createDigester(engine, digesterOptions(engine)), topicId, lang, filter, coverage) };
    }
    case 'due':
      return { kind: 'due', due: await queueDueDeliveries(engine, call.request) };
    case 'relink':
      return { kind: 'relink', relinked: await relinkTopic(engine, call.topic) };
  }
}

export function endSession({ ended }: BriefSessionEnded): void {
  sessions.delete(ended);
}

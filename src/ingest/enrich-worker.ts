/**
 * Worker-thread side of the enrichment pool: builds the entity matcher once from the records the main
 * thread sends, then enriches drafts on request. Pure computation; no database access here.
 */
import { parentPort } from 'node:worker_threads';
import { createEntityMatcher } from '../entities/matcher.js';
import { errorMessage } from '../errors.js';
import { prepareArticle } from './enrich.js';
import type { WorkerReply, WorkerRequest } from './enrich-protocol.js';

if (!parentPort) throw new Error('enrich-worker must run in a worker thread');
const port = parentPort;
let matcher: ReturnType<typeof createEntityMatcher> | undefined;

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'init') {
    matcher = createEntityMatcher(message.records, message.blockers);
    return;
  }
  let reply: WorkerReply;
  try {
    if (!matcher) throw new Error('enrich worker used before init');
    reply = { id: message.id, ok: true, article: prepareArticle(message.draft, matcher) };
  } catch (error) {
    reply = { id: message.id, ok: false, message: errorMessage(error) };
  }
  port.postMessage(reply);
});

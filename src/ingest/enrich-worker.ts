/**
 * Worker-thread side of the enrichment pool: builds the entity matcher once from the records the main
 * thread sends, then enriches batches of drafts on request. Pure computation; no database access here.
 */
import { parentPort } from 'node:worker_threads';
import { createEntityMatcher } from '../entities/matcher.js';
import { errorMessage } from '../errors.js';
import { prepareArticle } from './enrich.js';
import type { EnrichResult, WorkerReply, WorkerRequest } from './enrich-protocol.js';

if (!parentPort) throw new Error('enrich-worker must run in a worker thread');
const port = parentPort;
let matcher: ReturnType<typeof createEntityMatcher> | undefined;

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'init') {
    matcher = createEntityMatcher(message.records, message.blockers);
    return;
  }
  const results = message.drafts.map(({ id, draft }): EnrichResult => {
    try {
      if (!matcher) throw new Error('enrich worker used before init');
      return { id, ok: true, article: prepareArticle(draft, matcher) };
    } catch (error) {
      return { id, ok: false, message: errorMessage(error) };
    }
  });
  port.postMessage({ results } satisfies WorkerReply);
});

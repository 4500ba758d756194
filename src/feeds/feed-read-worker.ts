/**
 * Worker-thread side of the feed reader: decodes, parses and maps one fetched feed (or news page) at a
 * time into drafts, so that this CPU work never runs on the server's event loop. Pure computation.
 */
import { parentPort } from 'node:worker_threads';
import { ParseFailed, errorMessage } from '../errors.js';
import { readFeed } from '../ingest/readers/feed.js';
import { readArticlePage } from '../ingest/readers/html.js';
import type { FeedReadReply, FeedReadRequest } from './feed-read-protocol.js';

if (!parentPort) throw new Error('feed-read-worker must run in a worker thread');
const port = parentPort;

port.on('message', (request: FeedReadRequest) => {
  let reply: FeedReadReply;
  try {
    const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    if (request.kind === 'feed') {
      const read = readFeed(bytes, request.source, request.maxItems === null ? {} : { maxItems: request.maxItems });
      reply = { id: request.id, ok: true, ...read };
    } else {
      const draft = readArticlePage(bytes, request.source);
      reply = { id: request.id, ok: true, outcomes: [{ ok: true, draft, input: request.source.input }], items: 1 };
    }
  } catch (error) {
    reply = { id: request.id, ok: false, message: errorMessage(error), parseFailed: error instanceof ParseFailed };
  }
  port.postMessage(reply);
});

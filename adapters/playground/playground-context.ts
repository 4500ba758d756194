/**
 * What the playground's routes share: the engine, the command service, where briefs compile and polled
 * articles are stored (in the server, its worker threads: issue 15), the playground's deliverer and its inbox.
 */
import type { CommandService } from '../../src/commands/command.service.js';
import type { BriefCompiler } from '../../src/delivery/brief-compiler.js';
import type { BriefDeliverer } from '../../src/delivery/deliverer.js';
import type { FeedIngester } from '../../src/feeds/feed-ingester.js';
import type { Inbox } from '../../src/delivery/inbox.js';
import type { Engine } from '../../src/engine.js';

export interface PlaygroundContext {
  engine: Engine;
  briefs: BriefCompiler;
  feeds: FeedIngester;
  deliverer: BriefDeliverer;
  /** Where the deliverer files what it delivers. */
  inbox: Inbox;
  /** The command service answering chat; rebuilt when topics or aliases change, so searches know them at once. */
  commands(): CommandService;
  topicsChanged(): void;
}

export interface ApiRequest {
  /** The path's captured parts, URL-decoded. */
  params: string[];
  query: URLSearchParams;
  /** The JSON body (POST), not yet checked. */
  body: unknown;
}

export interface Route {
  method: 'GET' | 'POST';
  /** Matched against the path after /playground/api. */
  path: RegExp;
  handle(context: PlaygroundContext, request: ApiRequest): Promise<unknown>;
}

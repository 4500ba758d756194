/**
 * The local playground, a third "platform" in the browser: its page (GET /), files
 * (/playground/assets/*) and JSON API (/playground/api/*) mounted on the server, and its deliverer, so
 * briefs and alerts for the playground user land in its inbox. See playground-api.ts for the calls.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandService } from '../../src/commands/command.service.js';
import type { BriefCompiler } from '../../src/delivery/brief-compiler.js';
import type { BriefDeliverer } from '../../src/delivery/deliverer.js';
import type { FeedIngester } from '../../src/feeds/feed-ingester.js';
import { createInbox } from '../../src/delivery/inbox.js';
import type { Engine } from '../../src/engine.js';
import type { Mount } from '../../src/http/mount.js';
import { API_PATH, handleApi } from './playground-api.js';
import { ASSETS_PATH, serveAsset, serveIndex } from './playground-assets.js';
import { createPlaygroundAuth, type PlaygroundAuth } from './playground-auth.js';
import type { PlaygroundContext } from './playground-context.js';
import { createPlaygroundDeliverer } from './playground-deliverer.js';
import { loadSamplesOnFirstRun } from './first-run.js';
import { HttpError, sendJson } from './playground-http.js';

export interface Playground {
  mounts: Mount[];
  deliverer: BriefDeliverer;
  /** Whether requests must carry MAWJAZ_PLAYGROUND_TOKEN (bound to a non-loopback address). */
  tokenRequired: boolean;
  /** On an empty database, loads the bundled samples; the line saying so, or null. */
  loadSamplesOnFirstRun(): Promise<string | null>;
}

export interface PlaygroundSettings {
  /** The address the server binds: a non-loopback one requires `token`. */
  host: string;
  token: string | undefined;
  /** Where previews and sends compile (the server's delivery worker), and where polled articles are stored. */
  briefs: BriefCompiler;
  feeds: FeedIngester;
  /** A new command service, as `serve` gives Slack and Teams (timed for /metrics when metrics are on). */
  newCommands: () => CommandService;
}

/** Answers GET and HEAD with a file; a refusal as {"error"}. */
function serving(auth: PlaygroundAuth, engine: Engine, work: (req: IncomingMessage, res: ServerResponse, head: boolean) => Promise<void>): Mount['handle'] {
  return (req, res) => {
    const run = async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET');
      await work(req, res, req.method === 'HEAD');
    };
    run().catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      engine.logger.error({ err: error }, 'playground: could not serve a file');
      sendJson(res, 500, { error: 'the playground could not serve this file (see the server log)' });
    });
  };
}

/** Throws InvalidInput, naming MAWJAZ_PLAYGROUND_TOKEN, when bound to a non-loopback address without it. */
export function createPlayground(engine: Engine, settings: PlaygroundSettings): Playground {
  const auth = createPlaygroundAuth(settings.host, settings.token);
  const inbox = createInbox(engine);
  const deliverer = createPlaygroundDeliverer(inbox);
  let commands: CommandService | null = null;
  const context: PlaygroundContext = {
    engine,
    briefs: settings.briefs,
    feeds: settings.feeds,
    deliverer,
    inbox,
    commands: () => (commands ??= settings.newCommands()),
    topicsChanged: () => {
      commands = null;
    },
  };
  const page = serving(auth, engine, async (req, res, head) => {
    if (auth.acceptTokenInUrl(req, res)) return;
    auth.check(req);
    await serveIndex(res, head);
  });
  const assets = serving(auth, engine, async (req, res, head) => {
    auth.check(req);
    await serveAsset(res, (req.url ?? '').split('?')[0] ?? '', head);
  });
  return {
    deliverer,
    tokenRequired: auth.tokenRequired,
    loadSamplesOnFirstRun: () => loadSamplesOnFirstRun(engine),
    mounts: [
      { method: 'ANY', path: '/', handle: page },
      { method: 'ANY', path: ASSETS_PATH, prefix: true, handle: assets },
      { method: 'ANY', path: `${API_PATH}/`, prefix: true, handle: (req, res) => void handleApi(context, auth, req, res) },
    ],
  };
}

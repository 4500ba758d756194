/**
 * What the core asks of the composition root (app/): the platforms `mawjaz serve` switches on, the
 * deliverers briefs and alerts are posted with, and the local playground. Only these neutral shapes
 * live here; which adapters start, and from which credentials, is decided in app/platforms.ts, so
 * nothing under src/ imports adapters/ (test/boundary.test.ts holds that).
 */
import type { CommandService } from '../commands/command.service.js';
import type { BriefCompiler } from '../delivery/brief-compiler.js';
import type { BriefDeliverer } from '../delivery/deliverer.js';
import type { FeedIngester } from '../feeds/feed-ingester.js';
import type { Engine } from '../engine.js';
import type { Mount } from '../http/mount.js';

/** A connection a platform keeps open from our side (Slack's Socket Mode) rather than requests it sends us. */
export interface Connection {
  /** Starts connecting in the background: failures are logged and retried, never thrown. */
  start(): void;
  stop(): Promise<void>;
}

export interface Platforms {
  mounts: Mount[];
  names: string[];
  /** Opens the platforms' outbound connections; `mawjaz serve` calls it once it listens. */
  start(): void;
  /** Closes them, on shutdown. */
  stop(): Promise<void>;
}

/** What the command line adds to the configuration (`serve --teams-emulator`). */
export interface PlatformFlags {
  teamsEmulator?: boolean;
}

/** The local playground in the browser: its mounts and the deliverer that fills its inbox. */
export interface LocalPlayground {
  mounts: Mount[];
  deliverer: BriefDeliverer;
  /** Whether requests must carry MAWJAZ_PLAYGROUND_TOKEN (bound to a non-loopback address). */
  tokenRequired: boolean;
  /** On an empty database, loads the bundled samples; the line saying so, or null. */
  loadSamplesOnFirstRun(): Promise<string | null>;
}

export interface PlaygroundRequest {
  /** `serve --playground`. */
  asked: boolean;
  /** The address the server binds: a non-loopback one requires MAWJAZ_PLAYGROUND_TOKEN. */
  host: string;
  /** The server's delivery worker: the playground's previews and sends compile there (issue 15). */
  briefs: BriefCompiler;
  /** The server's feed ingester: a poll from the playground stores its articles there. */
  feeds: FeedIngester;
  /** A new command service like the one Slack and Teams get; the playground makes another when its topics change. */
  newCommands: () => CommandService;
}

/** Injected into the commands that reach platforms (serve, briefs, alerts, deliveries) by app/main.ts. */
export interface PlatformWiring {
  /** The platforms with credentials, their mounts and connections; throws InvalidInput on a contradictory configuration. */
  platforms(engine: Engine, commands: CommandService, flags?: PlatformFlags): Promise<Platforms>;
  /** The platforms briefs and alerts can be posted to. */
  deliverers(engine: Engine, flags?: PlatformFlags): Promise<BriefDeliverer[]>;
  /** The playground when wanted (asked for, or outside production without any platform credentials), else null. */
  playground(engine: Engine, request: PlaygroundRequest): Promise<LocalPlayground | null>;
}

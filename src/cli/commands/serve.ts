/**
 * `mawjaz serve` — the bot's HTTP server: Slack and Teams endpoints (Teams' unauthenticated Emulator
 * mode only with --teams-emulator or MAWJAZ_TEAMS_EMULATOR), the local playground (without
 * credentials, or with --playground) and /healthz, Slack's Socket Mode
 * connection when configured, and the scheduler (briefs, alerts and feeds; src/server/scheduler.ts), until stopped.
 * Once it listens, it backfills the articles an upgrade left without a story or a relevance score, in
 * short slices (src/ingest/backfills.ts; with MAWJAZ_MIGRATE=auto only).
 * It waits for a database that is not up yet (MAWJAZ_DB_WAIT_SECONDS) and outlives one that goes away
 * (src/server/database-health.ts). GET /metrics when metrics are on (src/server/metrics-access.ts).
 * An uncaught error ends it (logged, non-zero); SIGTERM or SIGINT stops it in order within
 * MAWJAZ_SHUTDOWN_SECONDS (src/server/process-policy.ts).
 */
import type { Server } from 'node:http';
import type { Command } from 'commander';
import { createCommandService } from '../../commands/command.service.js';
import { measuredCommands } from '../../commands/measured-commands.js';
import { WorkerBriefCompiler } from '../../delivery/brief-compiler.js';
import { workerFeedIngester } from '../../feeds/feed-ingester.js';
import { databaseTarget, type Engine } from '../../engine.js';
import { InvalidInput } from '../../errors.js';
import { startServerBackfills } from '../../ingest/backfills.js';
import { articlesReadByOlderUnderstanding } from '../../ingest/reread.js';
import { createDatabaseHealth } from '../../server/database-health.js';
import { createHttpServer, type Mount } from '../../server/http-server.js';
import { metricsMount, metricsPlan } from '../../server/metrics-access.js';
import type { PlatformWiring } from '../../server/platforms.js';
import { closeServer, exitOnUncaughtErrors, stopSignal, stopWithin } from '../../server/process-policy.js';
import { startScheduler } from '../../server/scheduler.js';
import { withEngine } from '../run.js';

interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  playground?: boolean;
  teamsEmulator?: boolean;
}

/** Listens, and resolves with the address to show (http://host:port). */
async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return typeof address === 'object' && address !== null ? `http://${address.address}:${address.port}` : String(address);
}

/**
 * The engine with a metrics recorder when metrics are on (and the mount or listener that serves them),
 * else as it is, saying at start why /metrics is off.
 */
async function withMetrics(engine: Engine, host: string): Promise<{ engine: Engine; mounts: Mount[]; listener: { server: Server; host: string; port: number } | null }> {
  const plan = metricsPlan(engine.config, host);
  if (plan.where === 'off') {
    if (plan.warn) engine.logger.warn(plan.why);
    else engine.logger.info(plan.why);
    return { engine, mounts: [], listener: null };
  }
  // Loaded only when served: CLI commands never pay for prom-client.
  const { createPrometheusMetrics } = await import('../../metrics/prometheus.js');
  const prometheus = createPrometheusMetrics({ db: engine.store.db, logger: engine.logger });
  const measured: Engine = { ...engine, metrics: prometheus.metrics };
  const mount = metricsMount(prometheus.scrape, plan.token);
  if (plan.where === 'main') return { engine: measured, mounts: [mount], listener: null };
  return { engine: measured, mounts: [], listener: { server: createHttpServer(measured, [mount], [], createDatabaseHealth(measured)), host: plan.host, port: plan.port } };
}

/** Where to open the playground: a wildcard address is reached as localhost. */
function playgroundLine(address: string, port: number, tokenRequired: boolean): string {
  const host = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  const url = `http://${host}:${port}/`;
  return tokenRequired ? `playground: open ${url}?token=<MAWJAZ_PLAYGROUND_TOKEN> once (it requires the token on this address)` : `playground: open ${url}`;
}

/** `wiring` comes from the composition root (app/main.ts): serve starts the platforms it is handed, never adapters of its own. */
export function register(program: Command, wiring: PlatformWiring): void {
  program
    .command('serve')
    .description('run the bot server: GET /healthz, the local playground at / (--playground; on by default without Slack or Teams credentials), Slack at /slack/events (SLACK_SIGNING_SECRET; with OAuth also /slack/install) or over Socket Mode (SLACK_APP_TOKEN), Teams at /api/messages (MICROSOFT_APP_ID), and the scheduler (briefs, alerts, feed polling)')
    .option('--port <n>', 'port (default MAWJAZ_PORT or 3000; 0 picks a free one)')
    .option('--host <address>', 'address to bind (default MAWJAZ_HOST or 127.0.0.1)')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--playground', 'also serve the local playground at / (on by default when no Slack or Teams credentials are set, outside production)')
    .option('--teams-emulator', 'serve /api/messages WITHOUT authentication for the Bot Framework Emulator on this machine (as MAWJAZ_TEAMS_EMULATOR=1; refused in production)')
    .action((flags: ServeFlags) =>
      withEngine(flags, async (openedEngine) => {
        exitOnUncaughtErrors(openedEngine.logger);
        // Listened for from the start: a SIGTERM while starting up stops the server once it is up, in order.
        const stopRequested = stopSignal();
        const port = flags.port !== undefined ? Number(flags.port) : openedEngine.config.MAWJAZ_PORT;
        if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidInput(`--port must be a port number, not "${flags.port}"`);
        const host = flags.host ?? openedEngine.config.MAWJAZ_HOST;
        const { engine, mounts: metricsMounts, listener: metricsListener } = await withMetrics(openedEngine, host);
        const unread = await articlesReadByOlderUnderstanding(engine);
        if (unread > 0) engine.logger.warn({ articles: unread }, `${unread} stored articles were read by an earlier version of Mawjaz or its gazetteer; run \`mawjaz reread\` to read them with this one (about a millisecond an article)`);
        // Briefs, topic cards and the scheduler's due pass run in one worker thread (one summariser, one
        // clustering of the week for all of them), polled feeds are stored in another: off the loop that
        // answers Slack and Teams (issue 15). Started on first use.
        const target = databaseTarget(engine.config, flags.db);
        const briefs = new WorkerBriefCompiler(engine.config, target);
        const feeds = workerFeedIngester(engine.config, target);
        // Every platform's commands, the playground's included, are timed for /metrics.
        const newCommands = () => (engine.metrics ? measuredCommands(createCommandService(engine, {}, briefs), engine.metrics) : createCommandService(engine, {}, briefs));
        const commands = newCommands();
        // First, so a playground that may not start (no token on a public address) stops before anything else.
        const playground = await wiring.playground(engine, { asked: flags.playground === true, host, briefs, feeds, newCommands });
        const platformFlags = { teamsEmulator: flags.teamsEmulator === true };
        const platforms = await wiring.platforms(engine, commands, platformFlags);
        if (platforms.names.length === 0) {
          engine.logger.warn(
            `no platform configured (for Slack set SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN, or with the OAuth variables SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, MAWJAZ_ENCRYPTION_KEY; or SLACK_APP_TOKEN with SLACK_BOT_TOKEN for Socket Mode; for Teams MICROSOFT_APP_ID with MICROSOFT_APP_PASSWORD); serving ${playground ? 'the playground and ' : ''}/healthz only`,
          );
        }
        if (playground) {
          const loaded = await playground.loadSamplesOnFirstRun();
          if (loaded) process.stdout.write(`${loaded}\n`);
        }
        const names = [...platforms.names, ...(playground ? ['playground'] : [])];
        const database = createDatabaseHealth(engine);
        const server = createHttpServer(engine, [...metricsMounts, ...platforms.mounts, ...(playground?.mounts ?? [])], names, database);
        const deliverers = [...(await wiring.deliverers(engine, platformFlags)), ...(playground ? [playground.deliverer] : [])];
        const scheduler = startScheduler(engine, deliverers, { briefs, feeds }, database);
        const shown = await listen(server, port, host);
        const address = server.address();
        // One line on stdout: scripts and tests read the bound address from it (and the metrics listener's from the next).
        const playgroundAt = playground && typeof address === 'object' && address !== null ? `${playgroundLine(address.address, address.port, playground.tokenRequired)}\n` : '';
        const metricsLine = metricsListener ? `metrics on ${await listen(metricsListener.server, metricsListener.port, metricsListener.host)}/metrics\n` : '';
        process.stdout.write(`mawjaz serving on ${shown} (${names.join(', ') || 'no platforms'})\n${playgroundAt}${metricsLine}`);
        platforms.start();
        const backfills = await startServerBackfills(engine, feeds.relevanceScorer());
        const signal = await stopRequested;
        engine.logger.info(`${signal}: stopping (taking no new requests; finishing those in flight and the scheduler's current work, within ${engine.config.MAWJAZ_SHUTDOWN_SECONDS} s)`);
        await stopWithin(engine.logger, engine.config.MAWJAZ_SHUTDOWN_SECONDS, async () => {
          await Promise.all([closeServer(server), ...(metricsListener ? [closeServer(metricsListener.server)] : []), scheduler.stop(), backfills?.stop()]);
          await Promise.all([platforms.stop(), briefs.close(), feeds.close()]);
        });
      }, { waitForDatabase: true, createDatabase: true }),
    );
}

/**
 * How `mawjaz serve` lives and dies. A bug that escapes every handler (an uncaught exception, an
 * unhandled rejection) leaves the process in a state nobody reasoned about: it is logged with its
 * stack and the process exits non-zero, for the supervisor (systemd, Docker, Kubernetes) to restart
 * it. What may fail in normal operation — one bad request, one feed, a dropped database connection —
 * is caught where it happens (http-server.ts, scheduler.ts, database-health.ts) and never gets here.
 * SIGTERM and SIGINT stop it in order: see `stopWithin`.
 */
import type { Server } from 'node:http';
import type { Logger } from '../logger.js';

/** Exit code after an uncaught error, or a shutdown that overran MAWJAZ_SHUTDOWN_SECONDS. */
export const EXIT_CRASHED = 1;

export function exitOnUncaughtErrors(logger: Logger): void {
  const fatal = (what: string) => (error: unknown) => {
    logger.fatal({ err: error }, `${what}: exiting (a supervisor should restart the server)`);
    logger.flush();
    process.exit(EXIT_CRASHED);
  };
  process.on('uncaughtException', fatal('uncaught exception'));
  process.on('unhandledRejection', fatal('unhandled promise rejection'));
}

/** The first SIGTERM or SIGINT. A second one has Node's default effect: the process ends at once (Ctrl-C twice). */
export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/**
 * Runs `stop` (finish the requests in flight and the scheduler's current work), giving up after
 * `seconds`: then the process exits non-zero with a line saying so, rather than hanging until the
 * supervisor's SIGKILL with nothing logged.
 */
export async function stopWithin(logger: Logger, seconds: number, stop: () => Promise<void>): Promise<void> {
  const deadline = setTimeout(() => {
    logger.error(`shutdown took longer than ${seconds} s (MAWJAZ_SHUTDOWN_SECONDS): exiting with work unfinished`);
    logger.flush();
    process.exit(EXIT_CRASHED);
  }, seconds * 1000);
  try {
    await stop();
  } finally {
    clearTimeout(deadline);
  }
}

/**
 * Stops taking connections and resolves once the requests in flight are answered. Idle keep-alive
 * connections are closed at once, and each busy one once its request is answered (Node only closes
 * the connections idle at the moment close() is called).
 */
export function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A request that still arrives on an open connection is answered, and its connection closed after.
  server.prependListener('request', (_req, res) => res.setHeader('connection', 'close'));
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  return closed.finally(() => clearInterval(idle));
}

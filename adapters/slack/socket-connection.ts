/**
 * Keeps one Socket Mode connection to Slack open for as long as the server runs
 * (https://api.slack.com/apis/socket-mode): connect, and whenever it drops (Slack refreshes
 * connections every few hours, networks fail), connect again with a capped backoff.
 *
 * We own this loop instead of the client's autoReconnect because the client's reconnect chain leaves
 * a failed attempt's rejection unhandled (slackapi/node-slack-sdk#2656): a revoked token or a
 * shutdown racing a reconnect would crash the whole server, /healthz and Teams included.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

type SocketModeClient = SocketModeReceiver['client'];

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;

export interface SocketConnection {
  /** Starts connecting in the background; failures are logged and retried, never thrown. */
  start(): void;
  /** Closes the connection and stops retrying. */
  stop(): Promise<void>;
}

export function keepConnected(client: SocketModeClient, logger: Logger): SocketConnection {
  let stopping = false;
  let connecting = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    retry = undefined;
    if (stopping || connecting) return;
    connecting = true;
    try {
      // Resolves on Slack's `hello`; rejects if apps.connections.open fails or the socket closes first.
      await client.start();
      failures = 0;
      logger.info('connected to Slack over Socket Mode');
    } catch (error) {
      failures += 1;
      const delayMs = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
      const reason = error instanceof Error ? error.message : 'the connection closed before Slack said hello';
      if (!stopping) {
        logger.warn({ reason, attempt: failures, retryInMs: delayMs }, 'could not connect to Slack over Socket Mode; will retry');
        retry = setTimeout(() => void connect(), delayMs);
      }
    } finally {
      connecting = false;
    }
    // stop() came while apps.connections.open was in flight, and the attempt connected anyway.
    if (stopping) await client.disconnect();
  }

  // Registered before any start(), so during an attempt it runs first and leaves the attempt's own
  // rejection to schedule the retry.
  client.on('disconnected', () => {
    if (stopping || connecting || retry !== undefined) return;
    logger.info('Slack closed the Socket Mode connection; reconnecting');
    void connect();
  });

  return {
    start: () => void connect(),
    stop: async () => {
      stopping = true;
      clearTimeout(retry);
      retry = undefined;
      await client.disconnect();
    },
  };
}

/**
 * Slack over Socket Mode (https://api.slack.com/apis/socket-mode), for single-workspace installs
 * behind a firewall: the server opens an outbound WebSocket with an app-level token (xapp-…, scope
 * connections:write) and Slack sends commands, clicks and events down it instead of POSTing to
 * /slack/events. Requests arrive over our own authenticated connection, so there are no signatures
 * to check. Everything else is the HTTP app: the same listeners, bot token and Web API client.
 */
import { SocketModeReceiver } from '@slack/bolt';
import type { CommandService } from '../../src/commands/command.service.js';
import type { Engine } from '../../src/engine.js';
import { boltLogger } from './bolt-logger.js';
import { createBoltApp } from './slack-app.js';
import { keepConnected, type SocketConnection } from './socket-connection.js';
import { webApiOptions } from './web-api-options.js';

export interface SocketModeSettings {
  appToken: string;
  botToken: string;
  /** apps.connections.open goes here too (tests point it at a fake that hands out a local WebSocket). */
  apiUrl?: string;
}

export function createSlackSocket(engine: Engine, commands: CommandService, settings: SocketModeSettings): SocketConnection {
  const receiver = new SocketModeReceiver({
    appToken: settings.appToken,
    logger: boltLogger(engine.logger),
    // keepConnected reconnects (see there why not the client), and retries apps.connections.open itself.
    autoReconnectEnabled: false,
    // The receiver's Web API client (apps.connections.open) takes its options from here.
    installerOptions: { clientOptions: { ...webApiOptions(settings.apiUrl, engine.logger), retryConfig: { retries: 0 } } },
  });
  createBoltApp(engine, commands, settings, receiver);
  return keepConnected(receiver.client, engine.logger.child({ component: 'slack' }));
}

/**
 * Slack's end of a Socket Mode connection (https://api.slack.com/apis/socket-mode), for integration
 * tests: a local WebSocket server that greets each connection with `hello`, sends envelopes as Slack
 * does, and records what the app sends back (acknowledgements carry the envelope_id).
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface Envelope {
  envelope_id: string;
  type: 'slash_commands' | 'interactive' | 'events_api';
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSocketMode {
  /** Every message the app sent, parsed. */
  readonly received: Ack[] = [];
  /** How many connections the app has opened so far. */
  connections = 0;
  private readonly server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/link' });
  private current: WebSocket | undefined;

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.once('listening', resolve));
    this.server.on('connection', (socket) => {
      this.connections += 1;
      this.current = socket;
      socket.on('message', (data) => this.received.push(JSON.parse(data.toString()) as Ack));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 18060 }, connection_info: { app_id: 'A0MAWJAZ' } }));
    });
    return this.url;
  }

  /** Resolves once the app holds an open connection (the `count`-th one, for reconnections). */
  async connected(count = 1, timeoutMs = 15_000): Promise<void> {
    await waitFor(() => this.connections >= count && this.current?.readyState === this.current?.OPEN, `connection #${count}`, timeoutMs);
  }

  send(envelope: Envelope): void {
    if (!this.current) throw new Error('the app has not connected');
    this.current.send(JSON.stringify(envelope));
  }

  /** The app's acknowledgement of an envelope. */
  async ack(envelopeId: string, timeoutMs = 10_000): Promise<Ack> {
    await waitFor(() => this.received.some((m) => m.envelope_id === envelopeId), `an ack of ${envelopeId}`, timeoutMs);
    return this.received.find((m) => m.envelope_id === envelopeId)!;
  }

  /** Resolves when the app's connection has closed. */
  async closed(timeoutMs = 10_000): Promise<void> {
    await waitFor(() => this.current === undefined || this.current.readyState === this.current.CLOSED, 'the connection to close', timeoutMs);
  }

  /** What Slack does every few hours: asks the app to reconnect, then closes the socket. */
  refresh(): void {
    this.current?.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake' } }));
  }

  async stop(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

async function waitFor(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

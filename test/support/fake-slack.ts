/**
 * Stand-ins for Slack in integration tests: a local HTTP server playing the Web API and the
 * response_url endpoint (it records every request), a signer producing Slack's v0 request signatures,
 * and the real `mawjaz serve` process started against them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cliEntry, projectRoot } from './cli.js';

export interface Recorded {
  /** Date.now() when it arrived. */
  at: number;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The HTTP status the fake answered with (200 unless a refusal applied). */
  status: number;
  /** The JSON body it answered with. */
  answer?: unknown;
}

/** An error answer for requests naming one channel (or user, for conversations.open), as FakeBotConnector.refusals. */
export interface SlackRefusal {
  /** 429 (rate limited, with Retry-After) or a server error such as 500. */
  status: number;
  retryAfterSeconds?: number;
  /** How many requests to refuse; every one when unset. */
  times?: number;
}

/** The `channel` (or `users`) a Web API call names: Slack's Web API takes form-encoded bodies. */
export function slackConversationOf(body: string): string | null {
  const params = new URLSearchParams(body);
  return params.get('channel') ?? params.get('users');
}

function rawHeaderLines(raw: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) lines.push(`${raw[i]}: ${raw[i + 1]}`);
  return lines.join('\n');
}

export class FakeSlack {
  readonly requests: Recorded[] = [];
  /** Web API answers by path; anything else gets {"ok":true}. */
  readonly answers = new Map<string, (body: string) => unknown>([
    ['/api/conversations.open', () => ({ ok: true, channel: { id: 'D0OPENED' } })],
    ['/api/chat.postMessage', () => ({ ok: true, channel: 'C0', ts: `${Date.now() / 1000}` })],
    ['/api/users.info', () => ({ ok: true, user: { id: 'U0', tz: 'Africa/Cairo', tz_offset: 7200 } })],
  ]);
  /** Error answers by channel id (or user id, for conversations.open): e.g. a 429 with Retry-After once. */
  readonly refusals = new Map<string, SlackRefusal>();
  /**
   * A hostile or misconfigured SLACK_API_URL: every answer also carries the request it answers (headers
   * and body as raw text, where no key-based redaction can see the token in them).
   */
  echo = false;
  /** Paths whose requests are received (and recorded) but answered only once the promise settles: see hold(). */
  private readonly holds = new Map<string, Promise<void>>();
  private readonly server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8'); // a letter split between chunks stays whole
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', async () => {
      const recorded: Recorded = { at: Date.now(), method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, status: 200 };
      this.requests.push(recorded);
      await this.holds.get(recorded.path);
      const conversation = this.refusals.size > 0 ? slackConversationOf(body) : null;
      const refusal = conversation !== null ? this.refusals.get(conversation) : undefined;
      if (refusal && (refusal.times ?? 1) > 0) {
        if (refusal.times !== undefined) refusal.times -= 1;
        recorded.status = refusal.status;
        recorded.answer = { ok: false, error: refusal.status === 429 ? 'ratelimited' : 'internal_error' };
        const headers = { 'content-type': 'application/json', ...(refusal.retryAfterSeconds !== undefined ? { 'retry-after': String(refusal.retryAfterSeconds) } : {}) };
        res.writeHead(refusal.status, headers).end(JSON.stringify(recorded.answer));
        return;
      }
      const answer = this.answers.get(req.url ?? '');
      recorded.answer = answer ? answer(body) : { ok: true };
      if (this.echo) recorded.answer = { ...(recorded.answer as object), echo: `${req.method} ${req.url}\n${rawHeaderLines(req.rawHeaders)}\n\n${body}` };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(recorded.answer));
    });
  });
  url = '';

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  /**
   * Keeps every request to `path` unanswered — Slack has it, the sender waits for the answer — until
   * the returned function is called: a message in flight, for as long as a test needs.
   */
  hold(path: string): () => void {
    let release = () => {};
    this.holds.set(path, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(path);
      release();
    };
  }

  /** Waits until a request to `path` arrives (response_url posts come after the ack). */
  async next(path: string, after = 0, timeoutMs = 15_000): Promise<Recorded> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.slice(after).find((r) => r.path === path);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no request to ${path} within ${timeoutMs} ms; got ${this.requests.map((r) => r.path).join(', ')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:<timestamp>:<body>"). */
export function slackHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM: the server shuts down in order. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies on the spot, mid-send, as in a crash or an OOM kill. */
  kill(): Promise<void>;
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((r) => {
    if (child.exitCode !== null || child.signalCode !== null) return r();
    child.once('exit', () => r());
    child.kill(signal);
  });
}

/**
 * Starts `mawjaz serve --port 0` (with `args` after) and resolves once it prints the address it bound;
 * `onOutput` sees everything it printed so far, before that too (e.g. while it waits for its database).
 */
export function startServer(db: string, env: Record<string, string>, args: readonly string[] = [], onOutput: (out: string) => void = () => {}): Promise<ServerProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...cliEntry, 'serve', '--port', '0', '--db', db, ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env },
    });
    let out = '';
    // Generous: on a loaded machine (the soak runs beside a CPU hog) starting from the sources takes a while.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      onOutput(out);
      const match = /mawjaz serving on (http:\/\/[^\s]+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise({
          url: match[1],
          child,
          output: () => out,
          stop: () => ended(child, 'SIGTERM'),
          kill: () => ended(child, 'SIGKILL'),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!/mawjaz serving on/.test(out)) reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

/**
 * A slash command as Slack sends it (form-encoded): `/migration <text>` typed by `user` of `team` in
 * `channel` (a DM when its id starts with D), to be answered through `responseUrl`.
 * https://api.slack.com/interactivity/slash-commands#app_command_handling
 */
export function slashCommandForm(team: string, user: string, channel: string, text: string, responseUrl: string): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: team,
    team_domain: 'policy',
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'migration-policy',
    user_id: user,
    user_name: 'analyst',
    command: '/migration',
    text,
    api_app_id: 'A0MAWJAZ',
    response_url: responseUrl,
    trigger_id: '123.456.abc',
  }).toString();
}

/**
 * A block_actions payload as Slack sends it for a click by `user` of `team`: the fields every click
 * carries, then where it happened (container, channel, response_url…) and the actions.
 * https://api.slack.com/reference/interaction-payloads/block-actions
 */
export function blockActionsPayload(team: string, user: string, rest: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: team, domain: 'policy' },
    user: { id: user, username: 'analyst', team_id: team },
    api_app_id: 'A0MAWJAZ',
    token: 'deprecated-verification-token',
    ...rest,
  };
}

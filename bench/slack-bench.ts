/**
 * Slack timings for `npm run bench`, on the database the ingest benchmark filled: `/migration <topic>`
 * through the real HTTP server and Bolt app on loopback (signed requests; replies to a local stand-in
 * for response_url), and a fan-out of weekly briefs to 1,000 subscribers against a local stand-in for
 * the Web API, through the delivery outbox, timing too how long each acknowledged message waits to be
 * recorded (the window in which a crash could post it twice). The clock is set to the end of the
 * busiest week, so topic cards have stories to show.
 */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSlackAdapter } from '../adapters/slack/slack-app.js';
import { createSlackDeliverer } from '../adapters/slack/slack-delivery.js';
import { createCommandService } from '../src/commands/command.service.js';
import { sendDueBriefs } from '../src/delivery/brief-sender.js';
import { type BriefDeliverer, type DeliveryProgress, FIRST_ATTEMPT } from '../src/delivery/deliverer.js';
import type { Engine } from '../src/engine.js';
import { createDatabaseHealth } from '../src/server/database-health.js';
import { createHttpServer } from '../src/server/http-server.js';
import { follow } from '../src/subscriptions/subscription.service.js';

const SECRET = 'bench-signing-secret-0123456789';
const TOPICS = ['khartoum', 'egypt', 'مصر', 'IOM', 'libya', 'ليبيا', 'UNHCR', 'italy', 'trafficking', 'frontex'];
const REQUESTS = 300;
const SUBSCRIBERS = 1_000;

/** A stand-in for Slack: records when each response_url reply arrives; answers Web API calls. */
function fakeSlack(onReply: (path: string) => void) {
  return createServer((req, res) => {
    let received = '';
    req.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '';
      if (path.startsWith('/respond/')) onReply(path);
      // Each person's DM is its own channel, as on Slack (the deliverer paces posts per channel).
      const dm = `D${new URLSearchParams(received).get('users') ?? 'X'}`;
      const body = path.endsWith('conversations.open') ? { ok: true, channel: { id: dm } } : path.endsWith('chat.postMessage') ? { ok: true, ts: '1.0' } : { ok: true };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
}

/** The deliverer, timing each acknowledged message's trip into the outbox row. */
function timedAcknowledgements(inner: BriefDeliverer): BriefDeliverer & { recordMs: number[] } {
  const recordMs: number[] = [];
  const timed = (progress: DeliveryProgress): DeliveryProgress => ({
    sent: progress.sent,
    acknowledged: async (id) => {
      const t0 = performance.now();
      await progress.acknowledged(id);
      recordMs.push(performance.now() - t0);
    },
  });
  return { platform: inner.platform, recordMs, deliver: (target, brief, progress = FIRST_ATTEMPT) => inner.deliver(target, brief, timed(progress)) };
}

const listen = (server: ReturnType<typeof createServer>): Promise<string> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

export async function runSlackBench(base: Engine, weekEnd: string): Promise<Array<[string, string]>> {
  const engine: Engine = { ...base, now: () => new Date(`${weekEnd}T12:00:00Z`) };
  const pending = new Map<string, (t: number) => void>();
  const slack = fakeSlack((path) => pending.get(path)?.(performance.now()));
  const slackUrl = await listen(slack);
  const commands = createCommandService(engine);
  const adapter = createSlackAdapter(engine, commands, { signingSecret: SECRET, install: { kind: 'single-workspace', botToken: 'xoxb-bench' }, apiUrl: `${slackUrl}/api/` });
  const server = createHttpServer(engine, adapter.mounts, ['slack'], createDatabaseHealth(engine));
  const url = await listen(server);

  let sent = 0;
  /** One signed slash command; resolves with the time to Slack's HTTP 200 and to our reply at response_url. */
  async function slashCommand(text: string): Promise<{ ack: number; answer: number }> {
    sent += 1;
    const path = `/respond/${sent}`;
    const body = new URLSearchParams({ team_id: 'T0BENCH', user_id: `U${sent % 50}`, channel_id: 'C0BENCH', channel_name: 'bench', command: '/migration', text, response_url: `${slackUrl}${path}`, trigger_id: 't' }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
    const reply = new Promise<number>((resolve) => pending.set(path, resolve));
    const t0 = performance.now();
    const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature }, body });
    await res.arrayBuffer();
    const ackMs = performance.now() - t0;
    const answerMs = (await reply) - t0;
    pending.delete(path);
    return { ack: ackMs, answer: answerMs };
  }

  const ack: number[] = [];
  const answered: number[] = [];
  try {
    // The week's first request for a topic compiles its digest; every later one, from any user, reads it.
    const cold: number[] = [];
    for (const topic of TOPICS) cold.push((await slashCommand(topic)).answer);
    for (let i = 0; i < REQUESTS; i++) {
      const timing = await slashCommand(TOPICS[i % TOPICS.length] ?? 'egypt');
      ack.push(timing.ack);
      answered.push(timing.answer);
    }

    // Fan-out: 1,000 people following 1–3 of the topics, every brief sent now.
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const target = { platform: 'slack' as const, workspaceId: 'T0BENCH', conversationId: `user:UFAN${i}`, kind: 'user' as const, userId: `UFAN${i}` };
      for (const topic of ['country:EG', 'country:LY', 'org:iom'].slice(0, 1 + (i % 3))) await follow(engine, target, topic, 'brief', { timeZone: 'UTC' });
    }
    const deliverer = timedAcknowledgements(createSlackDeliverer({ botToken: 'xoxb-bench', apiUrl: `${slackUrl}/api/`, logger: engine.logger }));
    const t0 = performance.now();
    const report = await sendDueBriefs(engine, [deliverer], { now: true });
    const fanOutMs = performance.now() - t0;

    const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
    return [
      ["/migration <topic>: a topic's first request of the week", `p50 ${pct(cold, 50).toFixed(0)} ms, max ${Math.max(...cold).toFixed(0)} ms (compiles the topic's digest; ${TOPICS.length} topics)`],
      ['/migration <topic>: ack (HTTP 200)', `p50 ${pct(ack, 50).toFixed(1)} ms, p99 ${pct(ack, 99).toFixed(1)} ms`],
      ['/migration <topic>: answer at response_url', `p50 ${pct(answered, 50).toFixed(1)} ms, p99 ${pct(answered, 99).toFixed(1)} ms, max ${Math.max(...answered).toFixed(0)} ms (target p99 ≤ 100 ms; ${REQUESTS} requests after those)`],
      ['weekly brief fan-out', `${report.sent} briefs in ${(fanOutMs / 1000).toFixed(1)} s = ${(report.sent / (fanOutMs / 1000)).toFixed(0)} briefs/s (${report.failed.length} failed; through the outbox, ${engine.config.MAWJAZ_DELIVERY_CONCURRENCY} conversations at once; local stand-in for the Web API)`],
      ['duplicate window: message acknowledged → its id recorded', `p50 ${pct(deliverer.recordMs, 50).toFixed(2)} ms, p99 ${pct(deliverer.recordMs, 99).toFixed(2)} ms, max ${Math.max(...deliverer.recordMs).toFixed(1)} ms (${deliverer.recordMs.length} messages; a kill -9 inside it posts that message again)`],
    ];
  } finally {
    server.closeAllConnections();
    slack.closeAllConnections();
    await new Promise((r) => server.close(r));
    await new Promise((r) => slack.close(r));
  }
}

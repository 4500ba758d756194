/**
 * Sustained chat traffic against a running `mawjaz serve`, sent exactly as the platforms send it:
 * signed Slack slash commands (/migration <topic>, follow, unfollow, list) and block_actions clicks on
 * Follow/Unfollow, Teams personal messages and Action.Submit clicks. Requests leave at a fixed rate;
 * each simulated person has one request open at a time (people wait for an answer before clicking
 * again), so what each one follows at the end is known. Answers are watched for where users see them:
 * Slack's response_url and the Teams Bot Connector, both local fakes.
 */
import { labelsFor } from '../../digests/brief/labels.js';
import { cardSubmit, type ConnectorCall, type FakeBotConnector, personalMessage, TENANT } from './fake-bot-connector.js';
import { blockActionsPayload, type FakeSlack, type Recorded, slackHeaders } from './fake-slack.js';

export const SOAK_SIGNING_SECRET = 'soak-signing-secret-0123456789';
const SLACK_TEAM = 'T0SOAK';
const SLACK_CHANNEL = 'C0SOAK';
/** A request not answered within this long counts as unanswered (Slack gives a response_url 30 minutes; people give up far sooner). */
const ANSWER_TIMEOUT_MS = 15_000;

/** Topics people follow and unfollow, as typed (English or Arabic) and as a card button carries them. */
const FOLLOWABLE = [
  { id: 'country:EG', name: 'Egypt', typed: ['egypt', 'مصر'] },
  { id: 'country:LY', name: 'Libya', typed: ['libya', 'ليبيا'] },
  { id: 'process:khartoum', name: 'Khartoum Process', typed: ['khartoum'] },
] as const;
/** Topic cards asked for: entities, Arabic names and free text. */
const CARD_QUERIES = ['khartoum', 'egypt', 'مصر', 'IOM', 'libya', 'ليبيا', 'UNHCR', 'italy', 'trafficking', 'frontex', 'smuggling network', 'الهجرة غير الشرعية'];

export type Platform = 'slack' | 'teams';
type Op = 'topic' | 'follow' | 'unfollow' | 'list' | 'click-follow' | 'click-unfollow';
/** Share of each operation in the mix (they sum to 1). */
const MIX: ReadonlyArray<[Op, number]> = [
  ['topic', 0.3],
  ['follow', 0.15],
  ['unfollow', 0.1],
  ['list', 0.1],
  ['click-follow', 0.2],
  ['click-unfollow', 0.15],
];

interface Person {
  platform: Platform;
  index: number;
  busy: boolean;
  /** Topic ids this person follows once every answered request is applied. */
  follows: Set<string>;
  /** Whether they ever sent a request (only they are checked at the end). */
  active: boolean;
  /** A follow or unfollow of theirs got no answer: whether the server applied it is unknown. */
  uncertain: boolean;
}

interface SentRequest {
  kind: string;
  person: Person;
  /** Follow or unfollow this topic once answered. */
  change?: { topic: string; follow: boolean };
  sentAt: number;
  sentWall: number;
  acked: boolean;
  answered: boolean;
  ackMs: number | null;
  answerMs: number | null;
  reply?: string;
  onAnswer?: (reply: string) => void;
}

export interface TrafficError {
  kind: string;
  reason: string;
}

/** One request: when it left (Date.now()), how long until the HTTP answer and until the reply users see (null: none). */
export interface Timing {
  kind: string;
  sentWall: number;
  ackMs: number | null;
  answerMs: number | null;
}

/** A small deterministic generator, so a run's traffic can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A brief's first message opens with its title and " — "; its later pages with "title (2/3)". */
const BRIEF_TITLE = labelsFor('en').title;
export const isBriefFirstPage = (text: string): boolean => text.startsWith(`${BRIEF_TITLE} — `);

export class SoakTraffic {
  readonly requests = new Map<string, number>();
  readonly timings: Timing[] = [];
  readonly errors: TrafficError[] = [];
  /** Every proactive message the server posted (briefs, alerts), by Slack channel or Teams conversation id. */
  readonly posted = new Map<string, Array<{ at: number; text: string }>>();
  /** Ticks at which every simulated person was still waiting for an answer, so nothing was sent. */
  skipped = 0;
  private readonly people: Person[];
  private readonly pending = new Map<string, SentRequest>();
  private readonly random = mulberry32(20_261_123);
  private slackCursor = 0;
  private connectorCursor = 0;
  private sequence = 0;
  private readonly watcher: NodeJS.Timeout;

  constructor(
    private readonly serverUrl: string,
    private readonly slack: FakeSlack,
    private readonly connector: FakeBotConnector,
    population: { slack: number; teams: number },
  ) {
    const make = (platform: Platform, index: number): Person => ({ platform, index, busy: false, follows: new Set(), active: false, uncertain: false });
    this.people = [...Array.from({ length: population.slack }, (_, i) => make('slack', i)), ...Array.from({ length: population.teams }, (_, i) => make('teams', i))];
    this.watcher = setInterval(() => this.collect(), 20);
  }

  /** Sends requests at `perSecond` until `done()` says so, then waits for the answers still open. */
  async run(perSecond: number, done: () => boolean, slackShare = 0.6): Promise<void> {
    const start = performance.now();
    const period = 1000 / perSecond;
    for (let n = 0; !done(); n++) {
      const wait = start + n * period - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const platform: Platform = this.random() < slackShare ? 'slack' : 'teams';
      const person = this.idle(platform);
      if (!person) {
        this.skipped += 1;
        continue;
      }
      void this.send(person, this.pick());
    }
    await this.drain();
  }

  /**
   * Each person who sent anything asks for their list; resolves with the ones whose list is not what
   * they did. People with a follow or unfollow left unanswered are not checked (counted in `unverifiable`).
   */
  async verifyFollows(): Promise<Array<{ person: string; expected: string[]; listed: string }>> {
    const wrong: Array<{ person: string; expected: string[]; listed: string }> = [];
    const checks = this.people
      .filter((p) => p.active && !p.uncertain)
      .map(async (person) => {
        while (person.busy) await new Promise((resolve) => setTimeout(resolve, 20));
        const listed = await new Promise<string>((resolve) => void this.send(person, 'list', resolve, 'final list'));
        const expected = FOLLOWABLE.filter((t) => person.follows.has(t.id)).map((t) => t.name);
        const shown = FOLLOWABLE.filter((t) => listed.includes(t.name)).map((t) => t.name);
        if (expected.join() !== shown.join()) wrong.push({ person: `${person.platform} #${person.index}`, expected, listed: listed.slice(0, 400) });
      });
    await Promise.all(checks);
    await this.drain();
    return wrong;
  }

  stop(): void {
    clearInterval(this.watcher);
    this.collect();
  }

  get unverifiable(): number {
    return this.people.filter((p) => p.uncertain).length;
  }

  private idle(platform: Platform): Person | undefined {
    const candidates = this.people.filter((p) => p.platform === platform && !p.busy);
    return candidates[Math.floor(this.random() * candidates.length)];
  }

  private pick(): Op {
    let r = this.random();
    for (const [op, share] of MIX) {
      if (r < share) return op;
      r -= share;
    }
    return 'topic';
  }

  private async drain(): Promise<void> {
    const deadline = Date.now() + ANSWER_TIMEOUT_MS + 1_000;
    while (this.pending.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    this.collect();
  }

  private count(kind: string): void {
    this.requests.set(kind, (this.requests.get(kind) ?? 0) + 1);
  }

  private async send(person: Person, op: Op, onAnswer?: (reply: string) => void, label?: string): Promise<void> {
    person.busy = true;
    person.active = true;
    const topic = FOLLOWABLE[Math.floor(this.random() * FOLLOWABLE.length)] ?? FOLLOWABLE[0];
    const typed = topic.typed[Math.floor(this.random() * topic.typed.length)] ?? topic.typed[0];
    const text = op === 'topic' ? (CARD_QUERIES[Math.floor(this.random() * CARD_QUERIES.length)] ?? 'egypt') : op === 'list' ? 'list' : `${op.replace('click-', '')} ${typed}`;
    const change = op === 'follow' || op === 'click-follow' ? { topic: topic.id, follow: true } : op === 'unfollow' || op === 'click-unfollow' ? { topic: topic.id, follow: false } : undefined;
    const click = op.startsWith('click-');
    const typedKind = `${person.platform === 'slack' ? '/migration' : 'message'} ${op === 'topic' ? '<topic>' : op}`;
    const kind = `${person.platform} ${label ?? (click ? `click ${op === 'click-follow' ? 'Follow' : 'Unfollow'}` : typedKind)}`;
    this.sequence += 1;
    const key = `${this.sequence}`;
    const request: SentRequest = { kind, person, ...(change ? { change } : {}), sentAt: performance.now(), sentWall: Date.now(), acked: false, answered: false, ackMs: null, answerMs: null, ...(onAnswer ? { onAnswer } : {}) };
    this.pending.set(key, request);
    this.count(kind);
    try {
      const res = person.platform === 'slack' ? await this.postSlack(person, key, click ? { actionId: `mawjaz_${op.replace('click-', '')}`, topic: topic.id } : { text }) : await this.postTeams(person, key, click ? { mawjaz: op.replace('click-', ''), topic: topic.id } : { text });
      await res.arrayBuffer();
      request.ackMs = performance.now() - request.sentAt;
      if (!res.ok) this.fail(key, `HTTP ${res.status}`);
      else request.acked = true;
    } catch (error) {
      this.fail(key, `request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.settle(key);
  }

  private postSlack(person: Person, key: string, what: { text: string } | { actionId: string; topic: string }): Promise<Response> {
    const user = `U0SOAK${person.index}`;
    const responseUrl = `${this.slack.url}/respond/${key}`;
    const form =
      'text' in what
        ? new URLSearchParams({
            token: 'deprecated-verification-token',
            team_id: SLACK_TEAM,
            team_domain: 'policy',
            channel_id: SLACK_CHANNEL,
            channel_name: 'migration-policy',
            user_id: user,
            user_name: `analyst${person.index}`,
            command: '/migration',
            text: what.text,
            api_app_id: 'A0MAWJAZ',
            response_url: responseUrl,
            trigger_id: `${key}.456.abc`,
          }).toString()
        : new URLSearchParams({
            payload: JSON.stringify(
              blockActionsPayload(SLACK_TEAM, user, {
                trigger_id: `${key}.456.def`,
                container: { type: 'message', message_ts: '1732000000.000100', channel_id: SLACK_CHANNEL, is_ephemeral: true },
                channel: { id: SLACK_CHANNEL, name: 'migration-policy' },
                response_url: responseUrl,
                actions: [
                  {
                    action_id: what.actionId,
                    block_id: 'topic',
                    type: 'button',
                    value: JSON.stringify({ topic: what.topic, view: 'card' }),
                    text: { type: 'plain_text', text: what.actionId === 'mawjaz_follow' ? 'Follow' : 'Unfollow' },
                    action_ts: `${Date.now() / 1000}`,
                  },
                ],
              }),
            ),
          }).toString();
    return fetch(`${this.serverUrl}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackHeaders(SOAK_SIGNING_SECRET, form) }, body: form });
  }

  /** A message in the person's own chat with the bot, or a click on a card there; the reply is keyed by the activity it answers. */
  private postTeams(person: Person, key: string, what: { text: string } | { mawjaz: string; topic: string }): Promise<Response> {
    const from = { id: `29:soak-${person.index}`, name: `Analyst ${person.index}`, aadObjectId: `aad-soak-${person.index}` };
    const conversation = { conversationType: 'personal', tenantId: TENANT, id: `a:soak-chat-${person.index}` };
    const message = personalMessage(this.connector.url, 'text' in what ? what.text : '', { id: `soak-${key}`, from, conversation });
    const activity = 'text' in what ? message : cardSubmit(message, { ...what, view: 'card' }, `card-${key}`);
    return fetch(`${this.serverUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  }

  private fail(key: string, reason: string): void {
    const request = this.pending.get(key);
    if (!request) return;
    this.errors.push({ kind: request.kind, reason });
    this.timings.push({ kind: request.kind, sentWall: request.sentWall, ackMs: request.ackMs, answerMs: request.answerMs });
    this.pending.delete(key);
    if (request.change) request.person.uncertain = true;
    request.person.busy = false;
    request.onAnswer?.('');
  }

  /** Both halves are in (HTTP answer and the reply users see): apply the change and free the person. */
  private settle(key: string): void {
    const request = this.pending.get(key);
    if (!request?.acked || !request.answered) return;
    this.pending.delete(key);
    this.timings.push({ kind: request.kind, sentWall: request.sentWall, ackMs: request.ackMs, answerMs: request.answerMs });
    if (request.change) {
      if (request.change.follow) request.person.follows.add(request.change.topic);
      else request.person.follows.delete(request.change.topic);
    }
    request.person.busy = false;
    request.onAnswer?.(request.reply ?? '');
  }

  private answer(key: string, at: number, reply: string): void {
    const request = this.pending.get(key);
    if (!request || request.answered) return;
    request.answered = true;
    request.reply = reply;
    request.answerMs = at - request.sentWall;
    if (/something went wrong/i.test(reply)) this.fail(key, 'answered with an error message');
    else this.settle(key);
  }

  private posting(destination: string, at: number, text: string): void {
    const list = this.posted.get(destination) ?? [];
    list.push({ at, text });
    this.posted.set(destination, list);
  }

  /** Reads what the fakes received since last time: answers to open requests, and proactive posts. */
  private collect(): void {
    const slackSeen = this.slack.requests.length;
    for (let i = this.slackCursor; i < slackSeen; i++) this.onSlack(this.slack.requests[i]!);
    this.slackCursor = slackSeen;
    const connectorSeen = this.connector.calls.length;
    for (let i = this.connectorCursor; i < connectorSeen; i++) this.onConnector(this.connector.calls[i]!);
    this.connectorCursor = connectorSeen;
    const now = Date.now();
    for (const [key, request] of this.pending) {
      if (now - request.sentWall > ANSWER_TIMEOUT_MS) this.fail(key, request.acked ? `no reply within ${ANSWER_TIMEOUT_MS / 1000} s` : `no HTTP answer within ${ANSWER_TIMEOUT_MS / 1000} s`);
    }
  }

  private onSlack(r: Recorded): void {
    const respond = /^\/respond\/(\d+)$/.exec(r.path);
    if (respond?.[1]) return this.answer(respond[1], r.at, r.body);
    if (r.path === '/api/chat.postMessage') {
      const form = new URLSearchParams(r.body);
      this.posting(form.get('channel') ?? '', r.at, form.get('text') ?? '');
    }
  }

  private onConnector(call: ConnectorCall): void {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(call.path);
    if (!match?.[1]) return;
    const activityId = decodeURIComponent(match[2] ?? '');
    const key = /^(?:soak|card)-(\d+)$/.exec(activityId)?.[1];
    if (key !== undefined && this.pending.has(key)) return this.answer(key, call.at, JSON.stringify(call.body));
    this.posting(decodeURIComponent(match[1]), call.at, String(call.body.summary ?? call.body.text ?? ''));
  }
}

/**
 * A local stand-in for the Bot Connector service (the `serviceUrl` of Teams activities): it records
 * every reply, update and proactive message the bot sends, answering as the Connector does. Plus
 * activity builders shaped exactly like what Teams sends a bot.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  /** The activity (or conversation parameters) the bot sent. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** Date.now() when it arrived. */
  at: number;
  /** The HTTP status the fake answered with (200 unless a refusal applied). */
  status: number;
  /** The JSON body it answered a success with (the new activity's id). */
  answer?: { id: string; activityId?: string };
}

export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  /** Error answers by conversation id (as it appears in the path): e.g. 403 MessageWritesBlocked. */
  readonly refusals = new Map<string, { status: number; code: string; retryAfterSeconds?: number; times?: number }>();
  url = '';
  private sequence = 0;
  private readonly server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8'); // a letter split between chunks stays whole
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const call: ConnectorCall = { method: req.method ?? '', path: req.url ?? '', body, authorization: req.headers.authorization, at: Date.now(), status: 200 };
      this.calls.push(call);
      this.sequence += 1;
      for (const [conversation, refusal] of this.refusals) {
        if ((req.url ?? '').includes(encodeURIComponent(conversation)) && (refusal.times ?? 1) > 0) {
          if (refusal.times !== undefined) refusal.times -= 1;
          call.status = refusal.status;
          const headers = { 'content-type': 'application/json', ...(refusal.retryAfterSeconds !== undefined ? { 'retry-after': String(refusal.retryAfterSeconds) } : {}) };
          res.writeHead(refusal.status, headers).end(JSON.stringify({ error: { code: refusal.code, message: 'refused by the fake connector' } }));
          return;
        }
      }
      // ResourceResponse for activities; ConversationResourceResponse for a new conversation.
      const answer = req.url === '/v3/conversations' ? { id: `a:created-${this.sequence}`, activityId: `act-${this.sequence}` } : { id: `act-${this.sequence}` };
      call.answer = answer;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  /** Messages (new or updated) the bot sent, in order. */
  sent(after = 0): ConnectorCall[] {
    return this.calls.slice(after).filter((c) => /\/activities/.test(c.path));
  }

  async waitFor(count: number, after = 0, timeoutMs = 15_000): Promise<ConnectorCall[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const sent = this.sent(after);
      if (sent.length >= count) return sent;
      if (Date.now() > deadline) throw new Error(`expected ${count} messages from the bot within ${timeoutMs} ms, got ${sent.length}: ${JSON.stringify(sent.map((s) => s.path))}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:5f3c8f8e-0000-4000-8000-00000000b07', name: 'Mawjaz' };
export const USER = { id: '29:1analyst-teams-id', name: 'Policy Analyst', aadObjectId: '6b1f3c2a-1111-4222-8333-444455556666' };
export const TEAM_ID = '19:team-migration@thread.tacv2';
export const CHANNEL_ID = '19:channel-policy@thread.tacv2';

let activitySequence = 0;

function base(serviceUrl: string) {
  activitySequence += 1;
  return {
    id: `1732${String(activitySequence).padStart(9, '0')}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    localTimezone: 'Africa/Cairo',
    serviceUrl,
    channelId: 'msteams',
    from: USER,
    recipient: BOT,
    locale: 'en-US',
  };
}

/** A message in the person's 1:1 chat with the bot. */
export function personalMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    ...base(serviceUrl),
    type: 'message',
    text,
    textFormat: 'plain',
    conversation: { conversationType: 'personal', tenantId: TENANT, id: 'a:1personal-chat-with-analyst' },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

/** "@Mawjaz <text>" in a team channel: the mention is in the text and in `entities`. */
export function channelMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    ...base(serviceUrl),
    type: 'message',
    text: `<at>${BOT.name}</at> ${text}`,
    textFormat: 'plain',
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: `${CHANNEL_ID};messageid=1732000000001` },
    entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    channelData: { teamsChannelId: CHANNEL_ID, teamsTeamId: TEAM_ID, channel: { id: CHANNEL_ID }, team: { id: TEAM_ID }, tenant: { id: TENANT } },
    ...extra,
  };
}

/** An Action.Submit click: a message whose `value` is the button's data, replying to the card. */
export function cardSubmit(message: ReturnType<typeof personalMessage>, value: unknown, replyToId: string) {
  return { ...message, text: undefined, value, replyToId };
}

/** The bot installed in (or removed from) a team: conversationUpdate as Teams sends it. */
export function teamMembership(serviceUrl: string, change: 'added' | 'removed') {
  return {
    ...base(serviceUrl),
    type: 'conversationUpdate',
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: TEAM_ID },
    channelData: { eventType: change === 'added' ? 'teamMemberAdded' : 'teamMemberRemoved', team: { id: TEAM_ID, name: 'Migration policy' }, tenant: { id: TENANT } },
    ...(change === 'added' ? { membersAdded: [BOT] } : { membersRemoved: [BOT] }),
  };
}

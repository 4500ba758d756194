/**
 * Brief preview and "send now", and the inbox. A preview is the digester's brief rendered both ways; a
 * send is a row in the real delivery outbox (its payload naming the topics and language chosen),
 * drained at once to the playground's deliverer, which files it in the inbox.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { IsoDay } from '../../digests/brief/brief-model.js';
import { parsePeriod, type Period } from '../../digests/compile/period.js';
import type { BriefPayload } from '../../src/delivery/brief-schedule.js';
import { deliveryNamed, queueDelivery } from '../../src/delivery/deliveries.service.js';
import { drainSettings } from '../../src/delivery/delivery-settings.js';
import { drainOutbox } from '../../src/delivery/outbox-sender.js';
import { resolveTopic } from '../../src/entities/topic.service.js';
import type { Engine } from '../../src/engine.js';
import { ensureTarget } from '../../src/subscriptions/subscription.service.js';
import { personalTarget } from '../../src/subscriptions/targets.js';
import { inboxMessages } from './playground-inbox.js';
import type { Route } from './playground-context.js';
import { parseWith } from './playground-http.js';
import { audienceOf, localTimeZone, placeKey } from './playground-user.js';
import { renderedBrief } from './rendered.js';

const MAX_TOPICS = 50;
const BriefBody = z.object({ topics: z.array(z.string().min(1).max(200)).max(MAX_TOPICS), from: IsoDay, to: IsoDay, lang: z.enum(['en', 'ar']) });
type BriefChoice = z.infer<typeof BriefBody>;

/** How long "send now" waits for a delivery another sender (the scheduler's tick) claimed first. */
const SEND_WAIT_MS = 20_000;

async function checked(engine: Engine, body: unknown): Promise<BriefChoice & { period: Period; topicIds: string[] }> {
  const choice = parseWith(BriefBody, body);
  const period = parsePeriod(choice.from, choice.to, { from: 'from', to: 'to' });
  // Names resolve like the CLI's --topic; an unknown one is refused before anything is queued.
  const topicIds: string[] = [];
  for (const topic of choice.topics) topicIds.push((await resolveTopic(engine, topic)).id);
  return { ...choice, period, topicIds };
}

export const briefRoutes: Route[] = [
  {
    method: 'POST',
    path: /^\/brief\/preview$/,
    async handle({ engine, briefs }, { body }) {
      const { period, topicIds, lang } = await checked(engine, body);
      const session = briefs.session(engine);
      try {
        const brief = await session.brief({ period, topics: topicIds, lang });
        return { ...renderedBrief(brief), brief };
      } finally {
        session.end();
      }
    },
  },
  {
    method: 'POST',
    path: /^\/brief\/send$/,
    async handle({ engine, briefs, deliverer }, { body }) {
      const { period, topicIds, lang } = await checked(engine, body);
      await ensureTarget(engine, personalTarget(audienceOf('dm')), { timeZone: localTimeZone() });
      const key = placeKey('dm');
      // Each click is its own delivery: the occasion (with the conversation, the outbox's idempotency key) is unique.
      const occasion = `${period.from} sent from the playground ${randomUUID()}`;
      const payload: BriefPayload = { ...period, topics: topicIds, lang };
      const queued = await queueDelivery(engine, { ...key, kind: 'brief', occasion, payload });
      await drainOutbox(engine, [deliverer], { ...drainSettings(engine, undefined, briefs), ids: [queued.id] });
      let current = queued;
      for (const started = Date.now(); Date.now() - started < SEND_WAIT_MS; await new Promise((r) => setTimeout(r, 100))) {
        current = await deliveryNamed(engine, queued.id);
        if (current.status !== 'sending' && !(current.status === 'pending' && current.attempts === 0)) break;
      }
      return { delivery: current };
    },
  },
  {
    method: 'GET',
    path: /^\/inbox$/,
    async handle({ inbox }) {
      return { messages: await inboxMessages(inbox) };
    },
  },
];

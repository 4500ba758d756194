/**
 * The operator's view: feeds with their health (as `mawjaz sources list --json`), the delivery outbox
 * with its failed rows to retry (as `mawjaz deliveries`), and tracked topics with their aliases (as
 * `mawjaz topics`), through the same services as the CLI.
 */
import { z } from 'zod';
import { deliveryCounts, listDeliveries, OUTBOX_STATUSES, type OutboxStatus, retryDeliveries } from '../../src/delivery/deliveries.service.js';
import { addTopic, addTopicAliases } from '../../src/entities/topic.service.js';
import { listTrackedTopics } from '../../src/entities/tracked-topics.js';
import type { EntityRecord } from '../../src/entities/types.js';
import { feedJson, pollJson } from '../../src/feeds/feed-json.js';
import { addFeed, feedNamed, listAllFeeds, MAX_FEED_URL_CHARS, pollFeeds } from '../../src/feeds/feed.service.js';
import type { Engine } from '../../src/engine.js';
import type { FeedIngester } from '../../src/feeds/feed-ingester.js';
import type { Route } from './playground-context.js';
import { HttpError, parseWith } from './playground-http.js';

const DELIVERIES_SHOWN = 100;

const SourceBody = z.object({ url: z.string().min(1).max(MAX_FEED_URL_CHARS), name: z.string().max(200).optional() });
const alias = z.string().min(1).max(200);
const TopicBody = z.object({ name: z.string().min(1).max(200), kind: z.string().max(40).optional(), aliases: z.array(alias).max(50).optional() });
const AliasesBody = z.object({ aliases: z.array(alias).min(1).max(50) });

function wholeNumber(value: string | undefined, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new HttpError(400, `${what} must be a whole number, not ${JSON.stringify((value ?? '').slice(0, 40))}`);
  return n;
}

const topicView = (topic: EntityRecord) => ({ id: topic.id, kind: topic.kind, name: topic.names.en, nameAr: topic.names.ar ?? null, aliases: topic.aliases.map((a) => a.text) });

async function pollNow(engine: Engine, ingester: FeedIngester, idOrUrl: string) {
  const feed = await feedNamed(engine, idOrUrl);
  const [poll] = await pollFeeds(engine, { intervalMinutes: engine.config.MAWJAZ_FEED_POLL_MINUTES, feeds: [feed], ingester });
  if (!poll) throw new HttpError(409, `source ${feed.id} is being polled by another server right now`);
  return { feed: feedJson(await feedNamed(engine, String(feed.id))), poll: pollJson(poll) };
}

export const operatorRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/sources$/,
    async handle({ engine }) {
      return { feeds: (await listAllFeeds(engine)).map(feedJson) };
    },
  },
  {
    method: 'POST',
    path: /^\/sources$/,
    async handle({ engine, feeds }, { body }) {
      const { url, name } = parseWith(SourceBody, body);
      // As `sources add`: SSRF rules apply (no private addresses), and the feed is read once at once.
      const feed = await addFeed(engine, { url, ...(name !== undefined ? { name } : {}), allowPrivate: false });
      return pollNow(engine, feeds, String(feed.id));
    },
  },
  {
    method: 'POST',
    path: /^\/sources\/([^/]+)\/poll$/,
    async handle({ engine, feeds }, { params }) {
      return pollNow(engine, feeds, String(wholeNumber(params[0], 'the source id')));
    },
  },
  {
    method: 'GET',
    path: /^\/deliveries$/,
    async handle({ engine }, { query }) {
      const status = query.get('status');
      if (status !== null && !OUTBOX_STATUSES.includes(status as OutboxStatus)) throw new HttpError(400, `status must be one of ${OUTBOX_STATUSES.join(', ')}, not ${JSON.stringify(status.slice(0, 40))}`);
      const deliveries = await listDeliveries(engine, { limit: DELIVERIES_SHOWN, ...(status !== null ? { status: status as OutboxStatus } : {}) });
      return { counts: await deliveryCounts(engine), deliveries };
    },
  },
  {
    method: 'POST',
    path: /^\/deliveries\/([^/]+)\/retry$/,
    async handle({ engine }, { params }) {
      return { requeued: await retryDeliveries(engine, { id: wholeNumber(params[0], 'the delivery id') }) };
    },
  },
  {
    method: 'GET',
    path: /^\/topics$/,
    async handle({ engine }) {
      return { topics: (await listTrackedTopics(engine)).map(({ row, aliases }) => ({ id: row.id, kind: row.kind, name: row.name_en, nameAr: row.name_ar, origin: row.origin, aliases })) };
    },
  },
  {
    method: 'POST',
    path: /^\/topics$/,
    async handle({ engine, topicsChanged }, { body }) {
      const { name, kind, aliases } = parseWith(TopicBody, body);
      const change = await addTopic(engine, { name, ...(kind !== undefined ? { kind } : {}), ...(aliases !== undefined ? { aliases } : {}) });
      topicsChanged();
      return { topic: topicView(change.topic), relinked: change.relinked };
    },
  },
  {
    method: 'POST',
    path: /^\/topics\/([^/]+)\/aliases$/,
    async handle({ engine, topicsChanged }, { params, body }) {
      const { aliases } = parseWith(AliasesBody, body);
      const change = await addTopicAliases(engine, params[0] ?? '', aliases);
      topicsChanged();
      return { topic: topicView(change.topic), addedAliases: change.addedAliases, relinked: change.relinked };
    },
  },
];

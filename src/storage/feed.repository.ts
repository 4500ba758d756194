/** Feeds to poll and their health (migration 0009). */
import type { Kysely } from 'kysely';
import type { Database, FeedRow } from '../../db/schema.js';

export interface NewFeed {
  url: string;
  name: string | null;
  allowPrivate: boolean;
}

/** Adds a feed, due at once; null when that URL is already there. */
export async function insertFeed(db: Kysely<Database>, feed: NewFeed, now: string): Promise<FeedRow | null> {
  const row = await db
    .insertInto('feeds')
    .values({ url: feed.url, name: feed.name, allow_private: feed.allowPrivate ? 1 : 0, added_at: now, next_poll_at: now, failures: 0, articles_added: 0 })
    .onConflict((oc) => oc.column('url').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function listFeeds(db: Kysely<Database>): Promise<FeedRow[]> {
  return db.selectFrom('feeds').selectAll().orderBy('id').execute();
}

export async function findFeed(db: Kysely<Database>, idOrUrl: string): Promise<FeedRow | undefined> {
  const query = db.selectFrom('feeds').selectAll();
  return /^\d+$/.test(idOrUrl) ? query.where('id', '=', Number(idOrUrl)).executeTakeFirst() : query.where('url', '=', idOrUrl).executeTakeFirst();
}

export async function deleteFeed(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('feeds').where('id', '=', id).execute();
}

/** Feeds whose next poll is due, oldest due first. */
export async function dueFeeds(db: Kysely<Database>, now: string): Promise<FeedRow[]> {
  return db.selectFrom('feeds').selectAll().where('next_poll_at', '<=', now).orderBy('next_poll_at').orderBy('id').execute();
}

export interface PollOutcome {
  at: string;
  nextPollAt: string;
  /** Null: the poll succeeded. */
  error: string | null;
  articlesAdded: number;
  /** The outlet name the feed's articles carry, kept when the feed was added without a name. */
  name: string | null;
}

export async function recordPoll(db: Kysely<Database>, feed: FeedRow, outcome: PollOutcome): Promise<void> {
  const ok = outcome.error === null;
  await db
    .updateTable('feeds')
    .set({
      last_polled_at: outcome.at,
      next_poll_at: outcome.nextPollAt,
      failures: ok ? 0 : feed.failures + 1,
      articles_added: feed.articles_added + outcome.articlesAdded,
      ...(ok
        ? { last_success_at: outcome.at, first_polled_at: feed.first_polled_at ?? outcome.at, name: feed.name ?? outcome.name }
        : { last_error: outcome.error, last_error_at: outcome.at }),
    })
    .where('id', '=', feed.id)
    .execute();
}

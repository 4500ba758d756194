/** Feeds to poll and their health (migrations 0009 and 0012). */
import type { Kysely } from 'kysely';
import type { Database, FeedPollResult, FeedRow } from '../../db/schema.js';

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

/**
 * Claims a due feed for one poll, so that servers sharing the database poll it once: moves
 * next_poll_at to `leaseUntil`, but only while it still holds the value this server read (a plain
 * compare-and-set, atomic on SQLite and PostgreSQL alike: on PostgreSQL the second of two concurrent
 * updates re-checks the condition on the row the first wrote, and matches nothing). The claimed row,
 * or undefined when another server got there first. recordPoll then sets the real next poll; a server
 * that dies mid-poll leaves the lease, and the feed is due again once it passes.
 */
export async function claimFeed(db: Kysely<Database>, feed: Pick<FeedRow, 'id' | 'next_poll_at'>, leaseUntil: string): Promise<FeedRow | undefined> {
  return db
    .updateTable('feeds')
    .set({ next_poll_at: leaseUntil })
    .where('id', '=', feed.id)
    .where('next_poll_at', '=', feed.next_poll_at)
    .returningAll()
    .executeTakeFirst();
}

export interface PollOutcome {
  at: string;
  nextPollAt: string;
  result: FeedPollResult;
  /** Set when result is 'failed'. */
  error: string | null;
  articlesAdded: number;
  /** The outlet name the feed's articles carry, kept when the feed was added without a name. */
  name: string | null;
  /** From a 200 that parsed: the validators to send next time (nulls when the server sent none). */
  validators?: { etag: string | null; lastModified: string | null };
}

/** Counters are updated in SQL, so a poll recorded by another server in between is not overwritten. */
export async function recordPoll(db: Kysely<Database>, feed: Pick<FeedRow, 'id'>, outcome: PollOutcome): Promise<void> {
  const ok = outcome.result !== 'failed';
  await db
    .updateTable('feeds')
    .set((eb) => ({
      last_polled_at: outcome.at,
      next_poll_at: outcome.nextPollAt,
      last_result: outcome.result,
      failures: ok ? 0 : eb('failures', '+', 1),
      articles_added: eb('articles_added', '+', outcome.articlesAdded),
      ...(ok
        ? { last_success_at: outcome.at, first_polled_at: eb.fn.coalesce('first_polled_at', eb.val(outcome.at)), name: eb.fn.coalesce('name', eb.val(outcome.name)) }
        : { last_error: outcome.error, last_error_at: outcome.at }),
      ...(outcome.validators ? { etag: outcome.validators.etag, last_modified: outcome.validators.lastModified } : {}),
    }))
    .where('id', '=', feed.id)
    .execute();
}

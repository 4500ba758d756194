/**
 * Deleting what a retention period has left behind (`mawjaz prune`), in bounded batches so that no
 * statement or transaction grows with the database: old articles with their mentions, alerts and
 * full-text rows (PostgreSQL's article_search follows its article by a cascading key; SQLite's
 * contentless FTS5 index has no key to cascade on, so its rows go explicitly, by the article's seq),
 * finished outbox rows, handled platform events and compiled briefs over pruned days.
 */
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { DialectName } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';

/** Articles with sort_time in [from, until) stay: a brief still to send is compiled from them. */
export interface KeptPeriod {
  from: string;
  until: string;
}

export interface ArticleCutoff {
  /** Articles dated (sort_time) before this go… */
  before: string;
  /** …except those in these periods, and those a pending or queued alert names. */
  keep: KeptPeriod[];
}

/** Outbox rows that still matter: anything not sent or cancelled may be sent, retried or inspected. */
const FINISHED_OUTBOX = ['sent', 'cancelled'];
const UNSENT_ALERTS = ['pending', 'queued'];

function prunable(cutoff: ArticleCutoff) {
  return (eb: ExpressionBuilder<Database, 'articles'>) =>
    eb.and([
      eb('articles.sort_time', '<', cutoff.before),
      eb('articles.id', 'not in', eb.selectFrom('alerts').select('alerts.article_id').where('alerts.status', 'in', UNSENT_ALERTS)),
      ...cutoff.keep.map((period) => eb.not(eb.and([eb('articles.sort_time', '>=', period.from), eb('articles.sort_time', '<', period.until)]))),
    ]);
}

/** The payloads of briefs not sent yet (pending, sending, failed, paused): each names its period. */
export async function unsentBriefPayloads(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('outbox').select('payload').where('kind', '=', 'brief').where('status', 'not in', FINISHED_OUTBOX).execute();
  return rows.map((row) => row.payload);
}

export interface ArticlePruneCounts {
  articles: number;
  mentions: number;
  alerts: number;
  /** Older than the cutoff but kept (a brief still to send, a pending alert). */
  kept: number;
}

export async function countPrunableArticles(db: Kysely<Database>, cutoff: ArticleCutoff): Promise<ArticlePruneCounts> {
  const ids = db.selectFrom('articles').select('articles.id').where(prunable(cutoff));
  const count = async (table: 'articles' | 'mentions' | 'alerts', where: 'id' | 'article_id') => {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).where(where, 'in', ids).executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const older = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number | string>().as('n')).where('sort_time', '<', cutoff.before).executeTakeFirstOrThrow();
  const articles = await count('articles', 'id');
  return { articles, mentions: await count('mentions', 'article_id'), alerts: await count('alerts', 'article_id'), kept: Number(older.n) - articles };
}

/** Deletes up to `limit` prunable articles with everything hanging on them; call inside one transaction. */
export async function pruneArticleBatch(trx: Kysely<Database>, dialect: DialectName, cutoff: ArticleCutoff, limit: number): Promise<Omit<ArticlePruneCounts, 'kept'>> {
  const batch = await trx.selectFrom('articles').select(['seq', 'id']).where(prunable(cutoff)).orderBy('seq').limit(limit).execute();
  if (batch.length === 0) return { articles: 0, mentions: 0, alerts: 0 };
  const ids = batch.map((article) => article.id);
  const mentions = await trx.deleteFrom('mentions').where('article_id', 'in', ids).executeTakeFirst();
  const alerts = await trx.deleteFrom('alerts').where('article_id', 'in', ids).executeTakeFirst();
  // Their story keys stay until their days leave every window: a key whose article is gone finds no features and is no candidate.
  await trx.deleteFrom('story_features').where('article_id', 'in', ids).execute();
  if (dialect === 'postgres') await sql`DELETE FROM article_search WHERE article_id IN (${sql.join(ids)})`.execute(trx);
  else await sql`DELETE FROM article_fts WHERE rowid IN (${sql.join(batch.map((article) => article.seq))})`.execute(trx);
  const articles = await trx.deleteFrom('articles').where('id', 'in', ids).executeTakeFirst();
  return { articles: Number(articles.numDeletedRows), mentions: Number(mentions.numDeletedRows), alerts: Number(alerts.numDeletedRows) };
}

/** Sent and cancelled outbox rows last touched before `before`. */
function finishedOutbox(db: Kysely<Database>, before: string) {
  return db.selectFrom('outbox').select('id').where('status', 'in', FINISHED_OUTBOX).where((eb) => eb(eb.fn.coalesce('sent_at', 'updated_at'), '<', before));
}

export async function countFinishedOutbox(db: Kysely<Database>, before: string): Promise<number> {
  const row = await db.selectFrom(finishedOutbox(db, before).as('finished')).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function pruneOutboxBatch(db: Kysely<Database>, before: string, limit: number): Promise<number> {
  const result = await db.deleteFrom('outbox').where('id', 'in', finishedOutbox(db, before).orderBy('id').limit(limit)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countPlatformEvents(db: Kysely<Database>, before: string): Promise<number> {
  const row = await db.selectFrom('platform_events').select((eb) => eb.fn.countAll<number | string>().as('n')).where('received_at', '<', before).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function prunePlatformEventsBatch(db: Kysely<Database>, before: string, limit: number): Promise<number> {
  // The table's key is (platform, event_id); a row-value IN works on both databases.
  const result = await sql`DELETE FROM platform_events WHERE (platform, event_id) IN (
    SELECT platform, event_id FROM platform_events WHERE received_at < ${before} LIMIT ${limit})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Compiled briefs whose period, or the period they compare against, starts before `before`. */
export async function countCompiledSummaries(db: Kysely<Database>, before: string): Promise<number> {
  const row = await db.selectFrom('compiled_summaries').select((eb) => eb.fn.countAll<number | string>().as('n')).where('covers_from', '<', before).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function pruneCompiledSummariesBatch(db: Kysely<Database>, before: string, limit: number): Promise<number> {
  const ids = db.selectFrom('compiled_summaries').select('id').where('covers_from', '<', before).orderBy('id').limit(limit);
  const result = await db.deleteFrom('compiled_summaries').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

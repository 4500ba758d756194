/** Alerts: queued when an article mentioning an alert-followed topic is stored, sent in batches. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { aboutMigrationSql } from './about-migration.js';
import { type TargetKey, targetColumns } from './target-columns.js';

const IN_CHUNK = 500;
/** Alerts already given to the outbox count toward the daily cap and the story check, sent or not yet. */
const HANDED_ON = ['queued', 'sent'];

/**
 * Queues an alert for every target following, with alerts, a topic these new articles mention —
 * once per target and article. Only articles dated after `since` alert: a newly added feed's back
 * catalogue must not flood anyone.
 */
export async function queueAlerts(db: Kysely<Database>, articleIds: readonly string[], since: string, now: string): Promise<number> {
  let queued = 0;
  for (let i = 0; i < articleIds.length; i += IN_CHUNK) {
    const chunk = articleIds.slice(i, i + IN_CHUNK);
    const matches = db
      .selectFrom('subscriptions as s')
      .innerJoin('mentions as m', 'm.entity_id', 's.entity_id')
      .innerJoin('articles as a', 'a.id', 'm.article_id')
      .select((eb) => [
        's.platform',
        's.workspace_id',
        's.conversation_id',
        'm.article_id',
        eb.fn.min('m.entity_id').as('entity_id'),
        eb.val('pending').as('status'),
        eb.val(now).as('created_at'),
      ])
      .where('s.mode', '=', 'alerts')
      .where('s.paused_reason', 'is', null)
      .where('m.article_id', 'in', chunk)
      .where('m.sort_time', '>=', since)
      // Alerts are migration news: Egypt's football match names Egypt but alerts no follower of it.
      .where(aboutMigrationSql('a.relevance'))
      .groupBy(['s.platform', 's.workspace_id', 's.conversation_id', 'm.article_id']);
    const result = await db
      .insertInto('alerts')
      .columns(['platform', 'workspace_id', 'conversation_id', 'article_id', 'entity_id', 'status', 'created_at'])
      .expression(matches)
      .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'conversation_id', 'article_id']).doNothing())
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return queued;
}

export interface PendingAlert {
  id: number;
  article_id: string;
  title: string;
  /** The body's opening, for telling whether two alerts are one story. */
  head: string;
  sort_time: string;
  url: string;
  lang: string;
  published: string | null;
  source: string | null;
  entity_id: string;
  kind: string;
  name_en: string;
  name_ar: string | null;
  country_code: string | null;
  /** The story ingestion gave the article (possibly merged since; see story.repository.ts). */
  story_id: string | null;
}

export async function targetsWithPendingAlerts(db: Kysely<Database>): Promise<Array<{ platform: string; workspace_id: string; conversation_id: string }>> {
  return db.selectFrom('alerts').select(['platform', 'workspace_id', 'conversation_id']).where('status', '=', 'pending').distinct().execute();
}

/** Alerts with their article and topic, as messages and App Home show them. */
/** Characters of body read to group alerts by story: the lead, where news states the event. */
const HEAD_CHARS = 1500;

function alertArticles(db: Kysely<Database>, key: TargetKey) {
  return db
    .selectFrom('alerts')
    .innerJoin('articles', 'articles.id', 'alerts.article_id')
    .leftJoin('sources', 'sources.id', 'articles.source_id')
    .innerJoin('entities', 'entities.id', 'alerts.entity_id')
    .select(['alerts.id', 'alerts.article_id', 'articles.title', sql<string>`substr(articles.text, 1, ${sql.lit(HEAD_CHARS)})`.as('head'), 'articles.sort_time', 'articles.url', 'articles.lang', 'articles.published', 'sources.name as source', 'alerts.entity_id', 'entities.kind', 'entities.name_en', 'entities.name_ar', 'entities.country_code', 'articles.story_id'])
    .where((eb) => eb.and({ 'alerts.platform': key.platform, 'alerts.workspace_id': key.workspaceId, 'alerts.conversation_id': key.conversationId }));
}

export async function pendingAlerts(db: Kysely<Database>, key: TargetKey, limit: number): Promise<PendingAlert[]> {
  return alertArticles(db, key).where('alerts.status', '=', 'pending').orderBy('alerts.id').limit(limit).execute();
}

/** Alerts sent since `since`: a new report of one of their stories is not news to this target. */
export async function sentAlertsSince(db: Kysely<Database>, key: TargetKey, since: string): Promise<PendingAlert[]> {
  return alertArticles(db, key).where('alerts.status', 'in', HANDED_ON).where('alerts.sent_at', '>=', since).orderBy('alerts.id').execute();
}

/** The alerts last sent to a conversation, newest first. */
export async function recentAlerts(db: Kysely<Database>, key: TargetKey, limit: number): Promise<Array<PendingAlert & { sent_at: string | null }>> {
  return alertArticles(db, key).select('alerts.sent_at').where('alerts.status', '=', 'sent').orderBy('alerts.sent_at', 'desc').orderBy('alerts.id', 'desc').limit(limit).execute();
}

export async function countSentSince(db: Kysely<Database>, key: TargetKey, since: string): Promise<number> {
  const row = await db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('status', 'in', HANDED_ON)
    .where((eb) => eb.and(targetColumns(key)))
    .where('sent_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * 'queued': in an outbox message not yet acknowledged; 'sent': in a message the platform acknowledged;
 * 'skipped': left out (muted outlet, hidden story, a story already alerted). With `from`, only rows
 * still in that status change (a claim); returns how many did.
 */
export async function markAlerts(db: Kysely<Database>, ids: readonly number[], status: 'queued' | 'sent' | 'skipped', now: string, from?: string): Promise<number> {
  let changed = 0;
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    let query = db.updateTable('alerts').set({ status, sent_at: now }).where('id', 'in', ids.slice(i, i + IN_CHUNK));
    if (from !== undefined) query = query.where('status', '=', from);
    changed += Number((await query.executeTakeFirst()).numUpdatedRows);
  }
  return changed;
}

/**
 * Stored compiled summaries (one topic, one period, one language) and their staleness. The digest
 * engine writes them; ingestion marks them stale when an article lands inside what they cover.
 */
import type { Kysely } from 'kysely';
import type { CompiledSummaryRow, Database } from '../../db/schema.js';

export interface SummaryKey {
  scope: string;
  periodStart: string;
  periodEnd: string;
  lang: string;
}

export async function findCompiledSummary(db: Kysely<Database>, key: SummaryKey): Promise<CompiledSummaryRow | undefined> {
  return db
    .selectFrom('compiled_summaries')
    .selectAll()
    .where('scope', '=', key.scope)
    .where('period_start', '=', key.periodStart)
    .where('period_end', '=', key.periodEnd)
    .where('lang', '=', key.lang)
    .executeTakeFirst();
}

export interface CompiledSummaryWrite extends SummaryKey {
  entityId: string | null;
  coversFrom: string;
  content: string;
  audit: string | null;
  compiledAt: string;
  /** True when the articles changed while compiling: the row is written, but stays due for another pass. */
  stale: boolean;
}

export async function saveCompiledSummary(db: Kysely<Database>, row: CompiledSummaryWrite): Promise<void> {
  const values = {
    scope: row.scope,
    entity_id: row.entityId,
    period_start: row.periodStart,
    period_end: row.periodEnd,
    covers_from: row.coversFrom,
    lang: row.lang,
    content: row.content,
    stale: row.stale ? 1 : 0,
    compiled_at: row.compiledAt,
    audit: row.audit,
  };
  await db
    .insertInto('compiled_summaries')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['scope', 'period_start', 'period_end', 'lang']).doUpdateSet({
        covers_from: values.covers_from,
        content: values.content,
        stale: values.stale,
        compiled_at: values.compiled_at,
        audit: values.audit,
      }),
    )
    .execute();
}

/**
 * Marks stale every summary whose coverage (previous period included) contains one of these days.
 * One statement for a whole ingest batch: per-day statements cost 4–5% of ingest throughput when a
 * batch spans many days (a backfill).
 */
export async function markSummariesStaleForDays(db: Kysely<Database>, days: Iterable<string>): Promise<number> {
  const distinct = [...new Set(days)];
  let marked = 0;
  for (let i = 0; i < distinct.length; i += DAYS_PER_STATEMENT) {
    const chunk = distinct.slice(i, i + DAYS_PER_STATEMENT);
    const result = await db
      .updateTable('compiled_summaries')
      .set({ stale: 1 })
      .where('stale', '=', 0)
      .where((eb) => eb.or(chunk.map((day) => eb.and([eb('period_end', '>=', day), eb('covers_from', '<=', day)]))))
      .executeTakeFirst();
    marked += Number(result.numUpdatedRows);
  }
  return marked;
}

const DAYS_PER_STATEMENT = 100;

/** After a topic's aliases change, its mentions (in any period) may have changed: all its summaries and the all-topics ones (no entity) are due. */
export async function markSummariesStaleForEntity(db: Kysely<Database>, entityId: string): Promise<number> {
  const result = await db
    .updateTable('compiled_summaries')
    .set({ stale: 1 })
    .where('stale', '=', 0)
    .where((eb) => eb.or([eb('entity_id', '=', entityId), eb('entity_id', 'is', null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** How many articles fall in [start, end) by sort_time: a cheap fingerprint that changes when an article arrives. */
export async function countArticlesBetween(db: Kysely<Database>, start: string, end: string): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('sort_time', '>=', start)
    .where('sort_time', '<', end)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

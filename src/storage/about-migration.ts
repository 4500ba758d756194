/**
 * The one rule for "about migration", in the two places it is asked: in memory (briefs and topic cards
 * filter compiled articles) and in SQL (alerts and search filter rows). An article scoring at least
 * RELEVANCE_THRESHOLD is about migration; one stored before it was scored (null) counts too, so that an
 * old archive does not vanish from briefs until the backfill reaches it (src/ingest/relevance-backfill.ts).
 */
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { RELEVANCE_THRESHOLD } from '../entities/relevance.js';

export function isAboutMigration(relevance: number | null): boolean {
  return relevance === null || relevance >= RELEVANCE_THRESHOLD;
}

/** The same rule on a relevance column ("a.relevance"), for `.where(...)` or a raw statement. */
export function aboutMigrationSql(relevanceColumn: string): RawBuilder<SqlBool> {
  const column = sql.ref(relevanceColumn);
  return sql<SqlBool>`(${column} IS NULL OR ${column} >= ${RELEVANCE_THRESHOLD})`;
}

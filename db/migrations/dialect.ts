/**
 * The few places where SQLite and PostgreSQL need different DDL (auto-increment ids, full-text
 * search) ask this. Migrations stay frozen in time: this reads only kysely's own adapter.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint: migrations take Kysely<any> by design (kysely docs): they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyKysely = Kysely<any>;

export function isPostgres(db: AnyKysely): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

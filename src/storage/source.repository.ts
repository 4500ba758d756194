/** Outlets and feeds articles come from. */
import type { Kysely } from 'kysely';
import type { Database, SourceRow } from '../../db/schema.js';

/** The id of the source with this name, created on first sight. */
export async function ensureSource(
  db: Kysely<Database>,
  source: { name: string; url: string | null; kind: string },
  now: string,
): Promise<number> {
  const existing = await db.selectFrom('sources').select('id').where('name', '=', source.name).executeTakeFirst();
  if (existing) return existing.id;
  const inserted = await db
    .insertInto('sources')
    .values({ name: source.name, url: source.url, kind: source.kind, created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const raced = await db.selectFrom('sources').select('id').where('name', '=', source.name).executeTakeFirstOrThrow();
  return raced.id;
}

export async function listSources(db: Kysely<Database>): Promise<SourceRow[]> {
  return db.selectFrom('sources').selectAll().orderBy('name').execute();
}

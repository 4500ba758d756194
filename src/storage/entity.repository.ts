/** Entities (gazetteer, user topics, people found in text) and their aliases. */
import { type Kysely, sql } from 'kysely';
import type { Database, EntityAliasRow, EntityRow, NewEntity } from '../../db/schema.js';
import type { EntityKind, EntityOrigin, EntityRecord } from '../entities/types.js';
import { phraseKeys } from '../text/tokens.js';

/** Rows per statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_STATEMENT = 100;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Inserts or replaces entities with all their aliases (aliases are rewritten as a whole). Written a
 * hundred rows a statement: the gazetteer holds thousands of entities (every country's bodies) and
 * is written on every first start and after each change of its data.
 */
export async function upsertEntities(db: Kysely<Database>, records: readonly EntityRecord[], now: string): Promise<void> {
  for (const chunk of chunks(records, ROWS_PER_STATEMENT)) {
    // On update the id and creation time stay as they were.
    await db
      .insertInto('entities')
      .values(chunk.map((record) => entityRow(record, now)))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          name_en: eb.ref('excluded.name_en'),
          name_ar: eb.ref('excluded.name_ar'),
          name_fr: eb.ref('excluded.name_fr'),
          country_code: eb.ref('excluded.country_code'),
          origin: eb.ref('excluded.origin'),
        })),
      )
      .execute();
    await db.deleteFrom('entity_aliases').where('entity_id', 'in', chunk.map((record) => record.id)).execute();
    const aliases = chunk.flatMap(aliasRows);
    for (const rows of chunks(aliases, ROWS_PER_STATEMENT)) await db.insertInto('entity_aliases').values(rows).execute();
  }
}

/** The stored row of an entity. */
export function entityRow(record: EntityRecord, now: string): NewEntity {
  return {
    id: record.id,
    kind: record.kind,
    name_en: record.names.en,
    name_ar: record.names.ar ?? null,
    name_fr: record.names.fr ?? null,
    country_code: record.countryCode ?? null,
    origin: record.origin,
    created_at: now,
  };
}

/** Distinct alias rows of a record (the same text twice would break the primary key). */
export function aliasRows(record: EntityRecord): Array<ReturnType<typeof aliasRow>> {
  const seen = new Set<string>();
  return record.aliases.filter((a) => !seen.has(a.text) && seen.add(a.text)).map((a) => aliasRow(record.id, a));
}

/** Inserts an entity only if its id is new (people found in text are created once, then reused). */
export async function insertEntityIfNew(db: Kysely<Database>, record: EntityRecord, now: string): Promise<boolean> {
  const inserted = await db
    .insertInto('entities')
    .values(entityRow(record, now))
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  await insertAliases(db, record);
  return true;
}

/** Adds aliases to an existing entity; returns the ones that were new. */
export async function addAliases(db: Kysely<Database>, entityId: string, aliases: EntityRecord['aliases']): Promise<string[]> {
  const added: string[] = [];
  for (const alias of aliases) {
    const result = await db
      .insertInto('entity_aliases')
      .values(aliasRow(entityId, alias))
      .onConflict((oc) => oc.columns(['entity_id', 'alias']).doNothing())
      .returning('alias')
      .executeTakeFirst();
    if (result) added.push(result.alias);
  }
  return added;
}

async function insertAliases(db: Kysely<Database>, record: EntityRecord): Promise<void> {
  // Chunked: SQLite limits bound parameters per statement.
  for (const rows of chunks(aliasRows(record), ROWS_PER_STATEMENT)) await db.insertInto('entity_aliases').values(rows).execute();
}

/** The stored row of one alias (with its matching keys). */
export function aliasRow(entityId: string, alias: EntityRecord['aliases'][number]) {
  return {
    entity_id: entityId,
    alias: alias.text,
    lang: alias.lang ?? null,
    match_key: phraseKeys(alias.text).join(' '),
    case_sensitive: alias.caseSensitive ? 1 : 0,
  };
}

/** Every entity of the given origins with its aliases, as records the matcher can load. */
export async function loadEntityRecords(db: Kysely<Database>, origins?: readonly EntityOrigin[]): Promise<EntityRecord[]> {
  let entityQuery = db.selectFrom('entities').selectAll();
  let aliasQuery = db.selectFrom('entity_aliases').innerJoin('entities', 'entities.id', 'entity_aliases.entity_id').selectAll('entity_aliases');
  if (origins) {
    entityQuery = entityQuery.where('origin', 'in', origins);
    aliasQuery = aliasQuery.where('entities.origin', 'in', origins);
  }
  const [entities, aliases] = await Promise.all([entityQuery.execute(), aliasQuery.execute()]);
  const byEntity = new Map<string, EntityAliasRow[]>();
  for (const alias of aliases) {
    const list = byEntity.get(alias.entity_id) ?? [];
    list.push(alias);
    byEntity.set(alias.entity_id, list);
  }
  return entities.map((row) => toRecord(row, byEntity.get(row.id) ?? []));
}

export function toRecord(row: EntityRow, aliases: readonly EntityAliasRow[]): EntityRecord {
  return {
    id: row.id,
    kind: row.kind as EntityKind,
    names: {
      en: row.name_en,
      ...(row.name_ar ? { ar: row.name_ar } : {}),
      ...(row.name_fr ? { fr: row.name_fr } : {}),
    },
    ...(row.country_code ? { countryCode: row.country_code } : {}),
    aliases: aliases.map((a) => ({
      text: a.alias,
      ...(a.lang ? { lang: a.lang } : {}),
      ...(a.case_sensitive ? { caseSensitive: true } : {}),
    })),
    origin: row.origin as EntityOrigin,
  };
}

export async function getEntity(db: Kysely<Database>, id: string): Promise<EntityRow | undefined> {
  return db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listEntities(db: Kysely<Database>, filter: { origins?: readonly EntityOrigin[]; kinds?: readonly string[] }): Promise<EntityRow[]> {
  let query = db.selectFrom('entities').selectAll().orderBy('kind').orderBy('name_en');
  if (filter.origins) query = query.where('origin', 'in', filter.origins);
  if (filter.kinds) query = query.where('kind', 'in', filter.kinds);
  return query.execute();
}

export async function aliasesOf(db: Kysely<Database>, entityIds: readonly string[]): Promise<EntityAliasRow[]> {
  if (entityIds.length === 0) return [];
  return db.selectFrom('entity_aliases').selectAll().where('entity_id', 'in', entityIds).orderBy('alias').execute();
}

/**
 * A cheap fingerprint of the entities and their aliases (their counts): it changes when a topic, an
 * alias or a person or body found in text is added, here or by another replica on the same database.
 */
export async function entitiesStamp(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ entities: number | string; aliases: number | string }>`
    SELECT (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM entity_aliases) AS aliases`.execute(db);
  return `${rows[0]?.entities ?? 0}/${rows[0]?.aliases ?? 0}`;
}

/** How briefs name entities: English name, Arabic beside it, ISO code for countries, from the entities table. */
import type { Engine } from '../../src/engine.js';
import { type BriefEntity, EntityKindSchema } from '../brief/brief-model.js';
import type { EntityLookup } from './story-view.js';

const IN_CHUNK = 500;

interface EntityNameRow {
  id: string;
  kind: string;
  name_en: string;
  name_ar: string | null;
  country_code: string | null;
}

export function briefEntityOf(row: EntityNameRow): BriefEntity | undefined {
  const kind = EntityKindSchema.safeParse(row.kind);
  if (!kind.success || row.name_en.trim() === '') return undefined;
  const code = kind.data === 'country' && row.country_code !== null && /^[A-Z]{2}$/.test(row.country_code) ? row.country_code : undefined;
  return {
    id: row.id,
    kind: kind.data,
    name: row.name_en,
    ...(row.name_ar !== null && row.name_ar.trim() !== '' ? { nameAr: row.name_ar } : {}),
    ...(code !== undefined ? { code } : {}),
  };
}

/** A lookup over the given ids, read in one pass. */
export async function loadEntityLookup(engine: Engine, ids: Iterable<string>): Promise<EntityLookup> {
  const wanted = [...new Set(ids)];
  const byId = new Map<string, BriefEntity>();
  for (let i = 0; i < wanted.length; i += IN_CHUNK) {
    const rows = await engine.store.db
      .selectFrom('entities')
      .select(['id', 'kind', 'name_en', 'name_ar', 'country_code'])
      .where('id', 'in', wanted.slice(i, i + IN_CHUNK))
      .execute();
    for (const row of rows) {
      const entity = briefEntityOf(row);
      if (entity) byId.set(row.id, entity);
    }
  }
  return (id) => byId.get(id);
}

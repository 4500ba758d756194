/** Tracked topics with their aliases, as `mawjaz topics list` and the playground's operator view list them. */
import type { EntityRow } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { aliasesOf, listEntities } from '../storage/entity.repository.js';
import { mentionedEntities } from '../storage/mention.repository.js';
import { templateOnlyBodies } from './gazetteer.js';
import type { EntityOrigin } from './types.js';

export interface TrackedTopic {
  row: EntityRow;
  aliases: string[];
}

/**
 * By default processes, organisations and themes of the gazetteer, and every topic users added
 * (whatever its kind); `all` adds countries and people; `kind` lists that kind only. A national body
 * only the template writes (Chile's navy, Fiji's labour ministry) is listed by default once an article
 * names it: the list stays the desk's topics, not every ministry of every country.
 */
export async function listTrackedTopics(engine: Engine, filter: { all?: boolean; kind?: string } = {}): Promise<TrackedTopic[]> {
  const { db } = engine.store;
  const kinds = filter.kind ? [filter.kind] : filter.all ? undefined : ['organisation', 'process', 'theme'];
  const origins: EntityOrigin[] | undefined = filter.all || filter.kind ? undefined : ['gazetteer', 'user'];
  let rows = await listEntities(db, { ...(kinds ? { kinds } : {}), ...(origins ? { origins } : {}) });
  // User topics are always listed, whatever their kind.
  if (!filter.all && !filter.kind) rows = [...rows, ...(await listEntities(db, { origins: ['user'] })).filter((r) => !rows.some((x) => x.id === r.id))];
  if (!filter.all) {
    const template = templateOnlyBodies();
    const mentioned = await mentionedEntities(db, rows.filter((r) => template.has(r.id)).map((r) => r.id));
    rows = rows.filter((r) => !template.has(r.id) || mentioned.has(r.id));
  }
  const aliases = new Map<string, string[]>();
  for (const a of await aliasesOf(db, rows.map((r) => r.id))) aliases.set(a.entity_id, [...(aliases.get(a.entity_id) ?? []), a.alias]);
  return rows.map((row) => ({ row, aliases: aliases.get(row.id) ?? [] }));
}

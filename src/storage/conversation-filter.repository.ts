/** A conversation's hidden stories and muted outlets (migration 0008), keyed like its delivery target. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type TargetKey, targetColumns } from './target-columns.js';

export type FilterKind = 'story' | 'source';

export interface FilterEntry {
  kind: FilterKind;
  value: string;
}

/** True when the filter is new (a repeated click or a retry changes nothing). */
export async function addFilter(db: Kysely<Database>, key: TargetKey, entry: FilterEntry, createdBy: string | null, now: string): Promise<boolean> {
  const result = await db
    .insertInto('conversation_filters')
    .values({ ...targetColumns(key), kind: entry.kind, value: entry.value, created_by: createdBy, created_at: now })
    .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'conversation_id', 'kind', 'value']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** True when there was such a filter to remove. */
export async function removeFilter(db: Kysely<Database>, key: TargetKey, entry: FilterEntry): Promise<boolean> {
  const result = await db
    .deleteFrom('conversation_filters')
    .where((eb) => eb.and({ ...targetColumns(key), kind: entry.kind, value: entry.value }))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function filtersOf(db: Kysely<Database>, key: TargetKey): Promise<FilterEntry[]> {
  const rows = await db
    .selectFrom('conversation_filters')
    .select(['kind', 'value'])
    .where((eb) => eb.and(targetColumns(key)))
    .orderBy('created_at')
    .execute();
  return rows.flatMap((r) => (r.kind === 'story' || r.kind === 'source' ? [{ kind: r.kind, value: r.value }] : []));
}

/** Muted outlets of a conversation, by name (a source row deleted since is left out). */
export async function mutedSources(db: Kysely<Database>, key: TargetKey): Promise<Array<{ id: number; name: string }>> {
  const rows = await db
    .selectFrom('conversation_filters as f')
    .innerJoin('sources', (join) => join.on((eb) => eb(eb.cast('sources.id', 'text'), '=', eb.ref('f.value'))))
    .select(['sources.id', 'sources.name'])
    .where((eb) => eb.and({ 'f.platform': key.platform, 'f.workspace_id': key.workspaceId, 'f.conversation_id': key.conversationId, 'f.kind': 'source' }))
    .orderBy('sources.name')
    .execute();
  return rows;
}

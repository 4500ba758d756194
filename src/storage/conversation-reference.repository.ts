/** Conversation references for proactive messages (migration 0010): saved on every inbound activity, deleted on removal. */
import type { Kysely } from 'kysely';
import type { ConversationReferenceRow, Database } from '../../db/schema.js';
import { type TargetKey, targetColumns } from './target-columns.js';

export interface ConversationReferenceWrite extends TargetKey {
  kind: 'personal' | 'channel' | 'groupChat';
  teamId: string | null;
  serviceUrl: string;
  /** The platform's reference, serialised. */
  reference: string;
}

export async function saveConversationReference(db: Kysely<Database>, ref: ConversationReferenceWrite, now: string): Promise<void> {
  const row = { kind: ref.kind, team_id: ref.teamId, service_url: ref.serviceUrl, reference: ref.reference, updated_at: now };
  await db
    .insertInto('conversation_references')
    .values({ ...targetColumns(ref), ...row })
    .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'conversation_id']).doUpdateSet(row))
    .execute();
}

export async function findConversationReference(db: Kysely<Database>, key: TargetKey): Promise<ConversationReferenceRow | undefined> {
  return db.selectFrom('conversation_references').selectAll().where((eb) => eb.and(targetColumns(key))).executeTakeFirst();
}

/** Forgets one conversation; returns whether it was known. */
export async function deleteConversationReference(db: Kysely<Database>, key: TargetKey): Promise<boolean> {
  const result = await db.deleteFrom('conversation_references').where((eb) => eb.and(targetColumns(key))).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Forgets every channel of a team (the bot was removed from it); returns their conversation ids. */
export async function deleteTeamReferences(db: Kysely<Database>, platform: string, workspaceId: string, teamId: string): Promise<string[]> {
  const rows = await db
    .deleteFrom('conversation_references')
    .where('platform', '=', platform)
    .where('workspace_id', '=', workspaceId)
    .where('team_id', '=', teamId)
    .returning('conversation_id')
    .execute();
  return rows.map((r) => r.conversation_id);
}

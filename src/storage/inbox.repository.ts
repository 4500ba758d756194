/** The playground's inbox table (migration 0013): what the outbox delivered to the playground user. */
import type { Kysely } from 'kysely';
import type { Database, PlaygroundInboxRow } from '../../db/schema.js';

export interface NewInboxRow {
  conversationId: string;
  kind: string;
  /** JSON, as stored. */
  slack: string;
  teams: string;
}

/** Stores one delivered message; its id. */
export async function insertInboxRow(db: Kysely<Database>, row: NewInboxRow, now: string): Promise<number> {
  const inserted = await db
    .insertInto('playground_inbox')
    .values({ conversation_id: row.conversationId, kind: row.kind, slack: row.slack, teams: row.teams, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The newest rows first. */
export async function latestInboxRows(db: Kysely<Database>, limit: number): Promise<PlaygroundInboxRow[]> {
  return db.selectFrom('playground_inbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

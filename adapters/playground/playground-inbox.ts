/** The playground's inbox (migration 0013): what the outbox delivered to the playground user, newest first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Rendered } from './rendered.js';

export interface InboxMessage {
  id: number;
  at: string;
  kind: 'brief' | 'alerts';
  conversationId: string;
  slack: Rendered['slack'];
  teams: Rendered['teams'];
}

const INBOX_SHOWN = 50;

export async function storeInInbox(db: Kysely<Database>, conversationId: string, message: Rendered, now: string): Promise<number> {
  const row = await db
    .insertInto('playground_inbox')
    .values({ conversation_id: conversationId, kind: message.kind, slack: JSON.stringify(message.slack), teams: JSON.stringify(message.teams), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function inboxMessages(db: Kysely<Database>, limit = INBOX_SHOWN): Promise<InboxMessage[]> {
  const rows = await db.selectFrom('playground_inbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.created_at,
    kind: r.kind === 'alerts' ? 'alerts' : 'brief',
    conversationId: r.conversation_id,
    slack: JSON.parse(r.slack) as Rendered['slack'],
    teams: JSON.parse(r.teams) as Rendered['teams'],
  }));
}

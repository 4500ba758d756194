/**
 * The port the playground keeps its inbox through: delivered messages in their rendered forms, as
 * plain JSON values the core stores without reading (src/storage/inbox.repository.ts), so the
 * playground adapter never touches db/ or src/storage/.
 */
import type { Engine } from '../engine.js';
import { insertInboxRow, latestInboxRows } from '../storage/inbox.repository.js';

export interface InboxEntry {
  id: number;
  at: string;
  kind: 'brief' | 'alerts';
  conversationId: string;
  /** What the adapter stored, as it stored it (JSON values). */
  slack: unknown;
  teams: unknown;
}

export interface Inbox {
  /** Files one delivered message ('brief' or 'alerts'); its id. */
  store(entry: { conversationId: string; kind: string; slack: unknown; teams: unknown }): Promise<number>;
  /** The newest entries first. */
  latest(limit: number): Promise<InboxEntry[]>;
}

export function createInbox(engine: Engine): Inbox {
  const { db } = engine.store;
  return {
    store: (entry) =>
      insertInboxRow(db, { conversationId: entry.conversationId, kind: entry.kind, slack: JSON.stringify(entry.slack), teams: JSON.stringify(entry.teams) }, engine.now().toISOString()),
    latest: async (limit) =>
      (await latestInboxRows(db, limit)).map((row) => ({
        id: row.id,
        at: row.created_at,
        kind: row.kind === 'alerts' ? 'alerts' : 'brief',
        conversationId: row.conversation_id,
        slack: JSON.parse(row.slack) as unknown,
        teams: JSON.parse(row.teams) as unknown,
      })),
  };
}

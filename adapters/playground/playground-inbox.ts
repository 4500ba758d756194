/** The playground's inbox: what the outbox delivered to the playground user, newest first, kept through the core's Inbox port. */
import type { Inbox } from '../../src/delivery/inbox.js';
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

export function storeInInbox(inbox: Inbox, conversationId: string, message: Rendered): Promise<number> {
  return inbox.store({ conversationId, kind: message.kind, slack: message.slack, teams: message.teams });
}

export async function inboxMessages(inbox: Inbox, limit = INBOX_SHOWN): Promise<InboxMessage[]> {
  // Only storeInInbox writes the inbox: what comes back is what it stored.
  return (await inbox.latest(limit)).map((entry) => ({ ...entry, slack: entry.slack as Rendered['slack'], teams: entry.teams as Rendered['teams'] }));
}

/**
 * Conversations a bot may post to on its own (Teams proactive messages): remembered from every
 * inbound activity, forgotten when the bot is removed — and the deliveries there paused with the
 * reason, so `list` says why briefs stopped; adding the bot back resumes them.
 */
import type { Engine } from '../engine.js';
import {
  type ConversationReferenceWrite,
  deleteConversationReference,
  deleteTeamReferences,
  findConversationReference,
  saveConversationReference,
} from '../storage/conversation-reference.repository.js';
import type { TargetKey } from '../storage/target-columns.js';
import { targetColumns } from '../storage/target-columns.js';

/** Why deliveries stopped when the bot was removed; lifted when it is added back. */
export const BOT_REMOVED = 'Teams: the bot was removed from this conversation';

async function setPause(engine: Engine, keys: readonly TargetKey[], reason: string | null, onlyIf: string | null): Promise<number> {
  let changed = 0;
  for (const key of keys) {
    let query = engine.store.db
      .updateTable('delivery_targets')
      .set({ paused_reason: reason, updated_at: engine.now().toISOString() })
      .where((eb) => eb.and(targetColumns(key)));
    query = onlyIf === null ? query.where('paused_reason', 'is', null) : query.where('paused_reason', '=', onlyIf);
    changed += Number((await query.executeTakeFirst()).numUpdatedRows);
  }
  return changed;
}

/** Saves (or refreshes) the reference; a conversation paused because the bot was removed starts again. */
export async function rememberConversation(engine: Engine, ref: ConversationReferenceWrite): Promise<void> {
  await saveConversationReference(engine.store.db, ref, engine.now().toISOString());
  await setPause(engine, [ref], null, BOT_REMOVED);
}

/** The platform's serialised reference to post to this conversation, or undefined when the bot has none. */
export async function conversationReferenceOf(engine: Engine, key: TargetKey): Promise<string | undefined> {
  return (await findConversationReference(engine.store.db, key))?.reference;
}

/** The bot left one conversation: forget it and pause what was delivered there. */
export async function forgetConversation(engine: Engine, key: TargetKey, reason = BOT_REMOVED): Promise<number> {
  await deleteConversationReference(engine.store.db, key);
  return setPause(engine, [key], reason, null);
}

/** The bot left a team: forget its channels and pause their deliveries. */
export async function forgetTeam(engine: Engine, key: { platform: string; workspaceId: string; teamId: string }, reason = BOT_REMOVED): Promise<number> {
  const channels = await deleteTeamReferences(engine.store.db, key.platform, key.workspaceId, key.teamId);
  return setPause(engine, channels.map((conversationId) => ({ platform: key.platform, workspaceId: key.workspaceId, conversationId })), reason, null);
}

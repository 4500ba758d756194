/** A conversation on a platform, as the tables that belong to one (targets, subscriptions, alerts) name it. */
export interface TargetKey {
  platform: string;
  workspaceId: string;
  conversationId: string;
}

/** The three columns naming a target, for `eb.and(…)`. */
export function targetColumns(key: TargetKey) {
  return { platform: key.platform, workspace_id: key.workspaceId, conversation_id: key.conversationId };
}

import type { TargetKey } from '../subscriptions/target-key.js';

// Re-exported: the repositories name targets with it; adapters import it from src/subscriptions.
export type { TargetKey };

/** The three columns naming a target, for `eb.and(…)`. */
export function targetColumns(key: TargetKey) {
  return { platform: key.platform, workspace_id: key.workspaceId, conversation_id: key.conversationId };
}

/** A conversation on a platform, as the tables that belong to one (targets, subscriptions, alerts) name it. */
export interface TargetKey {
  platform: string;
  workspaceId: string;
  conversationId: string;
}

/**
 * A workspace that removed the app (or revoked its tokens): its deliveries stop, with the reason
 * shown; when the app is installed there again, the deliveries paused for that reason start again.
 */
import type { Engine } from '../engine.js';

export async function pauseWorkspace(engine: Engine, platform: string, workspaceId: string, reason: string): Promise<number> {
  const result = await engine.store.db
    .updateTable('delivery_targets')
    .set({ paused_reason: reason, updated_at: engine.now().toISOString() })
    .where('platform', '=', platform)
    .where('workspace_id', '=', workspaceId)
    .where('paused_reason', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Un-pauses the workspace's deliveries paused for one of `reasons` (the app's removal, a revoked
 * token). Others stay paused: an archived channel is still archived after a reinstall.
 */
export async function resumeWorkspace(engine: Engine, platform: string, workspaceId: string, reasons: readonly string[]): Promise<number> {
  if (reasons.length === 0) return 0;
  const result = await engine.store.db
    .updateTable('delivery_targets')
    .set({ paused_reason: null, updated_at: engine.now().toISOString() })
    .where('platform', '=', platform)
    .where('workspace_id', '=', workspaceId)
    .where('paused_reason', 'in', reasons)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

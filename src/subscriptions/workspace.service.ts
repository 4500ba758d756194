/** A workspace that removed the app (or revoked its tokens): its deliveries stop, with the reason shown. */
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

/** Events a platform may send more than once (Slack retries, to any replica): each id is acted on once. */
import type { Engine } from '../engine.js';
import { firstTimeSeen } from '../storage/platform-event.repository.js';

/** True the first time this platform's event id is seen, by any server sharing the database. */
export function firstTimeSeenEvent(engine: Engine, platform: string, eventId: string): Promise<boolean> {
  return firstTimeSeen(engine.store.db, platform, eventId, engine.now().toISOString());
}

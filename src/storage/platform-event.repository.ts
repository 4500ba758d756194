/** Remembers handled platform events, so a retried delivery of the same event is acted on once. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** True the first time an event id is seen (on any replica sharing the database). */
export async function firstTimeSeen(db: Kysely<Database>, platform: string, eventId: string, now: string): Promise<boolean> {
  const inserted = await db
    .insertInto('platform_events')
    .values({ platform, event_id: eventId, received_at: now })
    .onConflict((oc) => oc.columns(['platform', 'event_id']).doNothing())
    .returning('event_id')
    .execute();
  return inserted.length > 0;
}

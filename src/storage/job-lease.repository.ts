/**
 * Scheduled jobs run by one replica at a time: the replica holding a job's lease runs it and renews
 * the lease each time; the others skip it until the lease lapses (its holder died or stopped).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** True when `owner` holds the job's lease until `until`: it was free, lapsed, or already ours. */
export async function takeJobLease(db: Kysely<Database>, name: string, owner: string, now: string, until: string): Promise<boolean> {
  const taken = await db
    .insertInto('job_leases')
    .values({ name, owner, lease_until: until })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ owner, lease_until: until })
        .where((eb) => eb.or([eb('job_leases.lease_until', '<', now), eb('job_leases.owner', '=', owner)])),
    )
    .returning('name')
    .execute();
  return taken.length > 0;
}

/** Lets another replica take the job at once (a server stopping cleanly). */
export async function releaseJobLeases(db: Kysely<Database>, owner: string): Promise<void> {
  await db.deleteFrom('job_leases').where('owner', '=', owner).execute();
}

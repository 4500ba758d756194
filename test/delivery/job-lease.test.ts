/**
 * Scheduled jobs run on one replica at a time (job leases), on SQLite and PostgreSQL: the holder keeps
 * renewing, the others are refused until the lease lapses or the holder lets go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine, type Engine } from '../../src/engine.js';
import { releaseJobLeases, takeJobLease } from '../../src/storage/job-lease.repository.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 8, 0, seconds)).toISOString();

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`job leases (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
    });
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
    });

    it('lets one replica run a job until its lease lapses or it lets go', async () => {
      const { db } = engine.store;
      expect(await takeJobLease(db, 'schedule', 'replica-a', at(0), at(2))).toBe(true);
      expect(await takeJobLease(db, 'schedule', 'replica-b', at(1), at(3))).toBe(false);
      // The holder renews at its next tick; the other is still refused.
      expect(await takeJobLease(db, 'schedule', 'replica-a', at(1), at(3))).toBe(true);
      expect(await takeJobLease(db, 'schedule', 'replica-b', at(2), at(4))).toBe(false);
      // Another job is free.
      expect(await takeJobLease(db, 'other', 'replica-b', at(2), at(4))).toBe(true);
      // Replica A stops ticking: B takes over once A's lease has lapsed.
      expect(await takeJobLease(db, 'schedule', 'replica-b', at(4), at(6))).toBe(true);
      expect(await takeJobLease(db, 'schedule', 'replica-a', at(5), at(7))).toBe(false);
      // B stops cleanly: A may take the job at once.
      await releaseJobLeases(db, 'replica-b');
      expect(await takeJobLease(db, 'schedule', 'replica-a', at(5), at(7))).toBe(true);
    });
  });
}

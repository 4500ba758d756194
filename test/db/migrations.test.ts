/**
 * Every migration's down() undoes its up(), on SQLite and PostgreSQL: the schema is recorded after
 * each step up, then each step down must give back the schema recorded before that migration, and
 * going up again gives the latest schema once more. A sent brief survives 0011's way down and up
 * (the older `deliveries` table keeps it, so an older version would not send it twice).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/connect.js';
import { migrateToLatest, runMigrations, schemaState } from '../../db/migrate.js';
import { migrationNames } from '../../db/migrations/index.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { schemaSnapshot, type SchemaSnapshot } from '../support/schema-snapshot.js';

const open = (target: string): DatabaseHandle =>
  openDatabase(/^postgres/.test(target) ? { kind: 'postgres', url: target } : { kind: 'sqlite', path: target }, { queryTimeoutMs: 30_000, onConnectionError: () => undefined });

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`migrations up, down and up again on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: DatabaseHandle;

    beforeAll(async () => {
      database = await dialect.create();
      store = open(database.target);
    });

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it('each down() restores the schema its up() found', async () => {
      const before: SchemaSnapshot[] = [await schemaSnapshot(store)];
      expect(before[0]).toEqual([]);
      for (const name of migrationNames) {
        expect(await runMigrations(store.db, { kind: 'to', name })).toEqual([{ name, direction: 'up' }]);
        before.push(await schemaSnapshot(store));
      }
      const latest = before.at(-1);
      expect(latest).toContain(store.dialect === 'postgres' ? 'column articles.relevance double precision nullable=YES default=-' : 'column articles.relevance double precision notnull=0 default=null pk=0');

      for (let i = migrationNames.length - 1; i >= 0; i--) {
        expect(await runMigrations(store.db, { kind: 'down' })).toEqual([{ name: migrationNames[i], direction: 'down' }]);
        expect(await schemaSnapshot(store), `after ${migrationNames[i]} down`).toEqual(before[i]);
      }
      expect(await runMigrations(store.db, { kind: 'down' })).toEqual([]);
      expect((await schemaState(store.db)).applied).toEqual([]);

      expect(await migrateToLatest(store.db)).toHaveLength(migrationNames.length);
      expect(await schemaSnapshot(store)).toEqual(latest);
    });

    it('a sent brief goes back to `deliveries` with 0011 down and returns to the outbox with 0011 up', async () => {
      const at = '2026-11-16T08:00:00.000Z';
      await sql`INSERT INTO outbox (platform, workspace_id, conversation_id, kind, occasion, payload, status, attempts, next_attempt_at, message_ids, created_at, updated_at, sent_at)
        VALUES ('slack', 'T1', 'C1', 'brief', '2026-11-09', '{"from":"2026-11-09","to":"2026-11-15"}', 'sent', 1, ${at}, '["1.2"]', ${at}, ${at}, ${at}),
               ('slack', 'T1', 'C2', 'brief', '2026-11-09', '{"from":"2026-11-09","to":"2026-11-15"}', 'pending', 0, ${at}, '[]', ${at}, ${at}, NULL)`.execute(store.db);
      await runMigrations(store.db, { kind: 'to', name: '0010_conversation_references' });
      const { rows: kept } = await sql<{ conversation_id: string; period_end: string; status: string }>`SELECT conversation_id, period_end, status FROM deliveries`.execute(store.db);
      expect(kept).toEqual([{ conversation_id: 'C1', period_end: '2026-11-15', status: 'sent' }]);

      await migrateToLatest(store.db);
      const back = await store.db.selectFrom('outbox').select(['conversation_id', 'status', 'message_ids']).execute();
      expect(back).toEqual([{ conversation_id: 'C1', status: 'sent', message_ids: '["1.2"]' }]);
    });

    it('--to names a migration by its number, and refuses one that does not exist', async () => {
      expect(await runMigrations(store.db, { kind: 'to', name: '0016' })).toEqual([{ name: '0017_stories', direction: 'down' }]);
      await expect(runMigrations(store.db, { kind: 'to', name: '0099' })).rejects.toThrow(/no migration named "0099"/);
      expect(await runMigrations(store.db, { kind: 'latest' })).toEqual([{ name: '0017_stories', direction: 'up' }]);
    });
  });
}

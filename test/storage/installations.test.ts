/**
 * Installations on every dialect: saved sealed, read back whole, replaced on reinstall (first install
 * time kept), deleted on removal; a sealed record moved to another row does not open; and on SQLite the
 * token appears nowhere in the database file's bytes.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine, type Engine } from '../../src/engine.js';
import { createSecretBox, SecretUnreadable } from '../../src/security/secret-box.js';
import { deleteInstallation, findInstallation, type Installation, saveInstallation } from '../../src/storage/installation.repository.js';
import { DIALECTS, type TestDatabase, tempSqlite } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const box = createSecretBox(randomBytes(32).toString('base64'));
const TOKEN = 'xoxb-4242-8484-PlaintextMustNeverBeStored';

function installation(workspaceId: string, token = TOKEN): Installation {
  return {
    platform: 'slack',
    workspaceId,
    orgWide: false,
    botUserId: 'U0MAWJAZBOT',
    botId: 'B0MAWJAZ',
    scopes: ['commands', 'chat:write'],
    installedBy: 'U0ADMIN',
    record: JSON.stringify({ team: { id: workspaceId, name: 'وحدة سياسات الهجرة' }, bot: { token } }),
  };
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`installations on ${dialect.name}`, () => {
    let database: TestDatabase;
    let engine: Engine;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
    });
    afterAll(async () => {
      await closeEngine(engine);
      await database.drop();
    });

    it('saves an installation sealed and reads it back whole', async () => {
      const { db } = engine.store;
      await saveInstallation(db, box, installation('T0ONE'), '2026-11-01T09:00:00.000Z');
      const found = await findInstallation(db, box, { platform: 'slack', workspaceId: 'T0ONE' });
      expect(found).toEqual({ ...installation('T0ONE'), installedAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' });
      const row = await db.selectFrom('installations').selectAll().where('workspace_id', '=', 'T0ONE').executeTakeFirstOrThrow();
      expect(row.secret).toMatch(/^v1:/);
      expect(JSON.stringify(row)).not.toContain(TOKEN);
      expect(row.scopes).toBe('commands,chat:write');
    });

    it('replaces it on reinstall, keeping when it was first installed', async () => {
      const { db } = engine.store;
      await saveInstallation(db, box, installation('T0ONE', 'xoxb-new-token'), '2026-11-10T09:00:00.000Z');
      const found = await findInstallation(db, box, { platform: 'slack', workspaceId: 'T0ONE' });
      expect(found?.record).toContain('xoxb-new-token');
      expect(found?.installedAt).toBe('2026-11-01T09:00:00.000Z');
      expect(found?.updatedAt).toBe('2026-11-10T09:00:00.000Z');
    });

    it('answers null for a workspace without one, and tells deletions apart', async () => {
      const { db } = engine.store;
      expect(await findInstallation(db, box, { platform: 'slack', workspaceId: 'T0NEVER' })).toBeNull();
      expect(await findInstallation(db, box, { platform: 'teams', workspaceId: 'T0ONE' })).toBeNull();
      await saveInstallation(db, box, installation('T0TWO'), '2026-11-01T09:00:00.000Z');
      expect(await deleteInstallation(db, { platform: 'slack', workspaceId: 'T0TWO' })).toBe(true);
      expect(await deleteInstallation(db, { platform: 'slack', workspaceId: 'T0TWO' })).toBe(false);
      expect(await findInstallation(db, box, { platform: 'slack', workspaceId: 'T0TWO' })).toBeNull();
    });

    it('refuses a sealed record copied into another workspace\'s row, naming the row', async () => {
      const { db } = engine.store;
      await saveInstallation(db, box, installation('T0THREE', 'xoxb-three'), '2026-11-01T09:00:00.000Z');
      const one = await db.selectFrom('installations').select('secret').where('workspace_id', '=', 'T0ONE').executeTakeFirstOrThrow();
      await db.updateTable('installations').set({ secret: one.secret }).where('workspace_id', '=', 'T0THREE').execute();
      const read = findInstallation(db, box, { platform: 'slack', workspaceId: 'T0THREE' });
      await expect(read).rejects.toThrow(SecretUnreadable);
      await expect(read).rejects.toThrow('slack installation of T0THREE: cannot decrypt a stored secret: wrong MAWJAZ_ENCRYPTION_KEY or corrupted row');
    });
  });
}

describe('installations in the SQLite file', () => {
  it('never hold the token in plaintext, in the database or its write-ahead log', async () => {
    const database = tempSqlite();
    const engine = await testEngine(database.target);
    await saveInstallation(engine.store.db, box, installation('T0FILE'), '2026-11-01T09:00:00.000Z');
    const files = [database.target, `${database.target}-wal`].filter((path) => existsSync(path));
    const bytesBeforeClose = Buffer.concat(files.map((path) => readFileSync(path)));
    await closeEngine(engine);
    const bytes = Buffer.concat([bytesBeforeClose, readFileSync(database.target)]);
    // The row is there (its plain columns are), but the token is not, in any encoding SQLite might use.
    expect(bytes.includes(Buffer.from('T0FILE'))).toBe(true);
    for (const encoding of ['utf8', 'utf16le'] as const) expect(bytes.includes(Buffer.from('PlaintextMustNeverBeStored', encoding))).toBe(false);
    await database.drop();
  });
});

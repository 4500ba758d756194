/**
 * kysely's SQLite dialect, changed so that several processes can write to one file (a server and a
 * CLI ingest, two ingests, two processes opening a new file) without "database is locked":
 *
 * - Every transaction begins IMMEDIATE. kysely's SQLite driver sends a plain (deferred) `begin` and
 *   offers no setting for it (kysely-org/kysely#1152), so a transaction that reads before it writes
 *   holds only a read snapshot; when it then writes after another process committed, SQLite answers
 *   SQLITE_BUSY at once, without calling the busy handler, since waiting could not make that snapshot
 *   current (https://sqlite.org/lang_transaction.html, https://sqlite.org/c3ref/busy_handler.html).
 *   BEGIN IMMEDIATE takes the write lock first, so busy_timeout (db/connect.ts) waits its turn.
 * - Migrations run in one transaction. kysely's SQLite adapter says it has no transactional DDL (SQLite
 *   has it) and takes no migration lock, so two processes opening a new file both read "nothing
 *   migrated yet" and the second fails with "table … already exists". In one IMMEDIATE transaction the
 *   second waits, then finds the schema current; and a migration that fails leaves nothing half-done.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class ConcurrentSqliteDialect extends SqliteDialect {
  // SqliteDialect keeps its config private; the driver needs it.
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * `mawjaz db backup <file>` — a copy of the database an operator can keep: SQLite through the online
 * backup API while servers keep writing (db/sqlite-backup.ts); for PostgreSQL the pg_dump command to
 * run (db/pg-dump-command.ts), since pg_dump is the tool for a live PostgreSQL database.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { pgDumpCommand } from '../../../db/pg-dump-command.js';
import { backupSqlite } from '../../../db/sqlite-backup.js';
import { databaseTarget } from '../../engine.js';
import { InvalidInput } from '../../errors.js';
import { printJson } from '../format.js';
import { EXIT, withDatabase } from '../run.js';

interface BackupFlags {
  db?: string;
  force?: boolean;
  json?: boolean;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function register(program: Command): void {
  const db = program.command('db').description('the database itself: backups');
  db.command('backup <file>')
    .description('copy a SQLite database to <file> while it is in use (a restore is copying the file back with the servers stopped); for PostgreSQL, print the pg_dump command to run')
    .option('--force', 'replace <file> if it exists')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((file: string, flags: BackupFlags) =>
      withDatabase(flags, async ({ config, store }) => {
        const target = databaseTarget(config, flags.db);
        if (target.kind === 'postgres') {
          const command = pgDumpCommand(target.url, file);
          if (flags.json) printJson({ backedUp: false, pgDump: { argv: command.argv, env: command.env } });
          else process.stdout.write(`${command.line}\n`);
          const password = command.needsPassword ? ' Give the password in PGPASSWORD or ~/.pgpass (it is not printed).' : '';
          process.stderr.write(`mawjaz: PostgreSQL is backed up with pg_dump, not by Mawjaz: run the command above (restore with pg_restore --dbname=…).${password}\n`);
          return EXIT.usage;
        }
        const destination = resolve(file);
        if (destination === store.location) throw new InvalidInput(`${destination} is the database itself; back it up to another file`);
        if (existsSync(destination) && !flags.force) throw new InvalidInput(`${destination} exists; give --force to replace it`);
        if (store.sqlite === undefined) throw new InvalidInput('an in-memory database has nothing to back up');
        const started = performance.now();
        const result = await backupSqlite(store.sqlite, destination);
        const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
        if (flags.json) return printJson({ backedUp: true, ...result, seconds });
        process.stdout.write(`backed up ${store.location} to ${result.file} (${megabytes(result.bytes)}) in ${seconds} s\n`);
      }),
    );
}

/**
 * `mawjaz migrate` — brings the database schema up to date, explicitly: the first step of an upgrade
 * (README "Upgrading"). `--to NAME` goes up or down to that migration (`none` undoes them all),
 * `--down` undoes the last one. Replicas starting meanwhile do not migrate PostgreSQL themselves
 * (MAWJAZ_MIGRATE, src/storage/schema-policy.ts); two `migrate` at once run it once (db/migrate.ts).
 * Once the schema is up to date it also backfills the articles stored before it to the end (their
 * stories and relevance scores: src/ingest/backfills.ts) and prints how many, which no other command
 * but `serve` does (in the background).
 */
import type { Command } from 'commander';
import { type MigrationStep, type MigrationTarget, runMigrations, schemaState } from '../../../db/migrate.js';
import type { Engine } from '../../engine.js';
import { syncGazetteer } from '../../entities/entity.service.js';
import { InvalidInput, MawjazError } from '../../errors.js';
import { type BackfillCounts, runBackfills } from '../../ingest/backfills.js';
import { forgetRelevanceBackfill } from '../../ingest/relevance-backfill.js';
import { retryOnWriteConflict } from '../../storage/write-conflict.js';
import { printJson } from '../format.js';
import { type DatabaseOnly, withDatabase } from '../run.js';

interface MigrateFlags {
  db?: string;
  json?: boolean;
  to?: string;
  down?: boolean;
}

function targetOf(flags: MigrateFlags): MigrationTarget {
  if (flags.to !== undefined && flags.down) throw new InvalidInput('give --to NAME or --down, not both');
  if (flags.to !== undefined) return { kind: 'to', name: flags.to };
  return flags.down ? { kind: 'down' } : { kind: 'latest' };
}

export function register(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (run before starting upgraded servers); --to NAME goes up or down to a migration, --down undoes the last one')
    .option('--to <name>', 'migrate up or down to this migration (e.g. 0015_person_roles or 0015; "none" undoes every one)')
    .option('--down', 'undo the last migration')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: MigrateFlags) =>
      withDatabase(
        flags,
        async (opened) => {
          const { store } = opened;
          const target = targetOf(flags);
          const before = await schemaState(store.db);
          if (before.unknown.length > 0) {
            throw new MawjazError('schema_ahead', `the database was migrated by a newer version of Mawjaz (${before.unknown.join(', ')}); this version cannot move it: run \`mawjaz migrate\` from that version`);
          }
          const steps = await runMigrations(store.db, target);
          const after = await schemaState(store.db);
          const current = after.applied.at(-1) ?? null;
          const backfilled = after.pending.length === 0 && target.kind !== 'down' ? await backfill(opened) : { relevance: 0, stories: 0 };
          // Scores dropped with their column: whoever applies 0016 again must score every article again.
          if (after.applied.length > 0 && steps.some((step) => step.direction === 'down' && step.name === RELEVANCE_MIGRATION)) await forgetRelevanceBackfill(store.db);
          if (flags.json) return printJson({ steps, current, pending: after.pending, backfilled });
          process.stdout.write(report(steps, current, after.pending) + backfillReport(backfilled));
        },
        { createDatabase: true },
      ),
    );
}

const RELEVANCE_MIGRATION = '0016_article_relevance';

/** The articles the schema's history left without a story or a relevance score, done now, to the end. */
async function backfill({ config, logger, store }: DatabaseOnly): Promise<BackfillCounts> {
  const engine: Engine = { config, logger, store, now: () => new Date() };
  // Relevance is scored against the gazetteer this version ships, as a newly stored article would be.
  await retryOnWriteConflict(() => syncGazetteer(engine), { logger, what: 'syncing the gazetteer' });
  return runBackfills(engine);
}

function backfillReport(counts: BackfillCounts): string {
  const lines = [
    ...(counts.stories > 0 ? [`gave ${counts.stories} older article${counts.stories === 1 ? '' : 's'} their stories`] : []),
    ...(counts.relevance > 0 ? [`scored the migration relevance of ${counts.relevance} older article${counts.relevance === 1 ? '' : 's'}`] : []),
  ];
  return lines.map((line) => `${line}\n`).join('');
}

function report(steps: MigrationStep[], current: string | null, pending: string[]): string {
  const lines = steps.map((step) => `${step.direction === 'up' ? 'applied ' : 'reverted'} ${step.name}`);
  const where = current === null ? 'no migrations applied' : `at ${current}`;
  if (steps.length === 0) lines.push(pending.length === 0 ? `already up to date (${where})` : `nothing to do (${where}; ${pending.length} pending)`);
  else lines.push(`${where}${pending.length > 0 ? ` (${pending.length} pending: run \`mawjaz migrate\` to apply them)` : ', up to date'}`);
  return `${lines.join('\n')}\n`;
}

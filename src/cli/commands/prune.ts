/**
 * `mawjaz prune --older-than 180d [--dry-run]` — retention: what goes and what stays is decided in
 * src/maintenance/prune.service.ts; this prints the counts (`--dry-run` only counts).
 */
import type { Command } from 'commander';
import { InvalidInput } from '../../errors.js';
import { prune, type PruneReport } from '../../maintenance/prune.service.js';
import { printJson } from '../format.js';
import { withEngine } from '../run.js';

interface PruneFlags {
  db?: string;
  olderThan: string;
  dryRun?: boolean;
  json?: boolean;
}

/** This week's and last week's briefs read articles up to two weeks old: a shorter retention would empty them. */
const MIN_DAYS = 14;

/** "180d" → 180. One pattern, days only: a duration library would add units nobody needs here. */
export function parseAge(value: string): number {
  const match = /^(\d{1,5})d$/.exec(value.trim());
  const days = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(days) || days < MIN_DAYS) throw new InvalidInput(`--older-than takes a number of days of at least ${MIN_DAYS}, such as 180d, not "${value}"`);
  return days;
}

function lines(report: PruneReport): string {
  const verb = report.dryRun ? 'would remove' : 'removed';
  const kept = report.keptArticles > 0 ? `\nkept ${report.keptArticles} older articles that a brief still to send or a pending alert needs` : '';
  return (
    `${verb} articles dated before ${report.cutoff.slice(0, 10)}: ${report.articles} articles (with ${report.mentions} mentions, ${report.alerts} alerts and their search index rows)\n` +
    `${verb} ${report.outbox} sent or cancelled outbox rows, ${report.platformEvents} handled platform events and ${report.compiledSummaries} compiled briefs${kept}\n` +
    (report.dryRun ? 'nothing was removed (--dry-run)\n' : '')
  );
}

export function register(program: Command): void {
  program
    .command('prune')
    .description('remove articles older than a cutoff with their mentions and search rows, sent outbox rows and handled platform events; articles a brief still to send or a pending alert needs stay')
    .requiredOption('--older-than <age>', 'the cutoff as days before now, such as 180d (at least 14d)')
    .option('--dry-run', 'only count what would be removed')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: PruneFlags) =>
      withEngine(flags, async (engine) => {
        const report = await prune(engine, { olderThanDays: parseAge(flags.olderThan), dryRun: flags.dryRun === true });
        if (flags.json) return printJson(report);
        process.stdout.write(lines(report));
      }),
    );
}

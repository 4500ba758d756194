/** `mawjaz ingest <file|dir|url>...` — load articles; prints counts and every failure with its reason. */
import { enCount } from '../../../digests/brief/labels.js';
import type { Command } from 'commander';
import { createProgressReporter } from '../../ingest/progress.js';
import { ingestInputs } from '../../ingest/pipeline.js';
import { printJson } from '../format.js';
import { EXIT, withEngine } from '../run.js';

interface IngestFlags {
  db?: string;
  json?: boolean;
  allowPrivate?: boolean;
  progress: boolean;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('ingest articles from .txt/.md, .jsonl, RSS/Atom feeds, HTML pages (files or URLs) and directories')
    .argument('<inputs...>', 'files, directories or http(s) URLs')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print the summary as JSON')
    .option('--allow-private', 'allow fetching private and loopback addresses (local testing only)')
    .option('--no-progress', 'no progress bar or progress lines')
    .action((inputs: string[], flags: IngestFlags) =>
      withEngine(flags, async (engine) => {
        const summary = await ingestInputs(engine, inputs, {
          allowPrivate: flags.allowPrivate ?? false,
          progress: (totalInputs) => createProgressReporter({ totalInputs, stream: process.stderr, enabled: flags.progress }),
        });
        if (flags.json) {
          printJson({ ingested: summary.ingested, unchanged: summary.unchanged, failed: summary.failed, skipped: summary.skipped, failures: summary.failures });
        } else {
          const lines = [`ingested   ${summary.ingested}`, `unchanged  ${summary.unchanged}`, `failed     ${summary.failed}`];
          for (const f of summary.failures) lines.push(`  ✗ ${f.input}: ${f.reason}`);
          if (summary.skipped > 0) lines.push(`(${enCount(summary.skipped, 'file', 'files')} of other types in the directories ${summary.skipped === 1 ? 'was' : 'were'} passed over)`);
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        return summary.failed > 0 ? EXIT.failed : EXIT.ok;
      }, { createDatabase: true }),
    );
}

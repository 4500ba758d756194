/** `mawjaz reread` — read stored articles again after an upgrade improved the gazetteer or the rules. */
import { enCount } from '../../../digests/brief/labels.js';
import type { Command } from 'commander';
import { InvalidInput } from '../../errors.js';
import { articlesReadByOlderUnderstanding, rereadArticles, understandingVersion } from '../../ingest/reread.js';
import { printJson } from '../format.js';
import { withEngine } from '../run.js';

interface RereadFlags {
  db?: string;
  json?: boolean;
  since?: string;
  check?: boolean;
  progress: boolean;
}

function sinceDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidInput(`--since takes a date as YYYY-MM-DD, not "${value}"`);
  return value;
}

export function register(program: Command): void {
  program
    .command('reread')
    .description('read every stored article again with this version (people, organisations, themes, relevance, summary, search terms); run after an upgrade')
    .option('--since <date>', 'only articles from this date on (YYYY-MM-DD)')
    .option('--check', 'only say how many articles an earlier version read')
    .option('--no-progress', 'no progress lines')
    .option('--json', 'print the summary as JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: RereadFlags) =>
      withEngine(flags, async (engine) => {
        const since = sinceDate(flags.since);
        if (flags.check) {
          const older = await articlesReadByOlderUnderstanding(engine);
          if (flags.json) return printJson({ readByOlderVersion: older, version: understandingVersion() });
          process.stdout.write(older > 0 ? `${enCount(older, 'article was', 'articles were')} read by an earlier version: run \`mawjaz reread\`\n` : 'every article is read by this version\n');
          return;
        }
        const started = performance.now();
        const progress = flags.progress && process.stderr.isTTY;
        const summary = await rereadArticles(engine, {
          ...(since !== undefined ? { since } : {}),
          onBatch: (done, total) => {
            if (progress) process.stderr.write(`\rread again ${done} of ${total} articles`);
          },
        });
        if (progress && summary.read > 0) process.stderr.write('\n');
        if (flags.json) return printJson({ ...summary, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(
          `read again ${summary.read} ${summary.read === 1 ? 'article' : 'articles'} in ${seconds} s: ${summary.changed} changed (mentions or relevance), ${summary.newEntities} new people and organisations\n`,
        );
      }),
    );
}

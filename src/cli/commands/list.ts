/** `mawjaz list` — stored articles, newest first. */
import { enCount } from '../../../digests/brief/labels.js';
import type { Command } from 'commander';
import { countArticles, listArticles } from '../../storage/article.repository.js';
import { dateOnly, printJson, table } from '../format.js';
import { parseLimit, withEngine } from '../run.js';

interface ListFlags {
  db?: string;
  json?: boolean;
  limit?: string;
  offset?: string;
}

export function register(program: Command): void {
  program
    .command('list')
    .description('list stored articles, newest first')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'at most this many (default: all with --json, 50 otherwise)')
    .option('--offset <n>', 'skip this many', '0')
    .action((flags: ListFlags) =>
      withEngine(flags, async (engine) => {
        const limit = flags.limit ? parseLimit(flags.limit, 1_000_000) : flags.json ? 1_000_000 : 50;
        const offset = Math.max(0, Number(flags.offset) || 0);
        const rows = await listArticles(engine.store.db, { limit, offset });
        if (flags.json) {
          printJson({ articles: rows.map(({ id, title, url, published, lang, source }) => ({ id, title, url, published, lang, source })) });
          return;
        }
        const total = await countArticles(engine.store.db);
        process.stdout.write(`${table(['id', 'published', 'lang', 'source', 'title'], rows.map((r) => [r.id, dateOnly(r.published), r.lang, r.source ?? '', r.title]))}\n`);
        process.stdout.write(`\n${rows.length} of ${enCount(total, 'article', 'articles')}\n`);
      }),
    );
}

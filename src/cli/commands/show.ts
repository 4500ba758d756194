/** `mawjaz show <article-id>` — one article with its summary, countries and entities. */
import type { Command } from 'commander';
import { showArticle } from '../../articles/article.service.js';
import { isAboutMigration } from '../../storage/about-migration.js';
import { dateOnly, printJson } from '../format.js';
import { withEngine } from '../run.js';

interface ShowFlags {
  db?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('show')
    .description('show one article: summary, countries, organisations, people, processes, themes')
    .argument('<article-id>', 'as printed by list or search')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .action((id: string, flags: ShowFlags) =>
      withEngine(flags, async (engine) => {
        const view = await showArticle(engine, id);
        if (flags.json) {
          printJson(view);
          return;
        }
        const out = [view.title, view.url, [dateOnly(view.published), view.lang, view.source, view.id].filter(Boolean).join(' · '), '', view.summary, ''];
        if (view.relevance !== null) out.push(`Migration relevance: ${view.relevance.toFixed(2)}${isAboutMigration(view.relevance) ? '' : ' (off-topic: left out of briefs and alerts)'}`);
        if (view.countries.length) out.push(`Countries: ${view.countries.map((c) => `${c.name} (${c.code})`).join(', ')}`);
        for (const kind of ['organisation', 'process', 'person', 'theme']) {
          const of = view.entities.filter((e) => e.kind === kind);
          if (of.length) out.push(`${kind[0]!.toUpperCase()}${kind.slice(1)}s: ${of.map((e) => (e.names.ar && e.names.ar !== e.name ? `${e.name} / ${e.names.ar}` : e.name)).join(', ')}`);
        }
        process.stdout.write(`${out.join('\n')}\n`);
      }),
    );
}

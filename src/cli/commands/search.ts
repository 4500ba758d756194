/** `mawjaz search <query>` — topics the query names plus ranked articles, in English or Arabic. */
import type { Command } from 'commander';
import { createSearcher } from '../../search/search.service.js';
import { dateOnly, printJson, truncate, terminalWidth } from '../format.js';
import { parseLimit, withEngine } from '../run.js';

interface SearchFlags {
  db?: string;
  json?: boolean;
  limit: string;
}

export function register(program: Command): void {
  program
    .command('search')
    .description('search articles by topic (country, organisation, process, person, theme) and text, in any language')
    .argument('<query...>', 'words to search for, e.g. khartoum, egypt, "عملية الخرطوم"')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'at most this many results', '10')
    .action((words: string[], flags: SearchFlags) =>
      withEngine(flags, async (engine) => {
        const searcher = await createSearcher(engine);
        const response = await searcher.search(words.join(' '), { limit: parseLimit(flags.limit) });
        if (flags.json) {
          printJson(response);
          return;
        }
        const width = terminalWidth();
        const out: string[] = [];
        out.push(response.topics.length ? `Topics: ${response.topics.map((t) => `${t.name} (${t.kind}, ${t.id})`).join(' · ')}` : 'Topics: none matched');
        out.push('');
        if (response.results.length === 0) {
          out.push(response.onlyStopwords ? 'Only common words (such as "the", «de», «في») were given: add a word that says what to look for.' : 'No articles found.');
        }
        response.results.forEach((r, i) => {
          out.push(`${String(i + 1).padStart(2)}. ${truncate(r.title, width - 5)}`);
          out.push(`    ${[r.id, dateOnly(r.published), r.lang, r.source, `score ${r.score}`].filter(Boolean).join(' · ')}`);
          out.push(`    ${truncate(r.snippet, width - 5)}`);
          out.push(`    ${r.url}`);
        });
        process.stdout.write(`${out.join('\n')}\n`);
      }),
    );
}

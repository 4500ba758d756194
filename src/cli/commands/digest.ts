/** `mawjaz digest` — the brief for a period: stories per followed topic, as JSON or Markdown. */
import { type Command, Option } from 'commander';
import { briefToJson } from '../../../digests/brief/brief-json.js';
import { renderBriefMarkdown } from '../../../digests/brief/render-markdown.js';
import { createDigester } from '../../../digests/compile/digester.js';
import { addDays, parsePeriod, weekEnding } from '../../../digests/compile/period.js';
import { createLlmSummariser, llmSettingsFrom } from '../../../digests/summarise/llm-summariser.js';
import { printJson } from '../format.js';
import { parseLimit, withEngine } from '../run.js';

interface DigestFlags {
  db?: string;
  from?: string;
  to?: string;
  topic: string[];
  lang: 'en' | 'ar';
  json?: boolean;
  format?: 'markdown' | 'json';
  limit: string;
  all?: boolean;
  llm: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function register(program: Command): void {
  program
    .command('digest')
    .description("compile the brief for a period: the week's stories under each topic, with counts against the period before")
    .option('--from <YYYY-MM-DD>', 'first day of the period (default: six days before --to)')
    .option('--to <YYYY-MM-DD>', 'last day of the period, inclusive (default: six days after --from, else today in UTC)')
    .option('--topic <id-or-name>', 'a followed topic, e.g. egypt, "Khartoum Process", process:khartoum, مصر (repeatable)', collect, [])
    .addOption(new Option('--lang <lang>', 'language of the brief').choices(['en', 'ar']).default('en'))
    .option('--json', 'print JSON (same as --format json)')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']))
    .option('--limit <n>', 'stories shown per topic', '8')
    .option('--all', 'everything: also list stories outside the given topics, and stories that are not about migration')
    .option('--no-llm', 'never ask the configured language model (LLM_BASE_URL) for summaries')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: DigestFlags) =>
      withEngine(flags, async (engine) => {
        for (const day of [flags.from, flags.to]) if (day !== undefined) parsePeriod(flags.from ?? day, flags.to ?? day); // names a malformed day
        // One bound alone means the week that starts or ends there; none means the seven days to today.
        const to = flags.to ?? (flags.from !== undefined ? addDays(flags.from, 6) : engine.now().toISOString().slice(0, 10));
        const period = parsePeriod(flags.from ?? weekEnding(to).from, to);
        const settings = flags.llm ? llmSettingsFrom(engine.config) : null;
        const digester = createDigester(engine, { llm: settings ? createLlmSummariser(settings) : null });
        const brief = await digester.brief({
          period,
          topics: flags.topic,
          lang: flags.lang,
          perSection: parseLimit(flags.limit, 100),
          includeOther: flags.all === true,
          coverage: flags.all === true ? 'everything' : 'migration',
        });
        if (flags.json || flags.format === 'json') printJson(briefToJson(brief));
        else process.stdout.write(renderBriefMarkdown(brief));
      }),
    );
}

/** `mawjaz topics list|add|alias` — tracked topics and their aliases in any language. */
import { enCount } from '../../../digests/brief/labels.js';
import type { Command } from 'commander';
import { addTopic, addTopicAliases, type TopicChange } from '../../entities/topic.service.js';
import { listTrackedTopics } from '../../entities/tracked-topics.js';
import { entityKindSchema } from '../../entities/types.js';
import { InvalidInput } from '../../errors.js';
import { printJson, table } from '../format.js';
import { withEngine } from '../run.js';

interface ListFlags {
  db?: string;
  json?: boolean;
  all?: boolean;
  kind?: string;
}

interface AddFlags {
  db?: string;
  json?: boolean;
  kind?: string;
  alias: string[];
}

const collect = (value: string, previous: string[]) => [...previous, value];

function printChange(change: TopicChange, json: boolean | undefined): void {
  if (json) {
    printJson({ topic: { id: change.topic.id, kind: change.topic.kind, names: change.topic.names, aliases: change.topic.aliases.map((a) => a.text) }, addedAliases: change.addedAliases, relinked: change.relinked });
    return;
  }
  process.stdout.write(
    `${change.topic.id} (${change.topic.kind}): ${change.topic.names.en}\n` +
      `aliases added: ${change.addedAliases.length ? change.addedAliases.join(', ') : 'none (already known)'}\n` +
      `articles linked: ${change.relinked}\n`,
  );
}

export function register(program: Command): void {
  const topics = program.command('topics').description('tracked topics: countries, people, organisations, processes, themes');

  topics
    .command('list')
    .description('list tracked topics (processes, organisations, themes and your own; --all adds countries and people)')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .option('--all', 'include countries and people')
    .option('--kind <kind>', `only this kind (${entityKindSchema.options.join(', ')})`)
    .action((flags: ListFlags) =>
      withEngine(flags, async (engine) => {
        if (flags.kind && !entityKindSchema.safeParse(flags.kind).success) {
          throw new InvalidInput(`unknown kind "${flags.kind}": use one of ${entityKindSchema.options.join(', ')}`);
        }
        const listed = await listTrackedTopics(engine, { ...(flags.all ? { all: true } : {}), ...(flags.kind ? { kind: flags.kind } : {}) });
        const rows = listed.map((t) => t.row);
        const aliasMap = new Map(listed.map((t) => [t.row.id, t.aliases]));
        if (flags.json) {
          printJson({
            topics: rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name_en, names: { en: r.name_en, ar: r.name_ar, fr: r.name_fr }, origin: r.origin, aliases: aliasMap.get(r.id) ?? [] })),
          });
          return;
        }
        process.stdout.write(`${table(['id', 'kind', 'origin', 'English', 'Arabic', 'aliases'], rows.map((r) => [r.id, r.kind, r.origin, r.name_en, r.name_ar ?? '', String(aliasMap.get(r.id)?.length ?? 0)]))}\n`);
        process.stdout.write(`\n${enCount(rows.length, 'topic', 'topics')}\n`);
      }),
    );

  topics
    .command('add')
    .description('track a new topic; existing articles are linked to it at once')
    .argument('<name>', 'its name, e.g. "Niamey Declaration"')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .option('--kind <kind>', `one of ${entityKindSchema.options.join(', ')}`, 'theme')
    .option('--alias <alias>', 'another name, in any language (repeatable)', collect, [])
    .action((name: string, flags: AddFlags) =>
      withEngine(flags, async (engine) => {
        printChange(await addTopic(engine, { name, aliases: flags.alias, ...(flags.kind ? { kind: flags.kind } : {}) }), flags.json);
      }),
    );

  topics
    .command('alias')
    .description('add aliases to a topic (gazetteer or yours); existing articles are re-linked')
    .argument('<topic>', 'topic id (e.g. process:khartoum) or a name that names exactly one topic')
    .argument('<aliases...>', 'new aliases, in any language')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .action((topic: string, aliases: string[], flags: { db?: string; json?: boolean }) =>
      withEngine(flags, async (engine) => {
        printChange(await addTopicAliases(engine, topic, aliases), flags.json);
      }),
    );
}

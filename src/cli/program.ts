/**
 * The `mawjaz` command line: ingest, list, search, show, topics, digest, briefs, alerts, serve, demo, migrate, db backup, prune. Each command lives in its own
 * file under commands/ and registers itself here. The commands that reach Slack, Teams or the playground
 * receive them as a PlatformWiring from the composition root (app/main.ts runs this), so src/ never imports adapters/.
 */
import { Command, CommanderError } from 'commander';
import { packageVersion } from '../package-version.js';
import type { PlatformWiring } from '../server/platforms.js';
import { EXIT } from './run.js';

// `mawjaz list | head`: the reader left; stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});


const program = new Command();
program
  .name('mawjaz')
  .description('Mawjaz (موجز): migration-policy news in Arabic, English and French — ingest, understand, search, brief.')
  .version(packageVersion, '-V, --version', 'print the version of Mawjaz')
  .showSuggestionAfterError(true)
  .addHelpText(
    'after',
    `
The database: every command takes --db <path> — a SQLite file (default: MAWJAZ_DB, else ./data/mawjaz.db)
or a postgres:// URL (default: DATABASE_URL). Only ingest, serve, demo, sources add and migrate create a new one.
Logs go to stderr: readable lines in a terminal, JSON lines otherwise (LOG_FORMAT=pretty|json to choose).`,
  )
  .exitOverride();

type Register = (program: Command, wiring: PlatformWiring) => void;

/**
 * Each top-level command's module, in the order `mawjaz --help` lists them. A module pulls in what its
 * command needs (the ingest pipeline, the HTTP server, the digesters…), so only the module of the
 * command being run is loaded: `mawjaz list` then starts without the server's or ingest's code.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<{ register: Register }>]> = [
  ['ingest', () => import('./commands/ingest.js')],
  ['list', () => import('./commands/list.js')],
  ['search', () => import('./commands/search.js')],
  ['show', () => import('./commands/show.js')],
  ['topics', () => import('./commands/topics.js')],
  ['sources', () => import('./commands/sources.js')],
  ['subscriptions', () => import('./commands/subscriptions.js')],
  ['digest', () => import('./commands/digest.js')],
  ['briefs', () => import('./commands/briefs.js')],
  ['alerts', () => import('./commands/alerts.js')],
  ['deliveries', () => import('./commands/deliveries.js')],
  ['reread', () => import('./commands/reread.js')],
  ['serve', () => import('./commands/serve.js')],
  ['demo', () => import('./commands/demo.js')],
  ['migrate', () => import('./commands/migrate.js')],
  ['db', () => import('./commands/db.js')],
  ['prune', () => import('./commands/prune.js')],
];

/**
 * The commands to register for `argv`: only the one it names, when it names one (its own --help and
 * errors need no other); every command otherwise (`mawjaz`, `--help`, `help <command>`, `--version`, or an
 * unknown name, whose "did you mean" needs them all).
 */
function commandsFor(argv: readonly string[]): ReadonlyArray<(typeof COMMANDS)[number]> {
  const first = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const named = COMMANDS.find(([name]) => name === first);
  return named === undefined || argv.slice(2, argv.indexOf(named[0])).length > 0 ? COMMANDS : [named];
}

/** Registers the commands `argv` needs, handing the platforms `wiring` to those that reach them; then runs the one `argv` names. */
export async function runCli(argv: readonly string[], wiring: PlatformWiring): Promise<void> {
  const modules = await Promise.all(commandsFor(argv).map(([, load]) => load()));
  for (const { register } of modules) register(program, wiring);

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the problem (and any "did you mean"); help and version are not errors.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else {
      throw error;
    }
  }
}

/**
 * The `mawjaz` command line: ingest, list, search, show, topics, digest, briefs, alerts, serve, demo, migrate, db backup, prune. Each command lives in its own
 * file under commands/ and registers itself here. The commands that reach Slack, Teams or the playground
 * receive them as a PlatformWiring from the composition root (app/main.ts runs this), so src/ never imports adapters/.
 */
import { Command, CommanderError } from 'commander';
import { register as registerAlerts } from './commands/alerts.js';
import { register as registerBriefs } from './commands/briefs.js';
import { register as registerDeliveries } from './commands/deliveries.js';
import { register as registerDb } from './commands/db.js';
import { register as registerDemo } from './commands/demo.js';
import { register as registerDigest } from './commands/digest.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerList } from './commands/list.js';
import { register as registerMigrate } from './commands/migrate.js';
import { register as registerSearch } from './commands/search.js';
import { register as registerShow } from './commands/show.js';
import { register as registerSources } from './commands/sources.js';
import { register as registerSubscriptions } from './commands/subscriptions.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerPrune } from './commands/prune.js';
import { register as registerReread } from './commands/reread.js';
import { register as registerTopics } from './commands/topics.js';
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

/** Registers every command, handing the platforms `wiring` to those that reach them; then runs the one `argv` names. */
export async function runCli(argv: readonly string[], wiring: PlatformWiring): Promise<void> {
  for (const register of [registerIngest, registerList, registerSearch, registerShow, registerTopics, registerSources, registerSubscriptions, registerDigest, registerBriefs, registerAlerts, registerDeliveries, registerReread, registerServe, registerDemo, registerMigrate, registerDb, registerPrune]) register(program, wiring);

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

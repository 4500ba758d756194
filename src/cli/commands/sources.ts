/** `mawjaz sources add|list|remove|poll` — the feeds the server polls, and their health. */
import type { Command } from 'commander';
import { feedJson, pollJson } from '../../feeds/feed-json.js';
import { addFeed, type FeedPoll, feedLabel, feedNamed, pollFeeds, removeFeed } from '../../feeds/feed.service.js';
import { listFeeds } from '../../storage/feed.repository.js';
import { printJson, table } from '../format.js';
import { EXIT, withEngine } from '../run.js';

interface Flags {
  db?: string;
  json?: boolean;
}

interface AddFlags extends Flags {
  name?: string;
  allowPrivate?: boolean;
  poll: boolean;
}

function pollLine(poll: FeedPoll): string {
  const label = `${poll.feed.id} ${feedLabel(poll.feed)}`;
  if (poll.error !== null) return `✗ ${label}: ${poll.error}`;
  if (poll.notModified) return `✓ ${label}: not modified since the last poll`;
  const items = poll.itemFailures > 0 ? `, ${poll.itemFailures} items unreadable` : '';
  const capped = poll.itemsRead < poll.items ? `; read ${poll.itemsRead} of ${poll.items} items (the newest; MAWJAZ_FEED_MAX_ITEMS)` : '';
  const quiet = poll.backCatalogue ? ' (first read: no alerts for the back catalogue)' : '';
  return `✓ ${label}: ${poll.ingested} new, ${poll.unchanged} already known${items}${capped}${quiet}`;
}

function printPolls(polls: readonly FeedPoll[], json: boolean | undefined): number {
  if (json) printJson(polls.map(pollJson));
  else process.stdout.write(polls.length ? `${polls.map(pollLine).join('\n')}\n` : 'no feed is due\n');
  return polls.some((p) => p.error !== null) ? EXIT.failed : EXIT.ok;
}

export function register(program: Command): void {
  const sources = program.command('sources').description('feeds the server polls on its own, and their health');
  sources
    .command('add')
    .description('add a feed (RSS, Atom or a news page) and read it once: its back catalogue is stored without alerts')
    .argument('<url>', 'http(s) URL of the feed')
    .option('--name <name>', 'name shown to people (default: the outlet name the feed gives)')
    .option('--allow-private', 'allow private and loopback addresses for this feed (local testing only)')
    .option('--no-poll', 'add only; the server reads it on its next tick')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((url: string, flags: AddFlags) =>
      withEngine(flags, async (engine) => {
        const feed = await addFeed(engine, { url, ...(flags.name !== undefined ? { name: flags.name } : {}), allowPrivate: flags.allowPrivate === true });
        if (!flags.poll) {
          if (flags.json) printJson(feedJson(feed));
          else process.stdout.write(`added ${feed.id} ${feedLabel(feed)}\n`);
          return EXIT.ok;
        }
        if (!flags.json) process.stdout.write(`added ${feed.id} ${feedLabel(feed)}\n`);
        return printPolls(await pollFeeds(engine, { intervalMinutes: engine.config.MAWJAZ_FEED_POLL_MINUTES, feeds: [feed] }), flags.json);
      }, { createDatabase: true }),
    );
  sources
    .command('list')
    .description('every feed with its last success, last error and next poll')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((flags: Flags) =>
      withEngine(flags, async (engine) => {
        const feeds = await listFeeds(engine.store.db);
        if (flags.json) return printJson(feeds.map(feedJson));
        if (feeds.length === 0) return void process.stdout.write('no sources yet: add one with `mawjaz sources add <url>`\n');
        const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
        const rows = feeds.map((f) => [
          String(f.id),
          feedLabel(f),
          f.last_result ?? '—',
          when(f.last_success_at),
          String(f.articles_added),
          when(f.next_poll_at),
          f.last_error ? `${when(f.last_error_at)} ${f.last_error}` : '—',
        ]);
        process.stdout.write(`${table(['id', 'name', 'last poll', 'last success', 'articles', 'next poll', 'last error'], rows)}\n`);
      }),
    );
  sources
    .command('remove')
    .description('stop polling a feed (its articles stay)')
    .argument('<id|url>', 'the id from `sources list`, or the URL as added')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((idOrUrl: string, flags: Flags) =>
      withEngine(flags, async (engine) => {
        const feed = await removeFeed(engine, idOrUrl);
        process.stdout.write(`removed ${feed.id} ${feedLabel(feed)}\n`);
      }),
    );
  sources
    .command('poll')
    .description('read the feeds that are due now (with --all every feed; with an id or URL, that feed)')
    .argument('[id|url]', 'only this feed, now, whatever its schedule')
    .option('--all', 'every feed, whatever its schedule')
    .option('--json', 'print JSON')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .action((idOrUrl: string | undefined, flags: Flags & { all?: boolean }) =>
      withEngine(flags, async (engine) => {
        // Named or --all: polled now even if a server has just claimed them (the operator asked).
        const feeds = idOrUrl !== undefined ? [await feedNamed(engine, idOrUrl)] : flags.all ? await listFeeds(engine.store.db) : undefined;
        return printPolls(await pollFeeds(engine, { intervalMinutes: engine.config.MAWJAZ_FEED_POLL_MINUTES, ...(feeds ? { feeds } : {}) }), flags.json);
      }),
    );
}

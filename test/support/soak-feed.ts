/**
 * The soak's running ingest: a feed of new articles the server's scheduler polls while the briefs fan
 * out. Its items are made from articles already in the soak's database, each given a new link, a new
 * opening line and today's date, so every one is enriched and stored again as a new article (and marks
 * this week's digests stale, as real arrivals do). Written in a child process, like the seeding, so the
 * process that times the requests spends no CPU on it.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { closeEngine, openEngine } from '../../src/engine.js';
import { createLogger } from '../../src/logger.js';
import { insertFeed } from '../../src/storage/feed.repository.js';
import { runScript } from './cli.js';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes an RSS document of `items` new articles to `out` and adds `url` to the feeds, due at once. */
export async function writeSoakFeed(db: string, items: number, out: string, url: string): Promise<number> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  const engine = await openEngine({ config, logger: createLogger(config), db });
  try {
    const rows = await engine.store.db.selectFrom('articles').select(['title', 'text', 'lang']).orderBy('seq', 'desc').limit(items).execute();
    const now = Date.now();
    const entries = rows.map((row, i) => {
      const date = new Date(now - (i + 1) * 60_000).toUTCString();
      const text = `Soak arrival ${i + 1}. ${row.text}`;
      return `<item><title>${escapeXml(`${row.title} (${i + 1})`)}</title><link>https://soak-wire.example.net/a/${i + 1}</link><guid>soak-${i + 1}</guid><pubDate>${date}</pubDate><description>${escapeXml(text)}</description></item>`;
    });
    writeFileSync(out, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Soak Wire</title><link>https://soak-wire.example.net/</link>${entries.join('')}</channel></rss>`);
    await insertFeed(engine.store.db, { url, name: 'Soak Wire', allowPrivate: true }, new Date(now).toISOString());
    return rows.length;
  } finally {
    await closeEngine(engine);
  }
}

/** Runs `writeSoakFeed` in a child process (this file as a script); resolves with the number of items. */
export async function writeSoakFeedInChild(db: string, items: number, out: string, url: string): Promise<number> {
  const run = await runScript(import.meta.filename, [db, String(items), out, url]);
  if (run.code !== 0) throw new Error(`writing the soak feed failed (exit ${run.code}):\n${run.stderr}`);
  return Number(run.stdout);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [db, items, out, url] = process.argv.slice(2);
  if (db === undefined || items === undefined || out === undefined || url === undefined) throw new Error('usage: soak-feed.ts <db> <items> <out.xml> <feed url>');
  process.stdout.write(String(await writeSoakFeed(db, Number(items), out, url)));
}

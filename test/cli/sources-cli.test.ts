/**
 * `mawjaz sources add|list|poll|remove` as operators run it (the real executable, SQLite), against a
 * local site: the first read is reported as the back catalogue, an unchanged feed polled again is
 * "not modified" (conditional GET), health shows in `list`, a failing feed shows its error, and bad
 * input is one clear line with exit code 2. A feed at an address the SSRF rules refuse is refused when
 * added, with nothing stored; a feed that is merely down when added is kept (it may come back).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { FakeSite } from '../support/fake-site.js';

interface FeedJson {
  id: number;
  name: string;
  url: string;
  lastSuccessAt: string | null;
  lastResult: string | null;
  etag: string | null;
  lastError: string | null;
  failures: number;
  articles: number;
}

describe('mawjaz sources', () => {
  const site = new FakeSite();
  let database: TestDatabase;
  beforeAll(async () => {
    await site.start();
    site.etag = '"coast-1"';
    database = tempSqlite();
  });
  afterAll(async () => {
    await database.drop();
    await site.stop();
  });

  it('adds a feed and reads its back catalogue at once, without alerts', async () => {
    const added = await runCli(['sources', 'add', `${site.url}?key=s3cret`, '--allow-private', '--db', database.target]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^added 1 /);
    expect(added.stdout).toContain('✓ 1 Coast Watch: 3 new, 0 already known (first read: no alerts for the back catalogue)');
    // The key in the query string is never printed.
    expect(added.stdout).not.toContain('s3cret');
  });

  it('polls a feed by id at once; unchanged, it is "not modified"', async () => {
    const poll = await runCli(['sources', 'poll', '1', '--db', database.target]);
    expect(poll).toMatchObject({ code: 0, stdout: '✓ 1 Coast Watch: not modified since the last poll\n' });
    expect(site.lastRequestHeaders['if-none-match']).toBe('"coast-1"');
    const missing = await runCli(['sources', 'poll', '7', '--db', database.target]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/no source "7"/);
  });

  it('lists each feed with its health, as a table and as JSON', async () => {
    const list = await runCli(['sources', 'list', '--db', database.target]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/id\s+name\s+last poll\s+last success\s+articles\s+next poll\s+last error/);
    expect(list.stdout).toMatch(/1\s+Coast Watch\s+not modified\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+3\s+/);
    const feeds = json<FeedJson[]>(await runCli(['sources', 'list', '--json', '--db', database.target]));
    expect(feeds).toEqual([expect.objectContaining({ id: 1, name: 'Coast Watch', articles: 3, failures: 0, lastError: null, lastResult: 'not modified', etag: '"coast-1"' })]);
    expect(feeds[0]?.url).not.toContain('s3cret');
  });

  it('shows a failing poll with its reason and exit code 1', async () => {
    site.status = 500;
    const poll = await runCli(['sources', 'poll', '--all', '--db', database.target]);
    expect(poll.code).toBe(1);
    expect(poll.stdout).toMatch(/✗ 1 Coast Watch: .*500/);
    const [feed] = json<FeedJson[]>(await runCli(['sources', 'list', '--json', '--db', database.target]));
    expect(feed).toMatchObject({ failures: 1 });
    expect(feed?.lastError).toMatch(/500/);
    site.status = 200;
  });

  it('answers bad input with one clear line and exit code 2', async () => {
    const bad = await runCli(['sources', 'add', 'file:///etc/passwd', '--db', database.target]);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('mawjaz: not an http(s) URL: "file:///etc/passwd"\n');
    const twice = await runCli(['sources', 'add', `${site.url}?key=s3cret`, '--db', database.target]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/is already a source/);
    expect(twice.stderr).not.toContain('s3cret');
    const missing = await runCli(['sources', 'remove', '42', '--db', database.target]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toMatch(/no source "42"/);
  });

  it('removes a feed', async () => {
    const removed = await runCli(['sources', 'remove', '1', '--db', database.target]);
    expect(removed).toMatchObject({ code: 0, stdout: 'removed 1 Coast Watch\n' });
    expect(json<FeedJson[]>(await runCli(['sources', 'list', '--json', '--db', database.target]))).toEqual([]);
  });
});

describe('mawjaz sources add, at an address the SSRF rules refuse', () => {
  const site = new FakeSite();
  let database: TestDatabase;
  beforeAll(async () => {
    await site.start();
    database = tempSqlite();
  });
  afterAll(async () => {
    await database.drop();
    await site.stop();
  });

  const feeds = async () => json<FeedJson[]>(await runCli(['sources', 'list', '--json', '--db', database.target]));

  it('refuses a loopback address or a name resolving to one, polled or not, and stores nothing', async () => {
    const byName = site.url.replace('127.0.0.1', 'localhost');
    const cases: Array<[string[], RegExp]> = [
      [[site.url], /refused: 127\.0\.0\.1 is a loopback address \(use --allow-private for local testing\)/],
      [[site.url, '--no-poll'], /refused: 127\.0\.0\.1 is a loopback address/],
      [[byName], /refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address \(use --allow-private for local testing\)/],
      [[byName, '--no-poll', '--json'], /refused: localhost resolves to/],
    ];
    for (const [args, refusal] of cases) {
      const added = await runCli(['sources', 'add', ...args, '--db', database.target]);
      expect(added, args.join(' ')).toMatchObject({ code: 2, stdout: '' });
      expect(added.stderr).toMatch(refusal);
      expect(added.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await feeds()).toEqual([]);
    expect(site.requests).toBe(0);
  });

  it('stores it with --allow-private; a feed merely down when added is kept, with its error', async () => {
    site.status = 503;
    const down = await runCli(['sources', 'add', site.url, '--allow-private', '--db', database.target]);
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(/✗ 1 .*503/);
    site.status = 200;
    const polled = await runCli(['sources', 'poll', '1', '--db', database.target]);
    expect(polled).toMatchObject({ code: 0, stdout: '✓ 1 Coast Watch: 3 new, 0 already known (first read: no alerts for the back catalogue)\n' });
    expect(await feeds()).toEqual([expect.objectContaining({ id: 1, name: 'Coast Watch', articles: 3, failures: 0 })]);
  });
});

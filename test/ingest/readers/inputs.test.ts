import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type InputItem, planInputs, readItem, sniffKind } from '../../../src/ingest/readers/inputs.js';
import type { ReadOptions, ReadOutcome } from '../../../src/ingest/types.js';

const fixtures = join(import.meta.dirname, '../../fixtures/ingest');
const scratch = mkdtempSync(join(tmpdir(), 'mawjaz-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const local: ReadOptions = { allowPrivate: true, maxBytes: 1024 * 1024, timeoutMs: 5_000 };

async function readAll(item: InputItem, options: ReadOptions = local): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for await (const outcome of readItem(item, options)) outcomes.push(outcome);
  return outcomes;
}

describe('planInputs', () => {
  const tree = join(scratch, 'tree');
  beforeAll(() => {
    mkdirSync(join(tree, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(tree, '.git'));
    for (const name of ['b.md', 'a.txt', 'c.jsonl', 'd.xml', 'e.HTML', 'f.pdf', '.hidden.txt', 'sub/g.rss', 'sub/h.docx', 'sub/deeper/i.ndjson', '.git/x.txt']) {
      writeFileSync(join(tree, name), 'x');
    }
    symlinkSync(tree, join(tree, 'sub', 'loop'));
    symlinkSync(join(tree, 'a.txt'), join(tree, 'z-link.txt'));
    symlinkSync(join(tree, 'gone.txt'), join(tree, 'sub', 'broken.txt'));
  });

  it('expands directories recursively in name order, skipping dotfiles and counting unknown extensions', async () => {
    const plan = await planInputs([tree]);
    expect(plan.items.map((i) => (i.source === 'file' ? [i.input, i.kind] : []))).toEqual([
      [join(tree, 'a.txt'), 'text'],
      [join(tree, 'b.md'), 'text'],
      [join(tree, 'c.jsonl'), 'jsonl'],
      [join(tree, 'd.xml'), 'feed'],
      [join(tree, 'e.HTML'), 'html'],
      [join(tree, 'sub/deeper/i.ndjson'), 'jsonl'],
      [join(tree, 'sub/g.rss'), 'feed'],
    ]);
    // f.pdf and sub/h.docx; the symlinked loop and the second name for a.txt are not read again.
    expect(plan.skipped).toBe(2);
    expect(plan.failures).toEqual([
      { ok: false, input: join(tree, 'sub/broken.txt'), reason: 'broken symbolic link (no such file or directory)' },
    ]);
  });

  it('reports missing paths and unsupported files named directly', async () => {
    const plan = await planInputs([join(scratch, 'nope.txt'), join(tree, 'f.pdf')]);
    expect(plan.items).toEqual([]);
    expect(plan.failures).toEqual([
      { ok: false, input: join(scratch, 'nope.txt'), reason: 'no such file or directory' },
      {
        ok: false,
        input: join(tree, 'f.pdf'),
        reason: 'unsupported file type .pdf (expected .txt, .md, .jsonl, .xml, .rss, .atom, .rdf or .html)',
      },
    ]);
  });

  it('keeps http(s) URLs for fetching (shown without secrets), reads file: URLs, refuses other schemes', async () => {
    const plan = await planInputs([
      'https://user:pw@feeds.example.org/rss?key=s3cret',
      pathToFileURL(join(tree, 'a.txt')).href,
      'ftp://example.org/feed.xml',
    ]);
    expect(plan.items).toEqual([
      { source: 'url', url: 'https://user:pw@feeds.example.org/rss?key=s3cret', input: 'https://feeds.example.org/rss?…' },
      { source: 'file', kind: 'text', path: join(tree, 'a.txt'), input: pathToFileURL(join(tree, 'a.txt')).href },
    ]);
    expect(plan.failures).toEqual([
      { ok: false, input: 'ftp://example.org/feed.xml', reason: 'unsupported URL scheme ftp: (only http, https and local files)' },
    ]);
  });
});

describe('readItem on the fixture files', () => {
  it('reads every fixture and names what fails', async () => {
    const plan = await planInputs([fixtures]);
    expect(plan.failures).toEqual([]);
    const byFile = new Map<string, ReadOutcome[]>();
    for (const item of plan.items) byFile.set(item.input.slice(fixtures.length + 1), await readAll(item));

    const okCount = (name: string) => byFile.get(name)?.filter((o) => o.ok).length;
    expect(okCount('arabic-feed.rss')).toBe(4);
    expect(okCount('atom-feed.atom')).toBe(2);
    expect(okCount('arabic-article.html')).toBe(1);
    expect(okCount('arabic-article.md')).toBe(1);
    expect(okCount('articles.jsonl')).toBe(3);

    expect(byFile.get('not-a-feed.xml')).toEqual([
      { ok: false, input: join(fixtures, 'not-a-feed.xml'), reason: 'not an RSS or Atom feed (it is an HTML page titled "Service Unavailable")' },
    ]);
    expect(byFile.get('no-article.html')).toEqual([
      { ok: false, input: join(fixtures, 'no-article.html'), reason: 'no article content found' },
    ]);
    expect(byFile.get('articles.jsonl')?.find((o) => !o.ok)).toEqual({
      ok: false,
      input: `${join(fixtures, 'articles.jsonl')}:4`,
      reason: 'text: expected string',
    });
  });
});

describe('readItem on URLs', () => {
  let server: Server;
  let base: string;
  const feed = readFileSync(join(fixtures, 'arabic-feed.rss'));
  const atom = readFileSync(join(fixtures, 'atom-feed.atom'));
  const page = readFileSync(join(fixtures, 'arabic-article.html'));

  beforeAll(async () => {
    server = createServer((req, res) => {
      const routes: Record<string, [string, Buffer]> = {
        // A feed mislabelled as a web page: the first element decides.
        '/news': ['text/html; charset=utf-8', feed],
        '/atom': ['application/atom+xml', atom],
        '/story': ['text/html; charset=utf-8', page],
        '/report.pdf': ['application/pdf', Buffer.from('%PDF-1.7')],
      };
      const route = routes[req.url ?? ''];
      if (!route) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': route[0] });
      res.end(route[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const urlItem = (path: string): InputItem => ({ source: 'url', url: `${base}${path}`, input: `${base}${path}` });

  it('sniffs a feed served as text/html and resolves its relative links against the site', async () => {
    const outcomes = await readAll(urlItem('/news'));
    expect(outcomes).toHaveLength(4);
    expect(outcomes[1]).toMatchObject({ ok: true, draft: { url: 'https://news.example.org/ar/2024/05/coast-guard' } });
  });

  it('reads an Atom feed and an article page', async () => {
    expect((await readAll(urlItem('/atom'))).filter((o) => o.ok)).toHaveLength(2);
    const [story] = await readAll(urlItem('/story'));
    expect(story).toMatchObject({ ok: true, draft: { title: 'تونس: إحباط محاولة هجرة غير نظامية قبالة صفاقس', lang: 'ar' } });
  });

  it('turns fetch problems and unreadable content into failures', async () => {
    expect(await readAll(urlItem('/missing'))).toEqual([{ ok: false, input: `${base}/missing`, reason: 'HTTP 404 Not Found' }]);
    expect(await readAll(urlItem('/report.pdf'))).toEqual([
      { ok: false, input: `${base}/report.pdf`, reason: 'unsupported content type application/pdf (expected a feed or an HTML page)' },
    ]);
    expect(await readAll(urlItem('/news'), { ...local, allowPrivate: false })).toEqual([
      {
        ok: false,
        input: `${base}/news`,
        reason: 'refused: 127.0.0.1 is a loopback address (use --allow-private for local testing)',
      },
    ]);
  });
});

describe('sniffKind', () => {
  const bytes = (text: string) => Buffer.from(text);
  it('trusts feed content types, then the first element, then treats text as HTML', () => {
    expect(sniffKind('application/rss+xml', bytes('<html>'))).toBe('feed');
    expect(sniffKind('text/html', bytes('\uFEFF<?xml version="1.0"?>\n<!-- generated --><rss version="2.0">'))).toBe('feed');
    expect(sniffKind('text/xml', bytes('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('feed');
    expect(sniffKind(null, bytes('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">'))).toBe('feed');
    expect(sniffKind('text/html', bytes('<!DOCTYPE html><html><body>rss feed</body></html>'))).toBe('html');
    expect(sniffKind('application/xhtml+xml', bytes('<html>'))).toBe('html');
    expect(sniffKind('image/png', bytes('\x89PNG'))).toBeNull();
  });
});

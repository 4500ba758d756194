/**
 * The CLI contract, end to end: the real executable on a real SQLite file (and on PostgreSQL where it
 * answers), ingesting the bundled samples, then list, search, show and topics as users run them.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { json, runCli, samplesNewsDir as samplesDir } from '../support/cli.js';

interface ListJson {
  articles: Array<{ id: string; title: string; url: string; published: string | null; lang: string; source: string | null }>;
}
interface SearchJson {
  query: string;
  topics: Array<{ id: string; kind: string; name: string }>;
  results: Array<{ id: string; title: string; url: string; published: string | null; lang: string; score: number; snippet: string }>;
}
interface ShowJson {
  id: string;
  title: string;
  url: string;
  lang: string;
  published: string | null;
  summary: string;
  countries: Array<{ code: string; name: string }>;
  entities: Array<{ id: string; kind: string; name: string; names: { en: string; ar: string | null }; mentions: string[] }>;
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`mawjaz CLI on ${dialect.name}`, () => {
    let database: TestDatabase;
    let db: string;
    let firstIngest: Awaited<ReturnType<typeof runCli>>;

    beforeAll(async () => {
      database = await dialect.create();
      db = database.target;
      firstIngest = await runCli(['ingest', samplesDir, '--db', db, '--no-progress']);
    });
    afterAll(async () => database?.drop());

    it('ingests the samples and reports counts', () => {
      expect(firstIngest.stderr).toBe('');
      expect(firstIngest.code).toBe(0);
      expect(firstIngest.stdout).toMatch(/ingested\s+3\d\n/);
      expect(firstIngest.stdout).toMatch(/failed\s+0\n/);
    });

    it('changes nothing when the same articles are ingested again', async () => {
      const again = await runCli(['ingest', samplesDir, '--db', db, '--json']);
      expect(again.code).toBe(0);
      expect(json<{ ingested: number; unchanged: number; failed: number }>(again)).toMatchObject({ ingested: 0, failed: 0 });
    });

    it('lists articles as JSON with the contract fields, local files as file:// URLs', async () => {
      const { articles } = json<ListJson>(await runCli(['list', '--json', '--db', db]));
      expect(articles.length).toBeGreaterThanOrEqual(30);
      for (const a of articles) expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'title', 'url', 'published', 'lang', 'source']));
      expect(articles.some((a) => a.url.startsWith('file:///') && a.url.endsWith('.txt'))).toBe(true);
      expect(new Set(articles.map((a) => a.lang))).toEqual(new Set(['ar', 'en', 'fr']));
      // The undated analysis piece stays undated; its bare years are not a publication date.
      expect(articles.find((a) => a.url.endsWith('khartoum-process-analysis.txt'))?.published).toBeNull();
    });

    it('finds Arabic reporting on the Khartoum Process from an English query, and the reverse', async () => {
      const khartoum = json<SearchJson>(await runCli(['search', 'khartoum', '--json', '--db', db]));
      expect(khartoum.topics[0]?.id).toBe('process:khartoum');
      expect(khartoum.results.some((r) => r.lang === 'ar')).toBe(true);
      expect(khartoum.results.some((r) => r.lang === 'en')).toBe(true);

      const arabic = json<SearchJson>(await runCli(['search', 'عملية', 'الخرطوم', '--json', '--db', db]));
      expect(arabic.topics.map((t) => t.id)).toContain('process:khartoum');
      expect(arabic.results.some((r) => r.lang === 'en')).toBe(true);
    });

    it('answers country, organisation and theme queries across languages', async () => {
      // Each query must reach articles in every listed language (forced labour appears in Arabic and French samples only).
      for (const [query, topic, langs] of [
        ['egypt', 'country:EG', ['ar', 'en']],
        ['مصر', 'country:EG', ['ar', 'en']],
        ['IOM', 'org:iom', ['ar', 'en']],
        ['المنظمة الدولية للهجرة', 'org:iom', ['ar', 'en']],
        ['trafficking', 'theme:trafficking', ['ar', 'en']],
        ['forced labour', 'theme:forced-labour', ['ar', 'fr']],
      ] as const) {
        const response = json<SearchJson>(await runCli(['search', query, '--json', '--limit', '20', '--db', db]));
        expect(response.topics.map((t) => t.id), query).toContain(topic);
        const found = new Set(response.results.map((r) => r.lang));
        for (const lang of langs) expect(found.has(lang), `${query} → ${lang} (found ${[...found]})`).toBe(true);
        for (const r of response.results) expect(r.snippet.length).toBeGreaterThan(0);
      }
    });

    it('shows an article with its summary, countries and entities', async () => {
      const search = json<SearchJson>(await runCli(['search', 'الكفرة', '--json', '--db', db]));
      const arabic = search.results.find((r) => r.lang === 'ar');
      expect(arabic).toBeDefined();
      const view = json<ShowJson>(await runCli(['show', arabic!.id, '--json', '--db', db]));
      expect(view).toMatchObject({ id: arabic!.id, lang: 'ar' });
      expect(view.summary.length).toBeGreaterThan(40);
      expect(view.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['LY', 'SD']));
      const libya = view.entities.find((e) => e.id === 'country:LY');
      expect(libya?.names).toEqual({ en: 'Libya', ar: 'ليبيا' });
      expect(libya?.mentions.length).toBeGreaterThan(0);
    });

    it('tracks a user topic with an Arabic alias and links existing articles at once', async () => {
      const added = await runCli(['topics', 'add', 'Kufra', '--kind', 'theme', '--alias', 'الكفرة', '--json', '--db', db]);
      expect(added.code).toBe(0);
      const change = json<{ topic: { id: string }; relinked: number }>(added);
      expect(change.topic.id).toBe('topic:kufra');
      expect(change.relinked).toBeGreaterThanOrEqual(2);

      const listed = json<{ topics: Array<{ id: string; aliases: string[] }> }>(await runCli(['topics', 'list', '--json', '--db', db]));
      expect(listed.topics.find((t) => t.id === 'topic:kufra')?.aliases).toEqual(expect.arrayContaining(['Kufra', 'الكفرة']));

      const search = json<SearchJson>(await runCli(['search', 'الكفرة', '--json', '--db', db]));
      expect(search.topics[0]?.id).toBe('topic:kufra');

      const duplicate = await runCli(['topics', 'add', 'Kufra', '--db', db]);
      expect(duplicate.code).toBe(2);
      expect(duplicate.stderr).toContain('already exists');
    });

    it('survives hostile queries with an ordinary answer', async () => {
      for (const query of ['"', "'; DROP TABLE articles; --", 'NEAR(a b)', '<!channel>', '\u202Eegypt\u202C', '*', 'x'.repeat(10_000)]) {
        const result = await runCli(['search', query, '--json', '--db', db]);
        expect(result.code, query.slice(0, 20)).toBe(0);
        expect(json<SearchJson>(result).results).toBeInstanceOf(Array);
      }
      const { articles } = json<ListJson>(await runCli(['list', '--json', '--db', db]));
      expect(articles.length).toBeGreaterThanOrEqual(30);
    });
  });
}

describe('mawjaz CLI errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-cli-'));
  });

  it('reports each bad input with its name and reason, ingests the rest and exits 1', async () => {
    const inputs = join(dir, 'mixed');
    mkdirSync(inputs);
    copyFileSync(join(samplesDir, 'pages/egypt-asylum-regulations.txt'), join(inputs, 'good.txt'));
    writeFileSync(join(inputs, 'broken.xml'), '<rss><channel><item><title>unterminated');
    writeFileSync(join(inputs, 'empty.txt'), '   \n');
    writeFileSync(join(inputs, 'lines.jsonl'), '{"title":"A headline","text":"Body text about asylum in Egypt."}\n{"title": 5}\n');
    const result = await runCli(['ingest', inputs, join(dir, 'missing.txt'), '--db', join(dir, 'x.db'), '--json']);
    expect(result.code).toBe(1);
    const summary = json<{ ingested: number; failed: number; failures: Array<{ input: string; reason: string }> }>(result);
    expect(summary.ingested).toBe(2);
    expect(summary.failed).toBe(4);
    const names = summary.failures.map((f) => f.input).join('\n');
    expect(names).toContain('broken.xml');
    expect(names).toContain('empty.txt');
    expect(names).toContain('lines.jsonl:2');
    expect(names).toContain('missing.txt');
    for (const f of summary.failures) expect(f.reason.length).toBeGreaterThan(5);
  });

  it('ingests a feed and an article page over HTTP with --allow-private', async () => {
    const server = createServer((request, response) => {
      const file = { '/feed.xml': 'feeds/horn-monitor.xml', '/article.html': 'pages/italy-humanitarian-corridor-ledger.html' }[request.url ?? ''];
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': file.endsWith('.xml') ? 'application/rss+xml' : 'text/html; charset=utf-8' });
      response.end(readFileSync(join(samplesDir, file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const base = `http://127.0.0.1:${port}`;
      const result = await runCli(['ingest', `${base}/feed.xml`, `${base}/article.html`, `${base}/missing.xml`, '--allow-private', '--json', '--db', join(dir, 'http.db')]);
      const summary = json<{ ingested: number; failed: number; failures: Array<{ input: string; reason: string }> }>(result);
      expect(summary.ingested).toBe(5);
      expect(summary.failures).toEqual([{ input: `${base}/missing.xml`, reason: expect.stringContaining('404') }]);
      const { articles } = json<ListJson>(await runCli(['list', '--json', '--db', join(dir, 'http.db')]));
      expect(articles.filter((a) => a.lang === 'ar')).toHaveLength(4);
      expect(articles.find((a) => a.lang === 'en')?.source).toBeTruthy();
    } finally {
      server.close();
    }
  });

  it('refuses to fetch loopback addresses without --allow-private', async () => {
    const result = await runCli(['ingest', 'http://127.0.0.1:9/feed.xml', '--db', join(dir, 'y.db'), '--json']);
    expect(result.code).toBe(1);
    expect(json<{ failures: Array<{ reason: string }> }>(result).failures[0]?.reason).toMatch(/loopback/);
  });

  it('suggests the closest command for a typo and exits 2', async () => {
    const result = await runCli(['serch', 'egypt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('search');
  });

  it('names an unknown article id and exits 2', async () => {
    const result = await runCli(['show', 'nope', '--db', join(dir, 'z.db')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no article with id "nope"');
  });

  it('stops with a readable message on a bad configuration', async () => {
    const result = await runCli(['list', '--db', join(dir, 'c.db')], { env: { MAWJAZ_FETCH_TIMEOUT_MS: 'soon' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('MAWJAZ_FETCH_TIMEOUT_MS');
  });
});

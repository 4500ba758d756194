/**
 * `mawjaz digest` end to end, as users run it: the real executable on SQLite (and PostgreSQL where it
 * answers), over the bundled samples: the JSON contract, the Markdown brief in English and Arabic,
 * stored digests reused on a second run, and one clear line with exit code 2 for every bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, json, runCli, samplesNewsDir } from '../support/cli.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';

interface DigestEntity {
  id: string;
  kind: string;
  name: string;
  nameAr?: string;
}
interface DigestArticle {
  id: string;
  title: string;
  url: string;
  source: string | null;
  lang: string;
}
interface DigestStory {
  id: string;
  title: string;
  summary: string;
  published: string | null;
  topic: string | null;
  articles: DigestArticle[];
  countries: Array<{ code: string | null; name: string }>;
  entities: DigestEntity[];
}
interface DigestTopic extends DigestEntity {
  count: number;
  previousCount: number;
  change: number;
  stories: string[];
}
interface DigestJson {
  from: string;
  to: string;
  lang: 'en' | 'ar';
  generatedAt: string;
  topics: DigestTopic[];
  stories: DigestStory[];
  stats: { articles: number; stories: number; sources: number; languages: Record<string, number> };
}

const WEEK = ['--from', '2026-11-09', '--to', '2026-11-15'];
const CAIRO_EN = 'https://news.example/europe-desk/2026/11/13/khartoum-process-cairo-work-plan';
const CAIRO_AR = 'https://news.example/nile-post/2026/11/12/khartoum-process-som-cairo';
const ENTITY_KINDS = ['country', 'person', 'organisation', 'process', 'theme'];

/** Exit 2, and exactly one readable line on stderr: no stack trace, nothing on stdout. */
function expectUsageError(result: CliResult, label: string): string {
  expect(result.code, `${label}: ${result.stderr}`).toBe(2);
  expect(result.stdout, label).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, label).toHaveLength(1);
  expect(lines[0], label).toMatch(/^(mawjaz|error): /);
  expect(result.stderr, label).not.toMatch(/^\s+at /m);
  expect(result.stderr, label).not.toMatch(/unexpected error|TypeError|ReferenceError/);
  return lines[0]!;
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`mawjaz digest on ${dialect.name}`, () => {
    let database: TestDatabase;
    let db: string;
    let ingest: CliResult;
    let week: CliResult;
    const digest = (...args: string[]): Promise<CliResult> => runCli(['digest', ...args, '--db', db]);

    beforeAll(async () => {
      database = await dialect.create();
      db = database.target;
      ingest = await runCli(['ingest', samplesNewsDir, '--db', db, '--no-progress']);
      week = await digest(...WEEK, '--topic', 'egypt', '--topic', 'Khartoum Process', '--json', '--no-llm');
    });
    afterAll(async () => database?.drop());

    it('prints the brief as JSON with the contract fields', () => {
      expect(ingest.code, ingest.stderr).toBe(0);
      expect(week.stderr).toBe('');
      expect(week.code).toBe(0);
      const brief = json<DigestJson>(week);
      expect(Object.keys(brief)).toEqual(expect.arrayContaining(['from', 'to', 'topics', 'stories', 'stats']));
      expect(brief).toMatchObject({ from: '2026-11-09', to: '2026-11-15', lang: 'en' });
      expect(brief.stats).toMatchObject({ articles: expect.any(Number), stories: expect.any(Number), sources: expect.any(Number) });
      expect(brief.stats.stories).toBeGreaterThanOrEqual(brief.stories.length);

      expect(brief.topics.map((t) => t.id)).toEqual(['country:EG', 'process:khartoum']);
      for (const topic of brief.topics) {
        expect(topic.change, topic.id).toBe(topic.count - topic.previousCount);
        expect(topic.count, topic.id).toBeGreaterThanOrEqual(topic.stories.length);
      }

      expect(brief.stories.length).toBeGreaterThanOrEqual(2);
      for (const story of brief.stories) {
        expect(Object.keys(story)).toEqual(expect.arrayContaining(['id', 'title', 'summary', 'published', 'articles', 'countries', 'entities']));
        expect(story.title.length, story.id).toBeGreaterThan(0);
        expect(story.articles.length, story.id).toBeGreaterThan(0);
        for (const article of story.articles) {
          expect(Object.keys(article)).toEqual(expect.arrayContaining(['id', 'title', 'url', 'source', 'lang']));
          expect(article.url, article.id).toMatch(/^(https?|file):\/\//);
        }
        expect(story.countries.length, story.id).toBeGreaterThan(0);
        for (const country of story.countries) expect(country.code, `${story.id} ${country.name}`).toMatch(/^[A-Z]{2}$/);
        for (const entity of story.entities) {
          expect(ENTITY_KINDS, `${story.id} ${entity.id}`).toContain(entity.kind);
          expect(entity.id.length).toBeGreaterThan(0);
          expect(entity.name.length).toBeGreaterThan(0);
        }
      }
      // Each story is listed once, under the topic whose stories[] names it.
      const ids = brief.stories.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const topic of brief.topics) {
        expect(brief.stories.filter((s) => s.topic === topic.id).map((s) => s.id)).toEqual(topic.stories);
      }
    });

    it('reports the Cairo Khartoum Process meeting as one story in Arabic and English, under the process', () => {
      const brief = json<DigestJson>(week);
      const cairo = brief.stories.filter((s) => s.articles.some((a) => a.url === CAIRO_EN || a.url === CAIRO_AR));
      expect(cairo).toHaveLength(1);
      const story = cairo[0]!;
      expect(story.articles.map((a) => a.url).sort()).toEqual([CAIRO_EN, CAIRO_AR].sort());
      expect(story.articles.map((a) => a.lang).sort()).toEqual(['ar', 'en']);
      expect(story.topic).toBe('process:khartoum');
      expect(story.published?.slice(0, 10)).toBe('2026-11-12');
      expect(story.countries.map((c) => c.code)).toContain('EG');
      expect(story.entities).toContainEqual(expect.objectContaining({ id: 'process:khartoum', kind: 'process' }));
      expect(brief.topics.find((t) => t.id === 'process:khartoum')?.stories).toContain(story.id);
      expect(brief.topics.find((t) => t.id === 'country:EG')?.stories).not.toContain(story.id);
    });

    it('gives the same JSON on a second run, apart from generatedAt (stored digests reused)', async () => {
      const again = await digest(...WEEK, '--topic', 'egypt', '--topic', 'Khartoum Process', '--json', '--no-llm');
      expect(again.code, again.stderr).toBe(0);
      const { generatedAt: first, ...firstRest } = json<DigestJson>(week);
      const { generatedAt: second, ...secondRest } = json<DigestJson>(again);
      expect(typeof first).toBe('string');
      expect(typeof second).toBe('string');
      expect(secondRest).toEqual(firstRest);
    });

    it('groups the Kufra raid pair as one Arabic story with --all', async () => {
      const result = await digest('--from', '2026-11-16', '--to', '2026-11-22', '--all', '--json', '--no-llm');
      expect(result.code, result.stderr).toBe(0);
      const brief = json<DigestJson>(result);
      expect(brief.topics).toEqual([]);
      const kufra = brief.stories.filter((s) => s.articles.some((a) => /الكفرة|kufra/i.test(`${a.title} ${a.url}`)));
      expect(kufra).toHaveLength(1);
      expect(kufra[0]!.articles).toHaveLength(2);
      expect(kufra[0]!.articles.every((a) => a.lang === 'ar')).toBe(true);
      expect(kufra[0]!.countries.map((c) => c.code)).toContain('LY');
    });

    it('prints an Arabic brief for an Arabic topic name: JSON says lang "ar"', async () => {
      const result = await digest(...WEEK, '--lang', 'ar', '--topic', 'مصر', '--json', '--no-llm');
      expect(result.code, result.stderr).toBe(0);
      const brief = json<DigestJson>(result);
      expect(brief.lang).toBe('ar');
      expect(brief.topics.map((t) => t.id)).toEqual(['country:EG']);
      expect(brief.stories.length).toBeGreaterThan(0);
    });

    it('renders the Arabic brief as right-to-left Markdown with Arabic headings', async () => {
      const result = await digest(...WEEK, '--lang', 'ar', '--topic', 'عملية الخرطوم', '--no-llm');
      expect(result.code, result.stderr).toBe(0);
      const md = result.stdout;
      expect(md.startsWith('<div dir="rtl" lang="ar">')).toBe(true);
      expect(md.trimEnd().endsWith('</div>')).toBe(true);
      expect(md).toContain('# الموجز الأسبوعي للهجرة');
      expect(md).toContain('9 نوفمبر 2026 – 15 نوفمبر 2026');
      expect(md).toMatch(/^## عملية الخرطوم — /m);
      expect(md).toContain(`](${CAIRO_AR})`);
      expect(md).toContain(`](${CAIRO_EN})`);
    });

    it('prints a Markdown brief by default, with the period, topic sections and links', async () => {
      const result = await digest(...WEEK, '--topic', 'egypt', '--topic', 'Khartoum Process', '--no-llm');
      expect(result.code, result.stderr).toBe(0);
      const md = result.stdout;
      expect(md).toMatch(/^# Weekly migration brief\n/);
      expect(md).toContain('**9 November 2026 – 15 November 2026**');
      expect(md).toMatch(/^## Egypt — \d+ stor(y|ies) · /m);
      expect(md).toMatch(/^## Khartoum Process — 1 story · /m);
      expect(md).toMatch(/\]\(https:\/\/news\.example\/[^)\s]+\)/);
      expect(md).not.toContain('<div dir="rtl"');
      // The Cairo meeting appears once: its English report as the headline, the Arabic one as "also reported".
      expect(md.split(`](${CAIRO_EN})`)).toHaveLength(2);
      expect(md.split(`](${CAIRO_AR})`)).toHaveLength(2);
      expect(md.indexOf('## Khartoum Process')).toBeLessThan(md.indexOf(`](${CAIRO_EN})`));
    });

    it('says there is nothing new for a quiet period and exits 0', async () => {
      const result = await digest('--from', '2025-03-03', '--to', '2025-03-09', '--topic', 'libya', '--no-llm');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('# Weekly migration brief');
      expect(result.stdout).toContain('Nothing new on Libya this week');
    });

    it('rejects bad dates, periods, languages and limits with exit code 2 and one clear line', async () => {
      const cases: Array<[string[], RegExp]> = [
        [['--from', '2026-13-01'], /--from.*2026-13-01/],
        [['--from', '2026-11-20', '--to', '2026-11-01'], /--from 2026-11-20 is after --to 2026-11-01/],
        [['--from', '2025-01-01', '--to', '2026-11-01'], /670 days.*366/],
        [['--from', '2026-11-09', '--lang', 'fr'], /--lang.*fr/],
        [['--from', '2026-11-09', '--limit', '0'], /--limit.*"0"/],
        [['--from', '2026-11-09', '--topic', 'atlantis'], /no topic named "atlantis"/],
      ];
      const results = await Promise.all(cases.map(([args]) => digest(...args, '--json', '--no-llm')));
      cases.forEach(([args, message], i) => {
        const line = expectUsageError(results[i]!, args.join(' '));
        expect(line, args.join(' ')).toMatch(message);
      });
    });

    it('answers hostile topic strings with exit code 2 and a clear message, never a crash', async () => {
      const hostile = ['<!channel>', '"foo" OR bar*', '\u202Eatlantis', 'x'.repeat(10_000)];
      const results = await Promise.all(hostile.map((topic) => digest(...WEEK, '--topic', topic, '--json', '--no-llm')));
      hostile.forEach((topic, i) => {
        const label = JSON.stringify(topic.slice(0, 20));
        const line = expectUsageError(results[i]!, label);
        expect(line, label).toMatch(/no topic named/);
      });
      // Invisible bidi controls around a real name do not hide it.
      const wrapped = await digest(...WEEK, '--topic', '\u202Eegypt\u202C', '--json', '--no-llm');
      expect(wrapped.code, wrapped.stderr).toBe(0);
      expect(json<DigestJson>(wrapped).topics.map((t) => t.id)).toEqual(['country:EG']);
    });
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { ParseFailed } from '../../../src/errors.js';
import { readArticlePage } from '../../../src/ingest/readers/html.js';

const fixtures = join(import.meta.dirname, '../../fixtures/ingest');

function readFixture(name: string) {
  const path = join(fixtures, name);
  return readArticlePage(readFileSync(path), { url: pathToFileURL(path).href, input: name });
}

const BODY = [
  'The International Organization for Migration said on Monday that arrivals on the Central Mediterranean route fell sharply in the first quarter.',
  'Officials in Rome and Tunis attributed the drop to stepped-up patrols, while aid groups warned that departures had shifted to longer and deadlier routes.',
  'The agency called for more search-and-rescue capacity and for safe legal pathways for people fleeing conflict in Sudan.',
].map((p) => `<p>${p}</p>`).join('\n');

function page(head: string, article = BODY, lang = 'en'): Buffer {
  return Buffer.from(`<!DOCTYPE html><html lang="${lang}"><head><title>Arrivals on the central route fall sharply | Example News</title>${head}</head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>Arrivals on the central route fall sharply</h1>${article}</article>
<footer>© Example News. All rights reserved.</footer></body></html>`);
}

const web = { url: 'https://news.example.com/world/arrivals-fall?ref=rss', input: 'https://news.example.com/world/arrivals-fall?…' };

describe('readArticlePage on an Arabic article page', () => {
  const draft = readFixture('arabic-article.html');

  it('keeps the article paragraphs and drops navigation, share bar, sidebar, newsletter and footer', () => {
    const paragraphs = draft.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^أعلنت وزارة الداخلية التونسية، صباح الاثنين/);
    expect(paragraphs[3]).toMatch(/في البحر الأبيض المتوسط\.$/);
    for (const boilerplate of ['اتصل بنا', 'رياضة', 'شارك على فيسبوك', 'الأكثر قراءة', 'أسعار الذهب', 'اشترك في نشرتنا', 'جميع الحقوق محفوظة', 'analytics']) {
      expect(draft.text).not.toContain(boilerplate);
    }
  });

  it('reads title, canonical URL, JSON-LD date, language and site name', () => {
    expect(draft.title).toBe('تونس: إحباط محاولة هجرة غير نظامية قبالة صفاقس');
    expect(draft.url).toBe('https://akhbar.example.com/tunisia/2024/06/migration-sfax');
    expect(draft.published).toBe('2024-06-03T06:45:00Z');
    expect(draft.lang).toBe('ar');
    expect(draft.source).toBe('الأخبار التجريبية');
  });

  it('does not repeat the headline as the first paragraph', () => {
    expect(draft.text.startsWith(draft.title)).toBe(false);
  });
});

describe('readArticlePage metadata', () => {
  it('prefers article:published_time, then JSON-LD, then a <time> inside the article', () => {
    const meta = '<meta property="article:published_time" content="2024-03-01T10:00:00Z">';
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-02T10:00:00Z"}</script>';
    const time = `<p>Published <time datetime="2024-03-03T10:00:00Z">3 March</time></p>${BODY}`;
    expect(readArticlePage(page(meta + ld, time), web).published).toBe('2024-03-01T10:00:00Z');
    expect(readArticlePage(page(ld, time), web).published).toBe('2024-03-02T10:00:00Z');
    expect(readArticlePage(page('', time), web).published).toBe('2024-03-03T10:00:00Z');
    expect(readArticlePage(page(''), web).published).toBeNull();
  });

  it('tolerates broken JSON-LD', () => {
    const broken = '<script type="application/ld+json">{"datePublished": "2024-01-01",}</script>';
    expect(readArticlePage(page(broken), web).published).toBeNull();
  });

  it('uses og:title, else the cleaned <title>', () => {
    expect(readArticlePage(page('<meta property="og:title" content="OG headline">'), web).title).toBe('OG headline');
    expect(readArticlePage(page(''), web).title).toBe('Arrivals on the central route fall sharply');
  });

  it('resolves a relative canonical against an http(s) page, and ignores non-http canonicals', () => {
    expect(readArticlePage(page('<link rel="canonical" href="/world/arrivals-fall">'), web).url).toBe(
      'https://news.example.com/world/arrivals-fall',
    );
    expect(readArticlePage(page('<link rel="canonical" href="javascript:alert(1)">'), web).url).toBe(web.url);
    const file = { url: 'file:///tmp/saved.html', input: 'saved.html' };
    expect(readArticlePage(page('<link rel="canonical" href="/world/x">'), file).url).toBe('file:///tmp/saved.html');
  });

  it('normalises the language tag and leaves source unset without og:site_name', () => {
    const draft = readArticlePage(page('', BODY, 'en-US'), web);
    expect(draft.lang).toBe('en');
    expect(draft.source).toBeUndefined();
  });

  it('decodes a legacy-encoded page from its <meta charset>', () => {
    const arabic = 'قالت المنظمة الدولية للهجرة إن عدد المهاجرين الذين عبروا البحر المتوسط ارتفع خلال الربع الأول من العام، وإن السواحل الليبية ما زالت نقطة الانطلاق الرئيسية.';
    const html = `<!DOCTYPE html><html lang="ar"><head><meta charset="windows-1256"><title>خبر</title></head><body><article><h1>خبر</h1><p>${arabic}</p><p>${arabic}</p></article></body></html>`;
    const draft = readArticlePage(iconv.encode(html, 'windows-1256'), { url: 'file:///tmp/a.html', input: 'a.html' });
    expect(draft.text).toContain(arabic);
  });
});

describe('readArticlePage on pages without an article', () => {
  it('fails a navigation-only page', () => {
    expect(() => readFixture('no-article.html')).toThrow(ParseFailed);
    expect(() => readFixture('no-article.html')).toThrow('no article content found in no-article.html');
  });

  it('fails an empty file and plain text without markup', () => {
    expect(() => readArticlePage(Buffer.alloc(0), { url: 'file:///tmp/e.html', input: 'e.html' })).toThrow(
      'no article content found in e.html',
    );
    expect(() => readArticlePage(Buffer.from('hello'), { url: 'file:///tmp/t.html', input: 't.html' })).toThrow(
      'no article content found in t.html',
    );
  });

  it('reads a saved page that lacks the <html> wrapper', () => {
    const fragment = `<title>Fragment page</title><article>${BODY}</article>`;
    const draft = readArticlePage(Buffer.from(fragment), { url: 'file:///tmp/f.html', input: 'f.html' });
    expect(draft.title).toBe('Fragment page');
    expect(draft.text.split('\n\n')).toHaveLength(3);
  });
});

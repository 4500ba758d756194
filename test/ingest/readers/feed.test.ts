import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { ParseFailed } from '../../../src/errors.js';
import { readFeed } from '../../../src/ingest/readers/feed.js';
import type { ArticleDraft, ReadOutcome } from '../../../src/ingest/types.js';

const fixtures = join(import.meta.dirname, '../../fixtures/ingest');

function read(name: string): ReadOutcome[] {
  const path = join(fixtures, name);
  return readFeed(readFileSync(path), { url: pathToFileURL(path).href, input: name }).outcomes;
}

function drafts(outcomes: ReadOutcome[]): ArticleDraft[] {
  return outcomes.flatMap((o) => (o.ok ? [o.draft] : []));
}

describe('readFeed on an Arabic RSS 2.0 feed', () => {
  const outcomes = read('arabic-feed.rss');
  const items = drafts(outcomes);

  it('maps every item, with the feed title as source and the feed language', () => {
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(items).toHaveLength(4);
    for (const item of items) {
      expect(item.source).toBe('أخبار الهجرة - نشرة تجريبية');
      expect(item.lang).toBe('ar');
    }
  });

  it('turns the HTML body into paragraphs, without scripts', () => {
    expect(items[0]).toEqual({
      url: 'https://news.example.org/ar/2024/05/iom-mediterranean',
      title: 'المنظمة الدولية للهجرة: ارتفاع عدد المهاجرين عبر المتوسط',
      text:
        'قالت المنظمة الدولية للهجرة إن عدد المهاجرين الذين عبروا البحر المتوسط ارتفع خلال الربع الأول من العام.\n\n' +
        'وأضافت المنظمة أن السواحل الليبية والتونسية ما زالت نقطة الانطلاق الرئيسية.',
      published: '2024-05-14T06:30:00.000Z',
      lang: 'ar',
      source: 'أخبار الهجرة - نشرة تجريبية',
    });
  });

  it('prefers content:encoded, resolves a relative link against the site and reads dc:date', () => {
    expect(items[1]?.title).toBe('خفر السواحل التونسي ينقذ & يعترض قاربين');
    expect(items[1]?.url).toBe('https://news.example.org/ar/2024/05/coast-guard');
    expect(items[1]?.text).toBe('أعلن الحرس الوطني التونسي اعتراض قاربين قبالة سواحل صفاقس.\n\nالقارب الأول: 32 شخصاً\n\nالقارب الثاني: 28 شخصاً');
    expect(items[1]?.published).toBe('2024-05-13T18:00:00.000Z');
  });

  it('gives an item without a link a stable URL from the feed URL and its guid', () => {
    const feedUrl = pathToFileURL(join(fixtures, 'arabic-feed.rss')).href;
    expect(items[2]?.url).toBe(`${feedUrl}#khartoum-process-2024`);
  });

  it('derives a title from the text of an untitled item', () => {
    expect(items[3]?.title).toBe('المفوضية السامية للأمم المتحدة لشؤون اللاجئين تدعو إلى تقاسم المسؤولية في استقبال طالبي اللجوء.');
    expect(items[3]?.url).toMatch(/#4$/);
  });
});

describe('readFeed on an Atom feed', () => {
  const items = drafts(read('atom-feed.atom'));

  it('reads entries, xml:base links, html content and the xml:lang language', () => {
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      url: 'https://policy.example.net/articles/frontex-q2',
      title: 'Frontex publishes quarterly risk analysis',
      text: 'The EU border agency reported fewer irregular crossings on the Central Mediterranean route.\n\nDetections on the Western Balkans route also fell.',
      published: '2024-06-01T06:15:00.000Z',
      lang: 'en',
      source: 'Migration Policy Watch',
    });
  });

  it('strips markup from an html title and falls back to <updated> and <summary>', () => {
    expect(items[1]).toMatchObject({
      title: 'UNODC & IOM sign joint plan on smuggling',
      text: 'The two agencies agreed to share data on migrant smuggling networks.',
      published: '2024-05-30T12:00:00.000Z',
    });
  });
});

describe('readFeed on things that are not feeds', () => {
  it('names an HTML page saved as .xml', () => {
    expect(() => read('not-a-feed.xml')).toThrow(ParseFailed);
    expect(() => read('not-a-feed.xml')).toThrow(
      'not an RSS or Atom feed: not-a-feed.xml (it is an HTML page titled "Service Unavailable")',
    );
  });

  it('names empty and non-XML input', () => {
    const source = { url: 'file:///tmp/x.rss', input: 'x.rss' };
    expect(() => readFeed(Buffer.from(''), source)).toThrow('not an RSS or Atom feed: x.rss (the file is empty)');
    expect(() => readFeed(Buffer.from('{"items": []}'), source)).toThrow('not an RSS or Atom feed: x.rss (it is not XML)');
    expect(() => readFeed(Buffer.from('<?xml version="1.0"?><opml><body/></opml>'), source)).toThrow(
      'not an RSS or Atom feed: x.rss',
    );
  });
});

/** A feed whose DOCTYPE (after `prolog`) declares `subset`, and whose text uses `&e;` everywhere. */
function doctypeFeed(prolog: string, subset: string): Buffer {
  return Buffer.from(`<?xml version="1.0"?>${prolog}<!DOCTYPE rss [${subset}]>
<rss version="2.0"><channel><title>Outlet &e;</title>
<item><title>Item &e;</title><link>https://example.org/1</link><description>Text &e; &amp; &#1593; &#x627; caf&eacute;</description></item>
</channel></rss>`);
}

describe('readFeed and DOCTYPE entities (issue 13, case 8)', () => {
  const source = { url: 'https://example.org/feed.xml', input: 'feed.xml' };
  const injected = '<!ENTITY e "INJECTED">';

  it.each([
    ['no prolog', ''],
    ['a comment holding markup', '<!-- generated by <a href="https://wordpress.org/">WordPress</a> -->'],
    ['a processing instruction holding markup', '<?cms build="<b>2026.11</b>"?>'],
    ['both, several times', '<!-- a --><?xml-stylesheet href="a.xsl"?><!-- <rss> --><?cms <b>x</b>?>'],
  ])('never expands an internal entity declared after %s, and still decodes XML, numeric and HTML entities', (_, prolog) => {
    const { outcomes } = readFeed(doctypeFeed(prolog, injected), source);
    expect(drafts(outcomes)).toEqual([
      expect.objectContaining({ title: 'Item &e;', text: 'Text &e; & ع ا café', source: 'Outlet &e;' }),
    ]);
  });

  it('never expands an entity from a DOCTYPE smuggled inside the root element', () => {
    const xml = `<rss version="2.0"><!DOCTYPE rss [${injected}]><channel><title>T</title><item><title>Item &e;</title><link>https://example.org/4</link></item></channel></rss>`;
    expect(drafts(readFeed(Buffer.from(xml), source).outcomes)[0]?.title).toBe('Item &e;');
  });

  it('survives a "billion laughs" in one step, expanding nothing', () => {
    let laughs = '<!ENTITY lol "lol">';
    for (let i = 1; i <= 9; i += 1) laughs += `<!ENTITY lol${i} "${(i === 1 ? '&lol;' : `&lol${i - 1};`).repeat(10)}">`;
    const { outcomes } = readFeed(doctypeFeed('<!-- <b>laughs</b> -->', `${laughs}<!ENTITY e "&lol9;">`), source);
    expect(drafts(outcomes)).toEqual([expect.objectContaining({ title: 'Item &e;', source: 'Outlet &e;' })]);
  });

  it.each([
    ['an external entity', '<!ENTITY e SYSTEM "file:///etc/passwd">', 'External entities are not supported'],
    ['a public external entity', '<!ENTITY e PUBLIC "-//X//Y" "http://example.org/e">', 'Expected quoted string'],
    ['a parameter entity', `<!ENTITY % p "<!ENTITY e 'INJECTED'>"> %p;`, 'Invalid entity name %'],
    ['an external parameter entity', '<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;', 'Invalid entity name %'],
  ])('refuses a feed declaring %s, naming the reason, reading nothing', (_, subset, reason) => {
    expect(() => readFeed(doctypeFeed('<!-- <b>c</b> -->', subset), source)).toThrow(ParseFailed);
    expect(() => readFeed(doctypeFeed('<!-- <b>c</b> -->', subset), source)).toThrow(`not an RSS or Atom feed: feed.xml (the XML parser refused it: ${reason}`);
  });

  it('reads a feed that names an external DTD without declaring anything (RSS 0.91)', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>T</title><item><title>Caf&eacute;</title><link>https://example.org/5</link></item></channel></rss>`;
    expect(drafts(readFeed(Buffer.from(xml), source).outcomes)[0]?.title).toBe('Café');
  });
});

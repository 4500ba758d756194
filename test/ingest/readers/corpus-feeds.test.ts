/**
 * Every real feed in ../shared/corpus/feeds (byte-identical copies from rss-parser and miniflux test
 * data; see the corpus README §4). Skipped when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { ParseFailed } from '../../../src/errors.js';
import { readFeed } from '../../../src/ingest/readers/feed.js';
import type { ArticleDraft, ReadOutcome } from '../../../src/ingest/types.js';
import { corpusFeed, hasCorpus } from '../../support/shared-corpus.js';

function read(name: string): ReadOutcome[] {
  const path = corpusFeed(name);
  return readFeed(readFileSync(path), { url: pathToFileURL(path).href, input: name }).outcomes;
}

function drafts(outcomes: ReadOutcome[]): ArticleDraft[] {
  return outcomes.flatMap((o) => (o.ok ? [o.draft] : []));
}

const MOJIBAKE = /Ã|Â|\uFFFD/;

describe.skipIf(!hasCorpus)('real feeds from the shared corpus', () => {
  it.each([
    // name, items, failed items, source (feed title), lang, first title
    ['rss-parser/guardian.rss', 55, 0, 'The Guardian', 'en', 'Trump State of the Union address promised unity but emphasized discord'],
    ['rss-parser/heise.atom', 15, 0, 'heise developer neueste Meldungen', undefined, 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei'],
    ['rss-parser/encoding.rss', 40, 0, 'Jornal de Notícias - Últimas Notícias', 'pt', 'Mãe de utente é a nova presidente da Raríssimas'],
    ['rss-parser/uolNoticias.rss', 15, 0, 'UOL Noticias', undefined, 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno'],
    ['miniflux/urdu_UTF8.xml', 26, 0, 'BBC News اردو - پاکستان کے لیے امریکی امداد کی بہار و خزاں', 'ur', 'امریکی عسکری امداد کی بندش کی وجوہات: انڈیا سے جنگ، جوہری پروگرام اور اب دہشت گردوں کی پشت پناہی'],
    ['miniflux/rdf_UTF8.xml', 60, 0, 'heise online News', undefined, 'OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen'],
    ['miniflux/encoding_ISO-8859-1.xml', 40, 0, 'Golem.de', 'de', 'Red Dead Redemption 2: Hinweise auf PC-Umsetzung in App von Rockstar Games'],
    // Item 4 of this feed really is empty (<title></title>, <description></description>).
    ['miniflux/no_encoding_ISO-8859-1.xml', 10, 1, 'Flux RSS du magazine de psychologie Le Cercle Psy', undefined, 'Perturbateurs endocriniens : quels effets sur le cerveau ?'],
  ])('%s: %i items, %i failed', (name, count, failed, source, lang, firstTitle) => {
    const outcomes = read(name);
    expect(outcomes).toHaveLength(count);
    expect(outcomes.filter((o) => !o.ok)).toHaveLength(failed);
    const items = drafts(outcomes);
    expect(items[0]?.title).toBe(firstTitle);
    for (const item of items) {
      expect(item.source).toBe(source);
      expect(item.lang).toBe(lang);
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.title).not.toMatch(MOJIBAKE);
      expect(item.text).not.toMatch(MOJIBAKE);
      expect(item.text).not.toMatch(/<\/?(p|a|img|br|div)\b/i);
    }
  });

  it('decodes ISO-8859-1 declared in the prolog (Portuguese)', () => {
    const items = drafts(read('rss-parser/encoding.rss'));
    expect(items[0]?.text).toContain('Sónia Laygue, profissional na área da Recursos Humanos e mãe de uma criança de três anos');
  });

  it('decodes undeclared ISO-8859-1 as windows-1252 (Portuguese, no prolog)', () => {
    const items = drafts(read('rss-parser/uolNoticias.rss'));
    expect(items.map((i) => i.title)).toContain('Promotoria abre inquérito para apurar suspeita de improbidade de Skaf no Sebrae-SP');
  });

  it('decodes undeclared ISO-8859-1 as windows-1252 (French, no prolog)', () => {
    const items = drafts(read('miniflux/no_encoding_ISO-8859-1.xml'));
    expect(items[0]?.text).toContain("nombre d'études montrent que les perturbateurs endocriniens pourraient être à l'origine de troubles neuro-développementaux");
  });

  it('decodes ISO-8859-1 content:encoded (German) into plain text', () => {
    const items = drafts(read('miniflux/encoding_ISO-8859-1.xml'));
    expect(items.map((i) => i.title)).toContain('Machine Learning: Von KI erstelltes Porträt für 432.500 US.Dollar versteigert');
    expect(items[0]?.text).toContain('Viele Spieler wünschen sich eine PC-Version von Red Dead Redemption 2');
  });

  it('reads Portuguese day and month names ("Seg, 24 Set 2018 19:42:40 -0300") via parseLooseDate', () => {
    const items = drafts(read('rss-parser/uolNoticias.rss'));
    expect(items.every((i) => i.published !== null)).toBe(true);
    expect(new Date(items[0]?.published ?? '').toISOString()).toBe('2018-09-24T22:42:40.000Z');
  });

  it('converts RFC 822 dates with offsets to UTC', () => {
    expect(drafts(read('miniflux/encoding_ISO-8859-1.xml'))[0]?.published).toBe('2018-10-28T12:48:00.000Z');
    expect(drafts(read('rss-parser/guardian.rss'))[0]?.published).toBe('2018-01-31T07:26:05.000Z');
  });

  it('leaves the undated RDF items undated', () => {
    expect(drafts(read('miniflux/rdf_UTF8.xml')).every((i) => i.published === null)).toBe(true);
  });

  it('keeps the Urdu (Arabic-script, RTL) text intact', () => {
    const items = drafts(read('miniflux/urdu_UTF8.xml'));
    expect(items[0]?.text).toBe('امریکہ اور پاکستان کے 70 سالہ تعلقات میں جب بھی زیادہ کشیدگی آتی ہے تو اس میں پہلی تلوار پاکستان کو ملنے والی عسکری امداد پر چلتی ہے۔');
    expect(items[0]?.url).toBe('http://www.bbc.com/urdu/pakistan-42575603');
    expect(items.every((i) => /[\u0600-\u06FF]/.test(i.title))).toBe(true);
  });

  it('strips HTML from full-content Guardian items, keeping paragraphs', () => {
    const text = drafts(read('rss-parser/guardian.rss'))[0]?.text ?? '';
    expect(text.startsWith('The president’s ‘new American moment’ speech stirred Republican applause')).toBe(true);
    expect(text.split('\n\n').length).toBeGreaterThan(1);
  });

  it('fails the HTML "Document Moved" page with a clear reason', () => {
    expect(() => read('rss-parser/unrecognized.rss')).toThrow(ParseFailed);
    expect(() => read('rss-parser/unrecognized.rss')).toThrow(
      'not an RSS or Atom feed: rss-parser/unrecognized.rss (it is an HTML page titled "Document Moved")',
    );
  });
});

/**
 * Search that never shrugs (issue 15), on SQLite and PostgreSQL: a natural multi-word query in
 * English, Arabic or French whose words are not all in any one article still finds the article that
 * has most of them, first; articles with every word rank above those with some, and the exact phrase
 * and words standing near each other above the same words scattered; a query of stopwords alone says
 * so instead of matching everything; query syntax in user text stays words; both stores answer alike.
 * The articles are written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { isQueryStopword } from '../../src/search/index-terms.js';
import { bundledQueryConcepts, createQueryLexicon } from '../../src/search/query-lexicon.js';
import { planQuery } from '../../src/search/query-plan.js';
import { createSearcher, type Searcher } from '../../src/search/search.service.js';
import { fullTextMatch } from '../../src/storage/article.repository.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { ingestSearchFixtures, type SearchFixture } from '../support/search-fixtures.js';

const ARTICLES: SearchFixture[] = [
  // Three of "volunteers blankets station winter", in each language; the timetables have two.
  { key: 'station-en', lang: 'en', title: 'Volunteers keep a night watch at the railway station', text: 'Volunteers handed out blankets and hot soup to asylum seekers sleeping at the railway station on Tuesday night, a charity spokesperson said.' },
  { key: 'timetable-en', lang: 'en', title: 'Rail operator publishes its winter timetable', text: 'The rail operator said its winter timetable starts next week, with fewer night trains from the central station.' },
  { key: 'station-ar', lang: 'ar', title: 'متطوعون في محطة القطار', text: 'وزع متطوعون بطانيات وحساء ساخنا على طالبي لجوء ينامون في محطة القطار مساء الثلاثاء، بحسب متحدث باسم جمعية خيرية.' },
  { key: 'timetable-ar', lang: 'ar', title: 'جدول قطارات الشتاء', text: 'أعلنت شركة السكك الحديدية أن جدول الشتاء يبدأ الأسبوع المقبل مع عدد أقل من القطارات الليلية من المحطة المركزية.' },
  { key: 'station-fr', lang: 'fr', title: 'Des bénévoles veillent à la gare', text: "Des bénévoles ont distribué des couvertures et de la soupe chaude à des demandeurs d'asile qui dormaient à la gare mardi soir, selon une association." },
  { key: 'timetable-fr', lang: 'fr', title: "La compagnie ferroviaire publie ses horaires d'hiver", text: "Les horaires d'hiver entrent en vigueur la semaine prochaine, avec moins de trains de nuit au départ de la gare centrale." },
  // "sewing workshop": as a phrase once in one, both words (more often, one in the title) apart in the other.
  { key: 'phrase', lang: 'en', title: 'A council scheme for refugee women in Leeds', text: 'The council runs a free sewing workshop for refugee women three evenings a week, organisers said, with childcare during lessons.' },
  { key: 'scattered', lang: 'en', title: 'Workshop closes at the refugee centre', text: 'The workshop at the refugee centre closed in March, and the workshop may reopen in autumn, staff said. Donated machines for sewing are stored in the basement until then.' },
  // "dentists tents": a few words apart once in one, far apart (and more often, one in the title) in the other.
  { key: 'near', lang: 'en', title: 'A medical charity visits informal settlements', text: 'Two dentists examined children living in tents at an informal migrant settlement, the charity said.' },
  { key: 'far', lang: 'en', title: 'Dentists visit a migrant settlement', text: 'Tents at the migrant settlement will be replaced by containers before the rains, officials said. The tents leak badly. A charity that sends volunteers with medical training, among them dentists, came on Monday.' },
  // "interpreters shortage courts": all three, far apart, in one; two, repeated, in the other.
  { key: 'all-words', lang: 'en', title: 'Courts delay asylum hearings', text: 'Immigration courts have postponed hundreds of asylum hearings this spring. Lawyers blame slow paperwork, missing funds for legal aid and, above all, a shortage of staff. Qualified interpreters are also hard to find.' },
  { key: 'some-words', lang: 'en', title: 'Interpreters wanted as a shortage hits asylum interviews', text: 'The shortage of interpreters is worst for Tigrinya and Pashto. Interpreters say the shortage will grow; interpreters for asylum interviews are paid late, and the shortage of interpreters is now a crisis.' },
];

let keyOf = new Map<string, string>();
/** Each dialect's first three results per query, compared at the end. */
const topByDialect = new Map<string, Map<string, string[]>>();

const NATURAL = [
  ['volunteers blankets station winter', 'station-en'],
  ['متطوعون بطانيات محطة الشتاء', 'station-ar'],
  ['bénévoles couvertures gare hiver', 'station-fr'],
] as const;

const HOSTILE = [
  'title:volunteers blankets',
  'NEAR(dentists tents, 1)',
  '"sewing workshop',
  'sewing* OR workshop -refugees',
  '\u202Eمتطوعون\u202C بطانيات \u200F',
  'volunteers '.repeat(10_000),
  'x'.repeat(100_000),
  '*',
  '-',
  '()',
  ':',
  'AND NOT',
];

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`any-word search (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let searcher: Searcher;
    const top = new Map<string, string[]>();

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
      // One date for all: recency must not decide these rankings.
      keyOf = await ingestSearchFixtures(engine, ARTICLES, () => '2026-11-12');
      searcher = await createSearcher(engine);
    });
    afterAll(async () => {
      topByDialect.set(dialect.name, top);
      await engine?.store.close();
      await database?.drop();
    });

    async function keys(query: string): Promise<string[]> {
      const found = (await searcher.search(query, { limit: 10 })).results.map((r) => keyOf.get(r.id) ?? r.id);
      top.set(query, found.slice(0, 3));
      return found;
    }

    it.each(NATURAL)('"%s" finds %s first though no article has every word', async (query, expected) => {
      // What all-words-or-nothing search gave: no article.
      const { groups } = planQuery(query, createQueryLexicon(bundledQueryConcepts(), isQueryStopword), isQueryStopword);
      expect(await fullTextMatch(engine.store.db, engine.store.dialect, groups, { anyGroup: false, limit: 10 })).toEqual([]);
      expect((await keys(query))[0]).toBe(expected);
    });

    it('ranks the exact phrase above the same words scattered', async () => {
      const found = await keys('sewing workshop');
      expect(found.indexOf('phrase')).toBeGreaterThanOrEqual(0);
      expect(found.indexOf('phrase')).toBeLessThan(found.indexOf('scattered'));
    });

    it('ranks words near each other above the same words a sentence apart', async () => {
      const found = await keys('dentists tents');
      expect(found.indexOf('near')).toBeGreaterThanOrEqual(0);
      expect(found.indexOf('near')).toBeLessThan(found.indexOf('far'));
    });

    it('ranks an article with every word above one with some of them, however often', async () => {
      const found = await keys('interpreters shortage courts');
      expect(found.indexOf('all-words')).toBeGreaterThanOrEqual(0);
      expect(found.indexOf('all-words')).toBeLessThan(found.indexOf('some-words'));
    });

    it.each(['the of and', 'في من على', 'de la les'])('says that "%s" is only stopwords instead of matching every article', async (query) => {
      const response = await searcher.search(query, { limit: 10 });
      expect(response.onlyStopwords).toBe(true);
      expect(response.results).toEqual([]);
    });

    it('does not let a stopword match on its own', async () => {
      // "the" is in nearly every English article here; "winter" only in the timetables.
      expect(await keys('the winter')).toEqual(['timetable-en']);
    });

    it('keeps query syntax in user text as words', async () => {
      for (const query of HOSTILE) {
        const response = await searcher.search(query, { limit: 10 });
        expect(response.results, query.slice(0, 40)).toBeInstanceOf(Array);
      }
      expect((await keys('title:volunteers blankets'))[0]).toBe('station-en');
      expect((await keys('\u202Eمتطوعون\u202C بطانيات \u200F'))[0]).toBe('station-ar');
      expect((await keys('NEAR(dentists tents, 1)'))[0]).toBe('near');
    });
  });
}

describe.skipIf(DIALECTS.some((d) => !d.available))('any-word search on both stores', () => {
  it('gives the same first results on SQLite and PostgreSQL', () => {
    const [first, second] = [...topByDialect.values()];
    expect(first?.size).toBeGreaterThan(5);
    expect(second).toEqual(first);
  });
});

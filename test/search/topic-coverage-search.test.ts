/**
 * A query that names several topics — a people and a theme ("Syrian refugees"), two countries and a
 * theme ("Afghan refugees in Iran") — ranks the reports that carry all of them above those that carry
 * one, in every language, on SQLite and PostgreSQL. In a language the query's words cannot match, the
 * topics are all search has to go on: an Arabic story about Syria's elections or a French one about
 * Sudanese refugees must not come first for an English "Syrian refugees" because it names its one topic
 * more often or is newer. The articles are written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { createSearcher, type Searcher } from '../../src/search/search.service.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { ingestSearchFixtures, type SearchFixture } from '../support/search-fixtures.js';

// Listed oldest first: the articles that carry every topic are the oldest, so recency works against them.
const ARTICLES: SearchFixture[] = [
  { key: 'syrian-refugees', lang: 'ar', title: 'عائلات لاجئة تنتظر المساعدات', text: 'قالت المفوضية إن آلاف اللاجئين السوريين في مخيمات البقاع يواجهون شتاء قاسيا بعد تقليص المساعدات الغذائية. ويطالب اللاجئون بالأغطية والوقود.' },
  { key: 'syrian-refugees', lang: 'fr', title: "Des familles attendent l'aide", text: "Des milliers de réfugiés syriens vivant dans les camps de la Bekaa affrontent un hiver rude après la baisse de l'aide alimentaire, selon le HCR. Les réfugiés demandent des couvertures et du fioul." },
  { key: 'afghans-in-iran', lang: 'ar', title: 'عودة عائلات إلى هرات', text: 'عادت مئات العائلات من اللاجئين الأفغان في إيران عبر معبر إسلام قلعة هذا الأسبوع بعد أن شددت طهران شروط الإقامة. ويقول هؤلاء اللاجئون إنهم فقدوا كل شيء.' },
  { key: 'afghans-in-iran', lang: 'fr', title: "Retour de familles vers Hérat", text: "Des centaines de familles de réfugiés afghans installées en Iran sont rentrées par le poste d'Islam Qala cette semaine, Téhéran ayant durci les conditions de séjour. Ces réfugiés disent avoir tout perdu." },
  // One topic each, named again and again, and newer.
  { key: 'syria-only', lang: 'ar', title: 'انتخابات في سوريا', text: 'أجريت الانتخابات البلدية في سوريا يوم الأحد. وقالت اللجنة العليا في سوريا إن المشاركة في المدن السورية كانت متوسطة، وتوقعت إعلان نتائج سوريا خلال أيام.' },
  { key: 'syria-only', lang: 'fr', title: 'Élections en Syrie', text: "Les élections municipales se sont tenues dimanche en Syrie. La commission électorale syrienne a jugé la participation moyenne dans les villes de Syrie, et les résultats en Syrie sont attendus sous peu." },
  { key: 'refugees-only', lang: 'ar', title: 'لاجئون سودانيون في تشاد', text: 'وصل آلاف اللاجئين السودانيين إلى شرق تشاد هذا الشهر. وقالت منظمات إن اللاجئين يحتاجون إلى الماء، وإن مخيمات اللاجئين مكتظة، وإن عدد اللاجئين يتزايد.' },
  { key: 'refugees-only', lang: 'fr', title: 'Des réfugiés soudanais au Tchad', text: "Des milliers de réfugiés soudanais sont arrivés dans l'est du Tchad ce mois-ci. Les réfugiés manquent d'eau, les camps de réfugiés sont pleins et le nombre de réfugiés augmente, disent les ONG." },
  { key: 'iran-only', lang: 'ar', title: 'إيران ترفع سعر الوقود', text: 'رفعت إيران أسعار الوقود هذا الأسبوع، وقالت الحكومة الإيرانية إن القرار يهدف إلى خفض الدعم، فيما انتقد نواب في إيران القرار.' },
  { key: 'iran-only', lang: 'fr', title: "L'Iran augmente le prix du carburant", text: "L'Iran a augmenté le prix du carburant cette semaine. Le gouvernement iranien dit vouloir réduire les subventions, des députés en Iran ont critiqué la décision." },
];

let keyOf = new Map<string, string>();

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`search for several topics at once (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let searcher: Searcher;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
      keyOf = await ingestSearchFixtures(engine, ARTICLES, (i) => `2026-11-${String(10 + i).padStart(2, '0')}`);
      searcher = await createSearcher(engine);
    });
    afterAll(async () => {
      await engine?.store.close();
      await database?.drop();
    });

    async function firstIn(query: string, lang: 'ar' | 'fr'): Promise<string | undefined> {
      const { results } = await searcher.search(query, { limit: 50 });
      const hit = results.find((r) => r.lang === lang);
      return hit ? keyOf.get(hit.id) : undefined;
    }

    it.each([
      ['Syrian refugees', 'ar', 'syrian-refugees'],
      ['Syrian refugees', 'fr', 'syrian-refugees'],
      ['Afghan refugees in Iran', 'ar', 'afghans-in-iran'],
      ['Afghan refugees in Iran', 'fr', 'afghans-in-iran'],
      ['réfugiés syriens', 'ar', 'syrian-refugees'],
      ['اللاجئين السوريين', 'fr', 'syrian-refugees'],
    ] as const)('%s: the first %s result carries every topic it names', async (query, lang, expected) => {
      expect(await firstIn(query, lang)).toBe(expected);
    });

    it('a one-topic query still finds the articles that name only that topic', async () => {
      const { results } = await searcher.search('Syria', { limit: 50 });
      const keys = results.map((r) => keyOf.get(r.id));
      expect(keys).toContain('syria-only');
      expect(keys).toContain('syrian-refugees');
    });
  });
}

/**
 * Search across English, French and Arabic (issue 14), on SQLite and PostgreSQL: a query in any of the
 * three languages finds the reports on the same subject in the other two, through the topics it names
 * and, when its words name none, through the query lexicon (src/search/query-lexicon.json); accents,
 * elisions, Arabic clitics and letter variants do not matter; on-topic articles rank above articles
 * that only share a country; hostile strings stay ordinary queries. The articles are written for this
 * test, after the way wire stories report these events (a shipwreck report says who drowned: migrants,
 * which is what makes it migration news to the relevance score).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { createSearcher, type Searcher } from '../../src/search/search.service.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { ingestSearchFixtures, type SearchFixture } from '../support/search-fixtures.js';

type Lang = SearchFixture['lang'];

/** Four subjects told in three languages, and off-topic stories that share a country with them. */
const ARTICLES: SearchFixture[] = [
  { key: 'smuggling', lang: 'en', title: 'Police break up a ring that moved people across the Aegean', text: 'Greek police arrested eleven smugglers who charged each passenger 3,000 euros for a place in a dinghy, officers said on Monday.' },
  { key: 'smuggling', lang: 'fr', title: 'Un réseau démantelé en Grèce', text: "La police grecque a interpellé onze passeurs qui faisaient payer 3 000 euros la place dans un canot, selon les enquêteurs." },
  { key: 'smuggling', lang: 'ar', title: 'تفكيك شبكة في اليونان', text: 'أوقفت الشرطة اليونانية أحد عشر مهربا كانوا يتقاضون ثلاثة آلاف يورو عن كل راكب، بحسب المحققين. وقال مصدر أمني إن مهربي البشر استخدموا قوارب مطاطية.' },
  { key: 'shipwreck', lang: 'en', title: 'Dozens feared dead as a boat capsizes off Libya', text: 'At least forty migrants drowned on Sunday when an overloaded wooden boat capsized near Zuwara, survivors told aid workers.' },
  { key: 'shipwreck', lang: 'fr', title: 'Naufrage au large de la Libye', text: "Au moins quarante migrants se sont noyés dimanche lorsqu'une embarcation en bois surchargée a chaviré près de Zouara, ont raconté des rescapés." },
  { key: 'shipwreck', lang: 'ar', title: 'غرق العشرات قبالة زوارة', text: 'لقي أربعون مهاجرا على الأقل حتفهم غرقا يوم الأحد بعد انقلاب قارب خشبي مكتظ قرب زوارة، وفق ما رواه ناجون.' },
  { key: 'deportation', lang: 'en', title: 'A charter flight takes rejected applicants back', text: 'The interior ministry said sixty people whose claims were refused were deported on a charter flight to Kabul on Thursday.' },
  { key: 'deportation', lang: 'fr', title: 'Un vol groupé vers Kaboul', text: "Le ministère de l'Intérieur a annoncé jeudi l'expulsion de soixante personnes déboutées, reconduites par un vol affrété vers Kaboul." },
  { key: 'deportation', lang: 'ar', title: 'رحلة جوية إلى كابول', text: 'أعلنت وزارة الداخلية ترحيل ستين شخصا رفضت طلباتهم على متن رحلة مستأجرة إلى كابول يوم الخميس.' },
  { key: 'labour', lang: 'en', title: 'Heat rules for foreign workers on building sites', text: 'New rules give foreign workers on building sites a break at midday during the summer months, the labour ministry said.' },
  { key: 'labour', lang: 'fr', title: 'Travailleurs étrangers : une pause imposée à midi sur les chantiers', text: "Les nouvelles règles accordent aux travailleurs étrangers des chantiers une pause à la mi-journée pendant l'été, selon le ministère." },
  { key: 'labour', lang: 'ar', title: 'استراحة إلزامية للعمالة الوافدة في مواقع البناء', text: 'تمنح القواعد الجديدة العمالة الوافدة في مواقع البناء استراحة وقت الظهيرة خلال أشهر الصيف، بحسب الوزارة.' },
  { key: 'egypt-migration', lang: 'en', title: 'Egypt stops a boat heading for Italy', text: 'Egyptian coast guards intercepted a fishing boat carrying 200 people attempting illegal migration to Italy, officials said.' },
  { key: 'egypt-migration', lang: 'fr', title: "L'Égypte intercepte un bateau en route vers l'Italie", text: "Les garde-côtes égyptiens ont intercepté un bateau de pêche transportant 200 personnes, une tentative d'immigration clandestine vers l'Italie." },
  { key: 'egypt-migration', lang: 'ar', title: 'مصر تعترض مركبا متجها إلى إيطاليا', text: 'اعترض خفر السواحل المصري مركب صيد يقل مئتي شخص في محاولة للهجرة غير الشرعية إلى إيطاليا، وفق مسؤولين.' },
  { key: 'egypt-football', lang: 'en', title: 'Egypt club signs a striker', text: 'Cairo club Al Ahly has signed a striker from Tunisia on a three-year contract, Egypt media reported. The club hopes to win the league.' },
  { key: 'egypt-football', lang: 'fr', title: 'Égypte : Al Ahly recrute un attaquant', text: "Le club égyptien Al Ahly a recruté un attaquant tunisien pour trois saisons. Le club vise le titre en Égypte." },
  { key: 'egypt-football', lang: 'ar', title: 'الأهلي المصري يتعاقد مع مهاجم', text: 'تعاقد النادي الأهلي المصري مع مهاجم تونسي لمدة ثلاثة مواسم، ويأمل النادي في الفوز بلقب الدوري في مصر.' },
];

let keyOf = new Map<string, string>();

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`search across English, French and Arabic (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let searcher: Searcher;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
      keyOf = await ingestSearchFixtures(engine, ARTICLES, (i) => `2026-11-${String(10 + (i % 9)).padStart(2, '0')}`);
      searcher = await createSearcher(engine);
    });
    afterAll(async () => {
      await engine?.store.close();
      await database?.drop();
    });

    /** The subject of the first result in each language. */
    async function firstPerLanguage(query: string): Promise<Record<Lang, string | undefined>> {
      const { results } = await searcher.search(query, { limit: 50 });
      const first = (lang: Lang) => {
        const hit = results.find((r) => r.lang === lang);
        return hit ? keyOf.get(hit.id) : undefined;
      };
      return { en: first('en'), fr: first('fr'), ar: first('ar') };
    }

    it.each([
      ['smugglers', 'smuggling'],
      ['passeurs', 'smuggling'],
      ['مهربين', 'smuggling'],
      ['والمهربين', 'smuggling'], // a conjunction and the article on the word
      ['shipwreck', 'shipwreck'],
      ['naufrage', 'shipwreck'],
      ['غرق', 'shipwreck'],
      ['deportation', 'deportation'],
      ['expulsions', 'deportation'],
      ['ترحيل', 'deportation'],
      ['migrant workers', 'labour'],
      ['travailleurs étrangers', 'labour'],
      ['travailleurs etrangers', 'labour'], // accents left out
      ['العمالة الوافدة', 'labour'],
    ])('"%s" finds the %s reports in English, French and Arabic', async (query, subject) => {
      expect(await firstPerLanguage(query)).toEqual({ en: subject, fr: subject, ar: subject });
    });

    it('reaches the other languages through the themes a query implies, when its words name no topic', async () => {
      const { topics, results } = await searcher.search('the smugglers of the Aegean', { limit: 20 });
      expect(topics.map((t) => t.id)).toContain('theme:smuggling');
      expect(new Set(results.filter((r) => keyOf.get(r.id) === 'smuggling').map((r) => r.lang))).toEqual(new Set(['en', 'fr', 'ar']));
    });

    it.each(['Egypt', 'Égypte', 'مصر'])('ranks Egypt\'s migration news above its football for "%s", in every language', async (query) => {
      expect(await firstPerLanguage(query)).toEqual({ en: 'egypt-migration', fr: 'egypt-migration', ar: 'egypt-migration' });
    });

    it('does not take a striker (مهاجم) for a migrant (مهاجر)', async () => {
      const { results } = await searcher.search('مهاجرين', { limit: 50 });
      expect(results.map((r) => keyOf.get(r.id))).not.toContain('egypt-football');
    });

    it('keeps hostile query text an ordinary query', async () => {
      for (const query of ['passeurs" OR "x', 'NEAR(smugglers naufrage)', '\u202Bمهربين\u202C', "l'expulsion*", 'smugglers '.repeat(12_000), '-', '']) {
        const response = await searcher.search(query, { limit: 10 });
        expect(response.results).toBeInstanceOf(Array);
      }
      expect((await firstPerLanguage('\u202Bمهربين\u202C')).fr).toBe('smuggling');
    });
  });
}

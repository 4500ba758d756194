/**
 * The matcher on hand-written sentences, one group per trap: Arabic clitics and spelling variants,
 * longest match, blockers, ambiguous words, letter case, nested countries. The sentences are written
 * for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../src/entities/matcher.js';
import type { EntityRecord } from '../../src/entities/types.js';
import { gazetteerMatcher, idsIn, surfacesIn } from './helpers.js';

describe('Arabic proclitics', () => {
  it('matches a country with a preposition or conjunction attached', () => {
    expect(surfacesIn('وصل المهاجرون بليبيا ثم انتقلوا والسودان كان محطة')).toEqual([
      ['country:LY', 'بليبيا'],
      ['country:SD', 'والسودان'],
    ]);
  });

  it('matches "للهجرة" inside an organisation name and keeps the clitic in the surface', () => {
    expect(surfacesIn('رحبت المنظمة الدولية للهجرة بالقرار')).toEqual([['org:iom', 'المنظمة الدولية للهجرة']]);
    expect(surfacesIn('وجهت الدعوة للمنظمة الدولية للهجرة')).toEqual([['org:iom', 'للمنظمة الدولية للهجرة']]);
  });

  it('matches a process after لـ', () => {
    expect(surfacesIn('انضمت تونس لعملية الرباط عام 2006')).toEqual([
      ['country:TN', 'تونس'],
      ['process:rabat', 'لعملية الرباط'],
    ]);
  });

  it('requires the article where the name has it: "فيمن" is not Yemen, "لليمن" is', () => {
    expect(idsIn('لا نعرف فيمن نثق')).toEqual([]);
    expect(idsIn('وصلت المساعدات لليمن أمس')).toEqual(['country:YE']);
  });

  it('reads "الألمانية" although ألمان starts with the letters of the article', () => {
    expect(idsIn('قالت الحكومة الألمانية إن الألمان وألمانيا')).toEqual(['country:DE']);
    expect(surfacesIn('والألمانية')).toEqual([['country:DE', 'والألمانية']]);
  });
});

describe('Arabic spelling variants', () => {
  it('ignores diacritics and tatweel', () => {
    expect(idsIn('زار الوزيرُ مِصْرَ ثم تـــونـــس')).toEqual(['country:EG', 'country:TN']);
  });

  it('folds hamza forms, alef maqsura and ta marbuta', () => {
    expect(idsIn('المانيا')).toEqual(['country:DE']);
    expect(idsIn('اسبانيا وايطاليا')).toEqual(['country:ES', 'country:IT']);
    expect(idsIn('المنظمه الدوليه للهجره')).toEqual(['org:iom']);
  });

  it('knows both spellings of America and of Eritrea', () => {
    expect(idsIn('أمريكا')).toEqual(['country:US']);
    expect(idsIn('أميركا')).toEqual(['country:US']);
    expect(idsIn('إريتريا وإرتريا والإرتيريين')).toEqual(['country:ER']);
  });
});

describe('nisba adjectives', () => {
  it('maps masculine, feminine and plural nisbas to the country', () => {
    expect(idsIn('السفير الليبي')).toEqual(['country:LY']);
    expect(idsIn('السلطات الليبية')).toEqual(['country:LY']);
    expect(idsIn('مهاجرين سودانيين')).toEqual(['country:SD']);
    expect(idsIn('المصريين')).toEqual(['country:EG']);
  });

  it('"الداخلية الفرنسية" is the French interior ministry and France', () => {
    expect(idsIn('أعلنت الداخلية الفرنسية ترحيل المهاجرين')).toEqual(['org:fr-interior-ministry', 'country:FR', 'theme:returns']);
  });

  it('a national body names its country too', () => {
    expect(idsIn('أنقذ خفر السواحل الليبي 200 مهاجر')).toEqual(['org:ly-coast-guard', 'country:LY']);
    expect(idsIn('The Libyan Coast Guard intercepted a boat')).toEqual(['org:ly-coast-guard', 'country:LY', 'theme:sea-crossings']);
  });

  it('keeps the masculine Turkish nisba to its article form: تركي is also a given name', () => {
    expect(idsIn('الرئيس التركي')).toEqual(['country:TR']);
    expect(idsIn('قال تركي الفيصل')).toEqual([]);
  });
});

describe('longest match', () => {
  it('"عملية الرباط" is the Rabat Process, not Morocco through its capital', () => {
    // "في داكار" is the city where it met, not Senegal (see countries-fr.test.ts).
    expect(idsIn('اجتماع عملية الرباط في داكار')).toEqual(['process:rabat']);
    expect(idsIn('مسؤولون في الرباط')).toEqual(['country:MA']);
  });

  it('"عملية الخرطوم" is the Khartoum Process, not Sudan', () => {
    expect(idsIn('أطلقت عملية الخرطوم عام 2014')).toEqual(['process:khartoum']);
    expect(idsIn('The Khartoum Process met in Rome; Rome agreed')).toEqual(['process:khartoum', 'country:IT']);
  });

  it('"جنوب السودان" is South Sudan, not Sudan', () => {
    expect(idsIn('لاجئون من جنوب السودان')).toEqual(['theme:refugees', 'country:SS']);
    expect(idsIn('refugees from South Sudan and Sudan')).toEqual(['theme:refugees', 'country:SS', 'country:SD']);
  });

  it('"الأمم المتحدة" is the UN, not a state that ends in المتحدة', () => {
    expect(idsIn('قالت الأمم المتحدة إن الولايات المتحدة والمملكة المتحدة والإمارات العربية المتحدة')).toEqual([
      'org:un',
      'country:US',
      'country:GB',
      'country:AE',
    ]);
  });

  it('UNHCR wordings win over the UN inside them', () => {
    expect(idsIn('أعلنت مفوضية الأمم المتحدة السامية لشؤون اللاجئين')).toEqual(['org:unhcr']);
    expect(idsIn('قالت مفوضية اللاجئين')).toEqual(['org:unhcr']);
    expect(idsIn('the UN refugee agency said')).toEqual(['org:unhcr']);
  });

  it('"الاتحاد الأوروبي" is the EU organisation, not a country', () => {
    expect(idsIn('دول الاتحاد الأوروبي')).toEqual(['org:eu']);
  });

  it('distinguishes the Guineas and the Nigers', () => {
    expect(idsIn('غينيا وغينيا بيساو وغينيا الاستوائية')).toEqual(['country:GN', 'country:GW', 'country:GQ']);
    expect(idsIn('Papua New Guinea and Guinea-Bissau')).toEqual(['country:PG', 'country:GW']);
    expect(idsIn('النيجر ونيجيريا')).toEqual(['country:NE', 'country:NG']);
  });

  it('bare Congo names two states, so only the distinguishing forms match', () => {
    expect(idsIn('نهر الكونغو والكونغو')).toEqual([]);
    expect(idsIn('جمهورية الكونغو الديمقراطية وجمهورية الكونغو')).toEqual(['country:CD', 'country:CG']);
    expect(idsIn('DR Congo and Congo-Brazzaville')).toEqual(['country:CD', 'country:CG']);
  });

  it('an alias does not run across a sentence end', () => {
    expect(idsIn('وصلوا إلى غينيا. الجديدة هي المرحلة')).toEqual(['country:GN']);
  });
});

describe('blockers', () => {
  it('regions containing a country name yield nothing', () => {
    expect(idsIn('مهاجرون من أمريكا اللاتينية')).toEqual([]);
    expect(idsIn('migrants from Latin America and Central America')).toEqual([]);
    expect(idsIn('Central American families')).toEqual([]);
    expect(idsIn('دول المغرب العربي')).toEqual([]);
    expect(idsIn('وقعت المغرب اتفاقا')).toEqual(['country:MA']);
  });

  it('US states, seas and rivers are not countries', () => {
    expect(idsIn('a shelter in New Mexico')).toEqual([]);
    expect(idsIn('pirates in the Gulf of Guinea')).toEqual([]);
    expect(idsIn('oil in the Niger Delta')).toEqual([]);
    expect(idsIn('قوارب في مضيق جبل طارق')).toEqual(['theme:sea-crossings']);
  });

  it('news-agency attributions and language names are not mentions of the country', () => {
    expect(idsIn('حسب وكالة فرانس برس')).toEqual([]);
    expect(idsIn('نقلت وكالة الصحافة الفرنسية')).toEqual([]);
    expect(idsIn('مترجم باللغة الفرنسية')).toEqual([]);
  });
});

describe('ambiguous words', () => {
  it('bare عمان is left alone (Amman or Oman); سلطنة عمان is Oman', () => {
    expect(idsIn('مؤتمر صحفي في عمان')).toEqual([]);
    expect(idsIn('زار سلطنة عمان')).toEqual(['country:OM']);
  });

  it('مالي as "financial" is not Mali; unambiguous frames are', () => {
    expect(idsIn('قدمت الحكومة دعما ماليا ومبلغ مالي')).toEqual([]);
    expect(idsIn('مهاجرون من مالي والنيجر')).toEqual(['country:ML', 'country:NE']);
    expect(idsIn('Malians in Bamako')).toEqual(['country:ML']);
  });

  it('English Georgia is the US state, not the country', () => {
    expect(idsIn('a judge in Georgia')).toEqual([]);
    expect(idsIn('Tbilisi')).toEqual(['country:GE']);
  });

  it('a first name or surname is not the country when the person is known', () => {
    expect(idsIn('Chad Wolf met officials from Chad')).toEqual(['person:chad-wolf', 'country:TD']);
    expect(idsIn('Rep. Jim Jordan spoke')).toEqual(['person:jim-jordan']);
    expect(idsIn('رئيسة الوزراء جورجيا ميلوني')).toEqual(['person:giorgia-meloni']);
  });
});

describe('letter case in Latin script', () => {
  it('acronyms match only in capitals', () => {
    expect(idsIn('un homme et une femme')).toEqual([]);
    expect(idsIn('tell us more')).toEqual([]);
    expect(idsIn('the UN and the US')).toEqual(['org:un', 'country:US']);
    expect(idsIn('ICE agents and ice on the road')).toEqual(['org:us-ice']);
    expect(idsIn('IOM staff')).toEqual(['org:iom']);
  });

  it('an acronym matches as written, never by stem or French inflection; words in capitals still read as names', () => {
    // «UNE» in a headline is the French "one" (une → un by the feminine fold), not the UN.
    expect(idsIn("L'UNE DES PRIORITÉS DU GOUVERNEMENT")).toEqual([]);
    // "ACT" stems like "ACTED" (the NGO), but an acronym is its own letters.
    expect(idsIn('ACT Alliance and ACTED staff')).toEqual(['org:acted']);
    expect(idsIn('UNHCR, ICE and the IOM')).toEqual(['org:unhcr', 'org:us-ice', 'org:iom']);
    expect(idsIn('MIGRANTS EN LIBYE ET EN TUNISIE')).toEqual(['country:LY', 'country:TN']);
  });

  it('proper nouns need a capital: "turkey" the bird, "china" the porcelain', () => {
    expect(idsIn('roast turkey on fine china')).toEqual([]);
    expect(idsIn('Turkey and China')).toEqual(['country:TR', 'country:CN']);
  });

  it('an acronym inside a longer wording still needs its capitals', () => {
    expect(idsIn('the UN refugee agency')).toEqual(['org:unhcr']);
    expect(idsIn('Un refugee agency')).toEqual(['theme:refugees']);
  });

  it('initialisms with full stops', () => {
    expect(idsIn('the U.S. Border Patrol and U.N. officials')).toEqual(['org:us-border-patrol', 'country:US', 'org:un']);
    expect(idsIn('the E.U. border agency')).toEqual(['org:frontex']);
  });

  it('a full stop after a country does not join it to the next sentence', () => {
    expect(idsIn('They went to the US. Border Patrol agents followed')).toEqual(['country:US', 'org:us-border-patrol']);
  });
});

describe('English and French', () => {
  it('stems plurals and demonyms', () => {
    expect(idsIn('Eritreans and Sudanese migrants reached Libya')).toEqual(['country:ER', 'country:SD', 'country:LY']);
  });

  it('matches organisation wordings in English and French', () => {
    expect(idsIn('the International Organization for Migration and Frontex')).toEqual(['org:iom', 'org:frontex']);
    expect(idsIn("l'Organisation internationale pour les migrations (OIM) et le HCR")).toEqual(['org:iom', 'org:unhcr']);
  });

  it('matches French demonyms written in lower case', () => {
    expect(idsIn('des réfugiés érythréens et des migrants tunisiens')).toEqual(['theme:refugees', 'country:ER', 'country:TN']);
  });

  it('matches French country names with or without accents', () => {
    expect(idsIn('en Libye, en Égypte et en Egypte')).toEqual(['country:LY', 'country:EG']);
    expect(idsIn('les migrants soudanais au Tchad')).toEqual(['country:SD', 'country:TD']);
  });

  it('matches processes and themes', () => {
    expect(idsIn('the Global Compact for Migration and the Dublin Regulation')).toEqual(['process:gcm', 'process:dublin']);
    expect(idsIn('جرائم الاتجار بالبشر وتهريب المهاجرين')).toEqual(['theme:trafficking', 'theme:smuggling']);
    expect(idsIn('victims of forced labour')).toEqual(['theme:forced-labour']);
    expect(idsIn('le travail forcé')).toEqual(['theme:forced-labour']);
  });

  it('keeps the smuggling of goods out of the migrant-smuggling theme', () => {
    expect(idsIn('smuggling networks moved people across the border')).toEqual(['theme:smuggling']);
    expect(idsIn('drug smuggling networks')).toEqual([]);
    expect(idsIn('فككت الشرطة شبكات تهريب المخدرات')).toEqual([]);
  });

  it('needs a qualifier for Arabic لجوء (bare, it often means recourse)', () => {
    expect(idsIn('اللجوء إلى القضاء')).toEqual([]);
    expect(idsIn('قدم طلب اللجوء')).toEqual(['theme:asylum']);
  });
});

describe('createEntityMatcher on any records', () => {
  const topic: EntityRecord = {
    id: 'topic:sea-rescue-ngos',
    kind: 'theme',
    names: { en: 'Sea rescue NGOs' },
    aliases: [{ text: 'sea rescue NGOs' }, { text: 'سفن الإنقاذ الخاصة', lang: 'ar' }],
    origin: 'user',
  };

  it('matches user-tracked aliases with the same rules', () => {
    const matcher = createEntityMatcher([topic], []);
    expect(matcher.match('وصلت سفن الإنقاذ الخاصة').map((m) => m.entityId)).toEqual(['topic:sea-rescue-ngos']);
    expect(matcher.match('Sea rescue NGOs were blamed').map((m) => m.surface)).toEqual(['Sea rescue NGOs']);
  });

  it('reports both entities when two claim the same words', () => {
    const twin: EntityRecord = { ...topic, id: 'topic:twin' };
    const matcher = createEntityMatcher([topic, twin], []);
    expect(matcher.match('sea rescue NGOs').map((m) => m.entityId)).toEqual(['topic:sea-rescue-ngos', 'topic:twin']);
  });

  it('two matchers over the same words each find their own wordings, in any order of use', () => {
    const rescue = createEntityMatcher([topic], []);
    const text = 'Sea rescue NGOs met Libya\u2019s coast guard';
    // The gazetteer's matcher reads the same words between two uses of the other one.
    expect(rescue.match(text).map((m) => m.entityId)).toEqual(['topic:sea-rescue-ngos']);
    expect(gazetteerMatcher().match(text).map((m) => m.entityId)).not.toContain('topic:sea-rescue-ngos');
    expect(rescue.match(text).map((m) => m.entityId)).toEqual(['topic:sea-rescue-ngos']);
    expect(gazetteerMatcher().match(text).map((m) => m.entityId)).toContain('country:LY');
  });

  it('gives offsets into the original text', () => {
    const text = 'قالت الأمم المتحدة';
    const [mention] = gazetteerMatcher().match(text);
    expect(mention && text.slice(mention.start, mention.end)).toBe('الأمم المتحدة');
  });
});

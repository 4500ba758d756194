/**
 * Theme wordings and senses of the fifth round (issue 14), in Arabic, English and French: the verb « se
 * réfugier » (took refuge) is not refugees; a minister's title, a postponed trial and a re-appointed
 * official name no theme; the border named as a place or a slogan ("the southern border", "open
 * borders", «عبور الحدود») is half a mention of border control; and the asylum, readmission and border
 * crossing wordings the press uses that the themes lacked, and the feminine, dual, plural and construct
 * forms (« exilées », «النازحات», «لاجئي») the wordings missed. Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expectWordings, themesOf, type WordingCase } from './helpers.js';

const SENSES: readonly WordingCase[] = [
  {
    what: 'the reflexive verb « se réfugier » is taking refuge, not refugees',
    theme: 'theme:refugees',
    found: ['Les réfugiés soudanais attendent une réponse du HCR.', 'Une famille de réfugiés s’est installée à Tours.'],
    notFound: [
      "Le suspect s'est réfugié en Belgique après l'attaque.",
      'Les habitants se sont réfugiés dans les caves pendant la tempête.',
      "Elle s'était réfugiée chez sa sœur à Lyon.",
      "Les enfants ont couru s'y réfugier quand l'orage a éclaté.",
    ],
  },
  {
    what: "a minister's title names no integration story",
    theme: 'theme:integration',
    found: ["Le gouvernement finance l'intégration des migrants par des cours de langue."],
    notFound: [
      "La ministre de l'Intégration a inauguré mardi un pont sur la Loire.",
      "Le ministre de l'Immigration et de l'Intégration a présenté ses vœux aux agriculteurs.",
      'The Integration Minister opened a new football stadium on Friday.',
      'افتتح وزير الاندماج مهرجان الموسيقى في العاصمة.',
    ],
  },
  {
    what: 'a postponed trial, a re-appointed official and a blame game are no returns',
    theme: 'theme:returns',
    found: ['Quarante migrants ont été reconduits à la frontière dimanche.', "Le préfet veut expulser les familles déboutées."],
    notFound: [
      'Le renvoi du procès au mois de mars a été décidé par le tribunal.',
      'Le maire a été reconduit dans ses fonctions par le conseil municipal.',
      'La présidente a été reconduite à la tête du syndicat.',
      'Les deux partis se renvoient la balle depuis des semaines.',
    ],
  },
];

const WORDINGS: readonly WordingCase[] = [
  {
    what: 'asking for asylum and its rules, in the forms the Arabic press writes',
    theme: 'theme:asylum',
    found: [
      'وطلبوا اللجوء في ألمانيا بعد وصولهم إلى ميونيخ.',
      'وتعتزم الحكومة تشديد قواعد اللجوء العام المقبل.',
      'ورفضت السلطات طلبات لجوئهم بعد عامين من الانتظار.',
      'ووصل عشرات الشباب طلبا للجوء في السويد.',
    ],
    notFound: ['وقرر اللجوء إلى القضاء للطعن في الحكم.'],
  },
  {
    what: 'readmission without the article is a return',
    theme: 'theme:returns',
    found: ['ووقع البلدان اتفاقا بشأن إعادة قبول مهاجرين من دول ثالثة.'],
  },
  {
    what: 'migrants crossing the border, and crossing it unlawfully, are irregular migration',
    theme: 'theme:irregular-migration',
    found: [
      'Agents reported fewer migrants crossing the border near the river last month.',
      'The family crossed the border unlawfully in the spring.',
      'Migrant crossings fell sharply after the new rule took effect.',
    ],
    notFound: ['The tourists crossing the border by car waited two hours.'],
  },
  {
    what: 'migrants held back at a frontier are border control, and so are arrests at the border',
    theme: 'theme:border-security',
    found: ['Des centaines de migrants restent bloqués à la frontière croate depuis lundi.', 'Border arrests rose for the third month in a row.'],
  },
];

/** Feminine, dual, plural and construct forms the wordings lacked, one sentence each. */
const FORMS: readonly WordingCase[] = [
  {
    what: 'refugees and displaced people in the construct, feminine and dual forms',
    theme: 'theme:refugees',
    found: ['وزار الوفد مخيمات لاجئي الروهينغا في كوكس بازار.', 'وتقيم النازحات مع أطفالهن في خيام مؤقتة.', 'ووصلت لاجئتان سوريتان إلى المطار.', 'Les exilées afghanes ont été hébergées à Lille.'],
  },
  {
    what: 'women asylum seekers and asylum seekers in the nominative',
    theme: 'theme:asylum',
    found: ['وتنتظر طالبات اللجوء قرار المحكمة منذ شهور.', 'ووصل ثلاثون طالبو لجوء إلى الجزيرة.'],
  },
  {
    what: 'irregular women migrants and isolated girls',
    theme: 'theme:irregular-migration',
    found: ['وأوقفت الشرطة عشر مهاجرات غير شرعيات في المحطة.', 'Le département accueille quarante mineures non accompagnées.'],
  },
  {
    what: 'traffickers in human beings and the trafficking of women',
    theme: 'theme:trafficking',
    found: ['وأدانت المحكمة خمسة من المتاجرين بالبشر.', 'Le procès vise un réseau de traite des femmes nigérianes.'],
  },
  {
    what: 'deportees, and women turned back',
    theme: 'theme:returns',
    found: ['ووصل المرحلون إلى مطار الخرطوم فجرا.', 'Trois femmes ont été refoulées à la frontière espagnole.'],
  },
  {
    what: 'migrant and domestic workers in the nominative and feminine',
    theme: 'theme:labour-migration',
    found: ['ويطالب العمال المهاجرون بأجورهم المتأخرة.', 'وتعمل عاملات منزليات من إثيوبيا في ظروف صعبة.'],
  },
  {
    what: 'shipwrecked women',
    theme: 'theme:sea-crossings',
    found: ['Les naufragées ont été débarquées à Catane.'],
  },
  {
    what: 'people reduced to slavery are forced labour',
    theme: 'theme:forced-labour',
    found: ['Des migrants ont été réduits en esclavage dans des fermes du sud.', 'Ces ouvriers esclavagisés travaillaient sans salaire.'],
  },
  {
    what: 'regularised and resettled women are legal pathways',
    theme: 'theme:legal-pathways',
    found: ['Les travailleuses régularisées ont reçu leur titre mardi.', 'Les familles réinstallées au Canada ont écrit au HCR.'],
  },
];

describe('feminine, dual, plural and construct forms of theme wordings', () => {
  it.each(FORMS)('$what', (c) => expectWordings(c));
});

describe('theme words in another sense', () => {
  it.each(SENSES)('$what', (c) => expectWordings(c));
});

describe('more wordings of the press', () => {
  it.each(WORDINGS)('$what', (c) => expectWordings(c));
});

describe('the border named as a place or a slogan is half a mention of border control', () => {
  // A long story (not a wire brief) about migrants in a city's shelters that names the border twice,
  // deep in the text, as the place they crossed: border control is not one of its subjects.
  const filler = (lang: 'en' | 'fr' | 'ar'): string[] =>
    ({
      en: Array.from({ length: 6 }, (_, i) => `Volunteers at the shelter on Lake Street served ${120 + i * 10} meals to migrant families on day ${i + 1}, and a nurse checked the children for colds.`),
      fr: Array.from({ length: 6 }, (_, i) => `Les bénévoles du centre ont servi ${120 + i * 10} repas aux familles de migrants le jour ${i + 1}, et une infirmière a examiné les enfants.`),
      ar: Array.from({ length: 6 }, (_, i) => `وقدم المتطوعون في المركز ${120 + i * 10} وجبة لعائلات المهاجرين في اليوم ${i + 1}، وفحصت ممرضة الأطفال المصابين بالزكام.`),
    })[lang];
  const cases: Array<[string, string, string[], string]> = [
    ['en', 'City opens a third shelter for migrant families', [...filler('en'), 'Most of the families crossed at the southern border in May.', 'A mother said the trip to the southern border took her two months.'], 'Officials said the wall along the border would be finished next year, and the border wall drew protests.'],
    ['fr', 'La ville ouvre un troisième centre pour les familles de migrants', [...filler('fr'), 'Un élu a plaidé pour des frontières ouvertes lors du conseil.', 'Un autre a répondu que les frontières ouvertes étaient un slogan.'], 'Le gouvernement a annoncé le renforcement des contrôles aux frontières et des contrôles aux frontières plus stricts.'],
    ['ar', 'البلدية تفتح مركزا ثالثا لعائلات المهاجرين', [...filler('ar'), 'وقالت أم إن عبور الحدود استغرق شهرين.', 'وأضافت أن عبور الحدود كان أصعب ما في الرحلة.'], 'وأعلنت الحكومة تشديد الرقابة على الحدود وتعزيز مراقبة الحدود بالطائرات المسيرة.'],
  ];

  it.each(cases)('in %s, a story that names the border twice as a place keeps no border-security theme', (lang, title, paragraphs) => {
    expect(themesOf(title, paragraphs, lang)).not.toContain('theme:border-security');
  });

  it.each(cases)('in %s, the same story that twice names border control keeps it', (lang, title, paragraphs, control) => {
    expect(themesOf(title, [...paragraphs, control], lang)).toContain('theme:border-security');
  });
});

describe('"immigration and asylum" names a policy field, not an asylum story', () => {
  const cases: Array<[string, string, string[], string]> = [
    ['en', 'Government to resume removals of nationals who crossed illegally', ['"The immigration and asylum problem is getting worse," the senator said on Tuesday.', 'The department said flights to the capital would restart next week for people with final removal orders.'], 'Immigration and asylum bill passes the Senate'],
    ['fr', 'Le gouvernement veut reprendre les expulsions vers le Maghreb', ["« Les questions d'immigration et d'asile divisent l'Europe », a dit le ministre mardi.", 'Les vols reprendront la semaine prochaine pour les personnes visées par une OQTF.'], 'Le Sénat adopte la loi asile et immigration'],
    ['ar', 'الحكومة تستأنف ترحيل المهاجرين المخالفين', ['وقال الوزير إن ملف الهجرة واللجوء يقسم أوروبا.', 'وستستأنف رحلات الترحيل الأسبوع المقبل للأشخاص الصادرة بحقهم قرارات الترحيل.'], 'البرلمان يقر قانون الهجرة واللجوء'],
  ];

  it.each(cases)('in %s, the pair named once in the lead is no asylum theme', (lang, title, paragraphs) => {
    expect(themesOf(title, paragraphs, lang)).not.toContain('theme:asylum');
  });

  it.each(cases)('in %s, a title about the asylum and immigration law keeps it', (lang, _title, paragraphs, lawTitle) => {
    expect(themesOf(lawTitle, paragraphs, lang)).toContain('theme:asylum');
  });
});

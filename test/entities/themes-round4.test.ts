/**
 * Theme wordings and support of the fourth round (issue 14), in Arabic, English and French: the
 * wording families the press uses that the themes lacked, the traps where a pathway word is negated
 * («sans titre de séjour» is irregular stay, not a legal pathway) or a return word means something else
 * (non-refoulement, an expelled diplomat), and the coast guard, which names a rescuer more often than
 * border control. Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expectWordings, idsIn, themesOf, type WordingCase } from './helpers.js';

const FAMILIES: readonly WordingCase[] = [
  {
    what: 'living or working without a visa, a residence permit or papers is irregular stay',
    theme: 'theme:irregular-migration',
    found: [
      'Thousands of farmhands work in the valley without a visa.',
      'Many of them overstayed their visas and now live without papers.',
      'Ils vivent en France depuis dix ans sans titre de séjour.',
      "La préfecture a interpellé des jeunes dépourvus de titre de séjour.",
      'ويعمل آلاف الشباب في المزارع بدون تأشيرة ولا أوراق ثبوتية.',
      'وقالت الشرطة إنها أوقفت عشرة أشخاص دون تصريح عمل.',
    ],
  },
  {
    what: 'unregulated and non-regular migration, and unauthorized migrants, are irregular migration',
    theme: 'theme:irregular-migration',
    found: [
      'Officials counted more unauthorized migrants in the city this year.',
      "Le ministre veut réduire l'immigration non régulière.",
      'وتعهد البلدان بمكافحة الهجرة غير المنظمة.',
    ],
  },
  {
    what: 'smuggling operations, clandestine-immigration rings and smuggling gangs are migrant smuggling',
    theme: 'theme:smuggling',
    found: [
      'Police broke up two smuggling operations that charged each migrant 5,000 dollars.',
      "Les gendarmes ont démantelé une filière d'immigration clandestine entre la Turquie et la Grèce.",
      'وأعلنت الشرطة تفكيك عصابة تهريب كانت تنقل الشبان نحو السواحل الإيطالية.',
    ],
  },
  {
    what: 'thwarted attempts and maritime patrols are border security',
    theme: 'theme:border-security',
    found: [
      'The navy says it thwarted crossing attempts every night last week.',
      'Les deux pays ont lancé des patrouilles maritimes conjointes au large des côtes.',
      'وأعلنت البحرية إحباط محاولات الهجرة السرية نحو إسبانيا.',
    ],
  },
  {
    what: 'pushing migrants back at the border and returning them home are returns',
    theme: 'theme:returns',
    found: [
      'Rights groups documented push-backs of migrants across the river.',
      'Des exilés ont été refoulés à la frontière italienne.',
      'وقالت المنظمة إن المهاجرين أعيدوا إلى النيجر في شاحنات.',
    ],
  },
  {
    what: 'holding migrants, by the thousand or in closed centres, is immigration detention',
    theme: 'theme:immigration-detention',
    found: [
      'The report criticised the detention of migrants in police cells.',
      'Les familles ont été placées en rétention à leur arrivée.',
      'وكشفت الوثيقة عن خطة لاحتجاز آلاف المهاجرين في قواعد عسكرية.',
    ],
  },
  {
    what: 'farmworkers, seasonal hands and temporary foreign labour are labour migration',
    theme: 'theme:labour-migration',
    found: [
      'Growers rely on farmworkers from Mexico every harvest.',
      "Les saisonniers marocains arrivent chaque printemps dans les serres d'Andalousie.",
      'وتعتمد الضيعات الإسبانية على العمالة المؤقتة القادمة من المغرب.',
    ],
  },
  {
    what: 'anti-immigration politics, language courses and hostility to refugees are the integration theme',
    theme: 'theme:integration',
    found: [
      'The anti-immigration party won a third of the seats.',
      "Les réfugiés suivent des cours de langue avant de chercher un emploi.",
      'وحذرت المنظمة من تصاعد العداء للاجئين في البلدات الحدودية.',
    ],
  },
  {
    what: 'dinghies, makeshift boats and small boats are sea crossings',
    theme: 'theme:sea-crossings',
    found: [
      'Forty people were packed into a dinghy off the coast.',
      'Ils ont pris la mer sur une embarcation de fortune.',
      'وانطلق المهاجرون على متن قوارب صغيرة من سواحل صفاقس.',
    ],
  },
  {
    what: 'unaccompanied and isolated minors, and children brought in without status, are irregular migration',
    theme: 'theme:irregular-migration',
    found: [
      'Most Dreamers were brought to the United States as children.',
      'Le département héberge deux cents mineurs isolés étrangers.',
      'وطالبت المنظمة بحماية القاصرين غير المرافقين في الموانئ.',
    ],
  },
  {
    what: 'credible-fear screening and safe third countries are asylum',
    theme: 'theme:asylum',
    found: [
      'Officers screen every arrival for credible fear.',
      'La Grèce considère la Turquie comme un pays tiers sûr.',
      'وتعتبر الحكومة اليونانية تركيا بلدا ثالثا آمنا، أي بلد ثالث آمن.',
    ],
  },
  {
    what: 'open borders and border policy are border security',
    theme: 'theme:border-security',
    found: [
      'The candidate accused his rival of wanting open borders.',
      'Le parti réclame une nouvelle politique frontalière.',
      'ورفض الوزير الدعوات إلى فتح الحدود أمام المهاجرين.',
    ],
  },
];

describe('wording families of the fourth round (issue 14), in the three languages', () => {
  it.each(FAMILIES)('$what', expectWordings);
});

/** [theme, why, sentences]: sentences in which a word of the theme is negated or means something else, so they must not carry it. */
const TRAPS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['theme:legal-pathways', 'a visa or residence permit that migrants lack is irregular stay, not a legal pathway', ['Thousands of farmhands work in the valley without a visa.', 'Ils vivent en France depuis dix ans sans titre de séjour.', 'ويعمل آلاف الشباب في المزارع بدون تأشيرة.']],
  ['theme:legal-pathways', 'irregular migration («غير الشرعية», «illégale») is never read as the legal pathway inside it', ['وتعهدت الحكومة بمكافحة الهجرة غير الشرعية والهجرة الغير شرعية.', "Le ministre a promis de lutter contre l'immigration illégale.", 'The senator spoke against illegal migration.']],
  ['theme:returns', 'the principle of non-refoulement protects refugees: it is no removal', ['The court recalled the principle of non-refoulement.', 'Le HCR rappelle le principe de non-refoulement.', 'وذكرت المفوضية بمبدأ عدم الإعادة القسرية.']],
  ['theme:returns', 'a vote to expel a senator is not a deportation', ['The Senate could vote to expel him; censure or expulsion needs two thirds.', "Le député a été expulsé de l'Assemblée pour la journée."]],
  ['theme:sea-crossings', 'a Mediterranean restaurant is no crossing', ['A Mediterranean restaurant opened on the corner.', 'Le chef défend la cuisine méditerranéenne.', 'ويقدم المطعم أطباق المطبخ المتوسطي.']],
  ['theme:returns', 'expelling diplomats or sending a case to court is not a deportation', ['Moscow answered with the expulsion of diplomats from three embassies.', "Paris a répondu par l'expulsion de diplomates russes.", "L'ancien maire a été renvoyé devant le tribunal correctionnel.", 'وردت الحكومة بطرد الدبلوماسيين من السفارة.']],
  ['theme:integration', 'European or economic integration, and company mergers, are not the integration of migrants', ['The summit discussed European integration and economic integration in the region.', "Le sommet a relancé l'intégration européenne.", 'وناقش الوزراء الاندماج المغاربي وعمليات الاندماج بين المصارف.']],
  ['theme:irregular-migration', 'illegal settlements, building and dumps, and goods obtained illegally, are not irregular migration', ['The guns were illegally obtained and illegally sold at a fair.', 'La mairie a fermé une décharge clandestine et des fêtes clandestines.', 'وأدانت الأمم المتحدة الاستيطان غير الشرعي والبناء غير الشرعي في المنطقة.']],
  ['theme:smuggling', 'drug and arms smugglers are not migrant smugglers', ['Police arrested drug smugglers and arms smugglers near the port.', 'وضبطت الشرطة مهربي المخدرات ومهربي الأسلحة قرب الميناء.']],
  ['theme:asylum', 'a psychiatric asylum is a hospital, not asylum', ["L'ancien asile psychiatrique de la ville deviendra un musée.", 'The old lunatic asylum on the hill was turned into flats.']],
  ['theme:sea-crossings', 'being in the same boat or drowned out is an idiom, not a crossing', ['We are all in the same boat, and his voice was drowned out.', 'Nous sommes tous dans le même bateau.', 'نحن جميعا في نفس القارب.']],
  ['theme:irregular-migration', 'a guest who overstayed his welcome is no visa overstayer', ['The coach overstayed his welcome at the club.']],
  ['theme:returns', 'pushing back against a demand is resisting it, not a push-back of migrants', ['Both Mexico and Canada pushed back against the demands.', 'The adviser pushed back on reports of a split.']],
  ['theme:returns', 'distance, and a judge sending both sides back, are not returns', ["L'éloignement géographique complique les visites.", 'Le juge a renvoyé dos à dos les deux parties.']],
  ['theme:labour-migration', 'bail paid to a court is not the kafala system', ['وأفرج القاضي عن المتهم بعد دفع الكفالة.']],
];

describe('theme words negated or used in another sense', () => {
  it.each(TRAPS)('not %s: %s', (theme, _why, sentences) => {
    for (const sentence of sentences) expect(idsIn(sentence), sentence).not.toContain(theme);
  });

  it('irregular migration written with «غير», «illégale» or "illegal" is still irregular migration', () => {
    for (const sentence of TRAPS[1]![2]) expect(idsIn(sentence), sentence).toContain('theme:irregular-migration');
  });
});

describe('the coast guard names a rescuer as often as border control', () => {
  const rescues: Array<[string, string, string[]]> = [
    ['en', '129 migrants rescued off the Libyan coast', ['The coast guard said 129 migrants, including 27 women, were rescued from a rubber boat that was taking on water on Sunday.', 'They were taken to the port of Tripoli and handed to aid workers.']],
    ['fr', '129 migrants secourus au large de la Libye', ['Les garde-côtes ont secouru dimanche 129 migrants, dont 27 femmes, à bord d\'un canot pneumatique qui prenait l\'eau.', 'Ils ont été débarqués au port de Tripoli et confiés à des humanitaires.']],
    ['ar', 'إنقاذ 129 مهاجرا قبالة السواحل الليبية', ['أعلن خفر السواحل إنقاذ 129 مهاجرا بينهم 27 امرأة كانوا على متن قارب مطاطي بدأ يغرق يوم الأحد.', 'ونقل المهاجرون إلى ميناء طرابلس وسلموا إلى منظمات الإغاثة.']],
  ];

  it.each(rescues)('a rescue story in %s that names the coast guard once is sea crossings, not border security', (lang, title, paragraphs) => {
    const themes = themesOf(title, paragraphs, lang);
    expect(themes).toContain('theme:sea-crossings');
    expect(themes).not.toContain('theme:border-security');
  });

  const control: Array<[string, string, string[]]> = [
    ['en', 'Coast guard to patrol the strait day and night', ['The government will station ten more patrol boats along the coast to stop the departures of migrants, the interior ministry said on Monday.']],
    ['fr', 'Les garde-côtes surveilleront le détroit jour et nuit', ['Le gouvernement va déployer dix vedettes de plus le long des côtes pour empêcher les départs de migrants, a annoncé lundi le ministère de l\'Intérieur.']],
    ['ar', 'خفر السواحل يراقب المضيق ليلا ونهارا', ['أعلنت وزارة الداخلية يوم الاثنين نشر عشرة زوارق إضافية على طول السواحل لمنع انطلاق المهاجرين نحو أوروبا.']],
  ];

  it.each(control)('a story in %s whose title is about the coast guard keeps border security', (lang, title, paragraphs) => {
    expect(themesOf(title, paragraphs, lang)).toContain('theme:border-security');
  });
});

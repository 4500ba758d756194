/**
 * People a text introduces by title or role ("وزير الخارجية المنجي الحامدي", "Ambassador Jane Doe"),
 * kept even when the gazetteer does not know them: the officials who matter in this field change
 * often, and the bot should notice a new Frontex director or a new interior minister on day one.
 *
 * Precision comes first: a wrong "person" pollutes digests, a missed one is only a missed link. So a
 * name must follow a title directly (after the title's portfolio, country and organisation words),
 * must be two or three name-like tokens, and none of them may be a known entity, a stopword, a verb
 * that typically follows a title, or a portfolio word.
 */
import { isArabicScript, normaliseForMatch } from '../text/normalise.js';
import { type Token, aliasKey, textKeys } from '../text/tokens.js';
import type { TokenMention, TokenSpan } from './matcher.js';
import { createLatinNameFinder } from './people-latin.js';
import { ARABIC_GIVEN_NAMES, ROLE_WORDS, TITLES } from './people-latin-words.js';
import { type CoveringSpan, coverage, type NameSpan, type PersonRole } from './people-spans.js';
import { personKey } from './person-key.js';
import { rolesOf } from './person-roles.js';
import type { EntityRecord, Mention } from './types.js';

export type { PersonRole } from './people-spans.js';

export interface FoundPeople {
  /** New person records (origin 'text'), one per distinct name. */
  people: EntityRecord[];
  /** Every occurrence of those names: after a title, and again later in the text. */
  mentions: TokenMention[];
  /** What the text says each person is (by entity id; only people with a role are present). */
  roles: Map<string, PersonRole[]>;
}

/**
 * Arabic word lists are compared by matching key (article dropped), and a text token is looked up under
 * every proclitic reading, so "للداخلية" finds "الداخلية" and "وقال" finds "قال". A reading that strips
 * a proclitic must keep three letters, or names like "بان" would turn into the particle "أن".
 */
const keySet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((w) => aliasKey(normaliseForMatch(w))));

/**
 * A stopword or title word inside a name, read as written or after the conjunction و/ف; a preposition ب/ل/ك before a
 * short particle is not a reading («بلدي» is not ب + «لدى»).
 */
function readsInName(set: ReadonlySet<string>, norm: string): boolean {
  const own = aliasKey(norm);
  return textKeys(norm).some((key) => set.has(key) && (key === own || key.length >= 4 || /^[وف]/.test(own)));
}

/** A word that is itself (no clitic stripped) a stopword, title or title word. */
function exactlyIn(norm: string): boolean {
  const own = aliasKey(norm);
  return AR_STOP.has(own) || AR_TITLE_WORDS.has(own) || AR_TITLES.has(own);
}

function arabicIn(set: ReadonlySet<string>, norm: string): boolean {
  const own = aliasKey(norm);
  return textKeys(norm).some((key) => set.has(key) && (key === own || key.length >= 3));
}

// Every Arabic token is checked for a title head, and news vocabulary repeats, so the answer is
// remembered per word (bounded, so a long-running process does not grow it without end).
const titleHeadMemo = new Map<string, boolean>();
const TITLE_MEMO_LIMIT = 100_000;

const WITH_ARTICLE = /^[وف]?(?:ال|لل)/;
// «الأمر» (the matter) folds onto «آمر» (a commander); the commander is written without the article.
const THE_MATTER = /^[وفبل]?(?:ال|لل)امر$/;

function isArabicTitleHead(norm: string): boolean {
  let known = titleHeadMemo.get(norm);
  if (known === undefined) {
    if (titleHeadMemo.size >= TITLE_MEMO_LIMIT) titleHeadMemo.clear();
    known = arabicIn(AR_TITLES, norm) && !THE_MATTER.test(norm) && (!arabicIn(AR_ARTICLE_ROLES, norm) || WITH_ARTICLE.test(norm));
    titleHeadMemo.set(norm, known);
  }
  return known;
}

// People the news tells of by what befell them («الطفل …», «اللاجئ السوري …», «المرحوم …»). Without the article
// they are counted, not named («400 مهاجر أفريقي كانوا …»), so only the written article makes them a title.
const AR_ARTICLE_ROLE_NOUNS = `
  المرحوم المرحومة الفقيد الفقيدة الطفل الطفلة الشاب الشابة المهاجر المهاجرة اللاجئ اللاجئة الطالب الطالبة
  السجين المعتقل المعتقلة الأسير الأسيرة المناضل المناضلة المؤلف المؤلفة العازف العازفة القاص
`;
const AR_ARTICLE_ROLES = keySet(AR_ARTICLE_ROLE_NOUNS);
// Role nouns that introduce a person directly ("الشاعر محمود درويش", "الناشطة …").
const AR_ROLE_NOUNS = `
  الفنان الفنانة الشاعر الشاعرة الكاتب الكاتبة الروائي الروائية الممثل الممثلة المخرج المخرجة الناشط
  الناشطة الصحفي الصحفية الصحافي الصحافية الباحث الباحثة الأستاذ الأستاذة المطرب المطربة اللاعب الراحل
  الراحلة الأديب الأديبة المؤرخ المفكر المترجم المترجمة الإعلامي الإعلامية الحقوقي الحقوقية المغني
  المغنية الموسيقار الملحن المصور المصورة الرسام الرسامة الناقد الناقدة المحلل المحللة الأكاديمي
  الفنانتان الكاتبتان الشاعرتان الداعية المبدع المبدعة النجم النجمة الطبيب الطبيبة المهندس المهندسة
  المدرب المدربة الحارس المهاجم المنتج المنتجة المصمم المصممة الحاج الحاجة ${AR_ARTICLE_ROLE_NOUNS}
`;

// Heads of an Arabic title.
const AR_TITLES = keySet(`
  وزير وزيرة رئيس رئيسة مدير مديرة سفير سفيرة الدكتور الدكتورة السيد السيدة المتحدث المتحدثة
  الناطق الناطقة المستشار المستشارة المفوض المفوضة الأمين نائب نائبة النائب النائبة اللواء العميد
  العقيد المشير الملك الأمير القاضي القاضية المبعوث المبعوثة منسق منسقة ممثل المحامي المحامية
  الخبير الخبيرة عضو وكيل الوالي آمر مندوب مندوبة النقيب المدعو المدعوة الشيخ الشيخة الجنرال البروفيسور
  البروفسور القس الأسقف المطران الكولونيل العمدة مسؤول مسؤولة المسؤول المسؤولة مؤسس مؤسسة زعيم زعيمة
  قائد قائدة المقدم الملازم ${AR_ROLE_NOUNS}
`);

// Heads that introduce a person by themselves ("الدكتور …", "الأمير …", "الشاعر …"). The others ("وزير",
// "رئيس") are followed by a name only after their portfolio or country ("وزير الخارجية الفرنسي …");
// bare, they are usually followed by a verb ("الوزير أبلغ …").

const AR_PERSONAL_TITLES = keySet(`
  الدكتور الدكتورة السيد السيدة اللواء العميد العقيد المشير الملك الأمير القاضي القاضية المحامي
  المحامية الرئيس الرئيسة النقيب المدعو المدعوة الشيخ الشيخة الجنرال البروفيسور البروفسور القس الأسقف
  المطران الكولونيل العمدة ${AR_ROLE_NOUNS}
`);

// Titles the press puts before a family name alone («الرئيس أردوغان», «الوزير كيكل», «السيد حميش»).
const AR_SURNAME_TITLES = keySet(`
  الرئيس الرئيسة السيد السيدة الوزير الوزيرة الدكتور الدكتورة القاضي القاضية المحامي المحامية الجنرال
  المستشار المستشارة الشيخ الأستاذ الأستاذة السفير السفيرة الأمير الأميرة الملك الملكة القس
`);

const AR_ROYAL_TITLES = keySet('الأمير الأميرة الملك الملكة');

// Words that complete a title: portfolios, ranks, bodies. They are skipped between title and name, and
// can never be part of a name (so "وزير الخارجية" never yields a person "الخارجية").
const AR_TITLE_WORDS = keySet(`
  الخارجية الداخلية الدفاع العدل العدالة الهجرة المهاجرين اللاجئين العمل الشغل المالية الاقتصاد
  الصحة التعليم التربية الشؤون الاجتماعية التعاون الدولي الدولية الدولة المغتربين الخارج العام
  العامة التنفيذي التنفيذية الوزراء الحكومة الجمهورية البرلمان المجلس النواب الشيوخ الرئاسي الرئاسة
  الأعلى العليا الوطني الوطنية السابق السابقة الأسبق الأسبقة الأول الأولى المؤقت المؤقتة الإقليمي
  الإقليمية الأوروبي الأوروبية الأفريقي الإفريقي الأممي الأممية الخاص الخاصة الإنسانية الأمن الأمنية
  الداخلي الإعلام الإعلامي المكتب البعثة المنظمة الوكالة الإدارة الجهاز الهيئة اللجنة المفوضية
  الحزب الحركة الجمعية المرصد الرابطة المركز الجامعة الشرطة الحرس الجيش البحرية القوات العمليات
  الاتحاد المحكمة النيابة الادعاء المدعي الولاية البلدية المنطقة الإقليم الحدود السواحل خفر حرس
  المنظمات التنمية الإنمائي الإغاثة الطوارئ البرنامج الدائرة المؤسسة الشركة الشركات المستقلة الهلال
  الأحمر الصليب الحقوقية حقوق الإنسان باسم لدى المكلف المكلفة الدبلوماسية السياسية السياسي العسكري
  العسكرية المتحدة الأمم الدول العربية العربي التجارة الصناعة الزراعة النقل السياحة الثقافة الشباب
  الرياضة المرأة الأسرة الطفولة البيئة الطاقة الاتصال الاتصالات الخزانة الدائم الدائمة المساعد
  المساعدة الجهوي الجهوية المركزي المركزية الفرع القسم المصالح الحدودي الجوازات الأركان المخابرات
  الاستخبارات الجنائية الجمارك الديوان الدبلوماسي القنصل القنصلية السفارة العلاقات الخارجيين الوزارة
  المنتهية ولايته المنتخب المنتخبة الملف النادي الفريق الفرقة المستشفى المقاطعة حفظ السلام العهد ولي
  الإرهابي داعش الشهداء المجموعة الغرفة البيت الدار الائتلاف التحالف
  الجبهة التنظيم الفيلق الكتلة التيار النقابة الصندوق المصرف البنك القيادة المجلس الجديد الجديدة
  الحالي الحالية المقبل المكلف المعين المعينة الفخري الفخرية بالنيابة بالوكالة الكنيسة المسجد
  الإرهاب الجريمة الفساد المخدرات الشعبي الشعبية المعارضة الحاكم الحاكمة النظام وفد الوفد
  السلم الأوربي الأوربية الرسمي الرسمية السينمائي السينمائية الأدبي الاجتماعي الاجتماعية المشترك المشتركة
`);

// Local bodies named after a place («بلدية زوارة», «مخيم عين الحلوة»): the place is no part of a name after them.
const PLACE_BODY_WORDS = 'بلدية مدينة ولاية محافظة منطقة بلدة قرية مخيم جامعة مستشفى سجن مركز';
const AR_PLACE_BODIES = keySet(PLACE_BODY_WORDS);

// Words that end a name or show there was none: particles and prepositions, time words, reporting
// verbs and nouns of attribution ("قال وزير الداخلية إن…", "… للصحفيين", "… في بيان").
const AR_STOP = keySet(`
  إن أن إنه إنها أنه أنها في من على إلى عن مع قد لقد كان كانت التي الذي الذين اللذين هذا هذه ذلك
  تلك خلال بعد قبل عند حتى حيث كما لكن أو ثم منذ عبر بين ضد حول نحو لدى أمام خلف فوق تحت إزاء
  تجاه جراء بسبب بشأن ضمن دون بدون عقب إثر رغم وسط قبيل بعيد بغية لأجل قرب بجانب بعدم اليوم أمس
  غدا يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء الماضي المقبل
  الجاري الحالي الأسبوع الشهر السنة الليلة أيضا فقط جدا جيدا قال قالت أكد أكدت أعلن أعلنت أوضح
  أوضحت أشار أشارت أضاف أضافت صرح صرحت شدد شددت دعا دعت كشف كشفت اعتبر اعتبرت لفت لفتت حذر حذرت
  نفى نفت طالب طالبت التقى التقت استقبل استقبلت زار زارت بحث بحثت وصف وصفت أبلغ أبدى أبدت قدم قدمت
  كتب كتبت نقل نقلت ذكر ذكرت رفض رفضت وافق وافقت قرر قررت أمر أمرت وقع وقعت عين عينت أقال أقالت
  يزور تزور يلتقي تلتقي يستقبل تستقبل يؤكد تؤكد يدعو تدعو يبحث تبحث يقول تقول يرى ترى يصل تصل
  يتحدث تتحدث له لها عليه عليها لديه لديها وكالة الصحفيين الصحفي الصحافي صحيفة قناة إذاعة تصريح
  تصريحات بيان مؤتمر موقع لا لم لن ما ماذا هل إذا كل بعض غير جميع عدد أكثر أقل سيتم تم يتم الأمر
  الأمور وفق وفقا حسب بحسب مشيرا مؤكدا مضيفا موضحا قائلا معتبرا داعيا منددا مشددا مجددا سابقا
  حاليا رسميا هناك هنا فيما بينما بأن لأن كي وهو وهي هو هي الذي نفسه نفسها شخصيا بدوره بدورها
  للمرة مرة مرات ثلاث اثنين خبر قرار إعادة فرض شكل موجب إنشاء مشروع خطة قانون لقاء اتفاق
  فإن وإن بأن لأن ففي وفي بل إحدى أحد عدم مغادرة معارك سياسة تطبيق تنفيذ بدء بدأ بدأت باتت بات سيكون
  يكون تكون الأخيرة الأخير وصل وصلت سببا منح منحها رسو سخرية شغلت شغل يعين تعين نجل نجلة زوجة زوج
  عقيلة حرم شقيق شقيقة ابن ابنة قوله قولها مؤخرا حديثا البالغ البالغة الحائز الحائزة القيادي القيادية بعنوان أجاب أجابت يدعى تدعى
  آخرين وآخرين حين حينما عندما ولم فلم وقد ولا وما ولن فقد بعينه أنا نحن أنت أنتم هم هن صلى رضي عليه السلام
`);

// Quotation marks around a name: what may stand between the word before and the name, and after it.
const QUOTE_OPEN = /^[\s\u00A0]*["“«][\s\u00A0]*$/;
const QUOTE_CLOSE = /^[\s\u00A0]*["”»]/;
// Particles inside a foreign family name («لويجي دي مايو», «فان دير»).
const PARTICLE_IN_NAME = new Set('دي دو دا فان فون دير دا لو لا'.split(' ').map(normaliseForMatch));
// «وقرر», «فأعلن»: a past verb with the conjunction, which no title runs through.
const SENTENCE_VERB_PAST = /^[وف](?:ا|أ|إ)?[^ال\s]\S{1,4}$/;
// Words for an unnamed source after a reporting verb («وأفاد مصدر أمني مسؤول»).
const AR_SOURCES = keySet('مصدر مصادر شاهد شهود مسؤول مسؤولون مسؤولين متحدث ناطق عضو أعضاء خبير خبراء محلل محللون ناشط ناشطون سكان مواطن مواطنون');
// «(34 عاما)», «(34 عاماً)», «(34 سنة)»: an age.
const AGE_WORDS = new Set('عاما عام عاماً سنة سنوات'.split(' ').map(normaliseForMatch));
// «واسمه ألكس مانسينغ،»: a name given as such.
const NAMED = new Set('اسمه اسمها واسمه واسمها'.split(' ').map(normaliseForMatch));
// Kin words that open a phrase naming someone by relation («والد الطفل», «شقيقة الضحية»), not a name.
const AR_KIN = keySet('والد والدة أب أم ابن ابنة أخ أخت شقيق شقيقة زوج زوجة عم عمة خال خالة جد جدة صديق صديقة جار جارة أهالي أهل سكان عائلة أسرة أقارب');
const HAMZA_AL = /^[أإ]ل/;
// «لموقع», «بتهمة» after two name words: a preposition starts what follows the name.
const PREPOSITION_BEFORE_NOUN = /^[وف]?[لب][^\s]{3,}$/;
const BYLINE = normaliseForMatch('بقلم');
// «إن», «أن», «بأن» after a speaker's name: what they said follows.
const THAT = new Set(['ان', 'بان', 'انه', 'انها']);
const HE_SHE = new Set(['وهو', 'وهي']);
// The first word of a sentence with the conjunction, as a verb opens it («وأدان», «فرد»).
const SENTENCE_VERB = /^[وف](?!ال)\S{2,}$/;
// A transliterated foreign word: two long vowels inside, no article, no Arabic plural or feminine ending.
const ARABIC_ENDING = /(?:ات|ين|ون|ان|يه|ه|يا)$|^(?:ال|[وفبلك]ال|[يتنا]ت)/;
/** `family`: a family name may end in ي («سالفيني», «بيانتيدوزي»); a first word so ending is more often a nisba. */
function foreignShaped(norm: string, family = false): boolean {
  if (norm.length < 5) return false;
  const last = norm.charCodeAt(norm.length - 1);
  // Runs on most Arabic words: the ending and the vowel count are read without a regular expression first.
  if (last === HEH || last === NOON || (last === TEH && norm.charCodeAt(norm.length - 2) === ALEF) || (last === YEH && !family)) return false;
  let vowels = 0;
  for (let i = 1; i < norm.length - 1; i += 1) {
    const c = norm.charCodeAt(i);
    if (c === ALEF || c === WAW || c === YEH) vowels += 1;
  }
  return vowels >= 2 && !ARABIC_ENDING.test(norm);
}
const [COMMA, ARABIC_COMMA, COLON] = [',', '،', ':'].map((c) => c.charCodeAt(0)) as [number, number, number];
const [ALEF, WAW, YEH, HEH, NOON, TEH] = ['ا', 'و', 'ي', 'ه', 'ن', 'ت'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number];
// Second words of compound given names.
const AR_COMPOUND_SECOND = new Set('الدين الإسلام الزهراء العابدين'.split(' ').map(normaliseForMatch));

// A word with a preposition before its article ("بالتواطؤ", "للصحفيين") starts what follows a name.
const DEFINITE_WITH_PREPOSITION = /^(?:[وف]?[بلك]ال|[وف]?لل)/;

// Reporting verbs that open a sentence before the name of who speaks ("وأبرز لحسن حداد، …").
const AR_REPORTING = keySet(`
  أبرز أبرزت أفاد أفادت لاحظ لاحظت سجل سجلت نبه نبهت أردف أردفت تابع تابعت استطرد ختم ختمت يقول تقول
  أكدت أوضح أوضحت أشار أشارت أضاف أضافت صرح صرحت اعتبر اعتبرت رأى رأت يرى ترى قال قالت أجاب أجابت
  يدعى تدعى أكد ذكر ذكرت أعلن أعلنت شدد شددت لفت لفتت كشف كشفت حذر حذرت
`);

// Given names that open a name with no title before it («محمد عروشي», «فيليب لازاريني»).
const ARABIC_GIVEN = new Set(ARABIC_GIVEN_NAMES.map(normaliseForMatch));
// The same after the conjunction و, looked up whole (no slicing of every و-word of a text).
const ARABIC_GIVEN_CONJOINED = new Set([...ARABIC_GIVEN].map((name) => `و${name}`));

// Maghrebi given names that carry the article; otherwise a name may not start with ال (that is
// almost always an unlisted portfolio word: "رئيس المجلس الرئاسي").
const AR_NAMES_WITH_ARTICLE = new Set(
  `الباجي المنجي الحبيب الهادي المهدي الطاهر الصادق المنصف الحسين الحسن العربي الأمين المختار
  الطيب المنذر الناصر الجيلاني المولدي البشير الصافي الصغير الهاشمي الشاذلي الناجي الأزهر
  العياشي المكي الفاضل الأسعد الصحبي المعطي المصطفى الجيلالي الميلودي الغالي الحسين`.split(/\s+/).filter(Boolean).map(normaliseForMatch),
);

// Places, bodies and things named after a person: the name after them is theirs, not a person in the news.
const AR_NAMED_AFTER = keySet(`
  ${PLACE_BODY_WORDS} شارع حي ميدان ساحة جادة طريق مسجد جامع
  مدرسة معهد كلية مطار ميناء جسر سد قاعة مكتبة متحف مؤسسة جائزة كأس ملعب نادي مدرج حديقة قصر برج مستوصف
  عيادة ثانوية إعدادية مجمع قناة سورة سفينة باخرة عملية شركة مجموعة جيش لواء كتيبة فيلق سرايا سان سانت سانتا
`);
// Things whose own name is quoted after them («صحيفة "نيويورك تايمز"», «مؤسسة "أوبن سوسايتي"»): not a person.
const AR_QUOTED_NAMES_OF = keySet('صحيفة مجلة قناة موقع وكالة فيلم كتاب رواية برنامج مسلسل حزب حركة جمعية منظمة مؤسسة شركة مجموعة أغنية مسرحية عملية حملة');

// Given names that are as often common words (an adjective, a noun, a verb): without a cue they are read as words.
const AR_WORD_NAMES = new Set(
  `سعيد سعد سامي سليم عادل كريم ماجد منير ناصر نبيل هادي رشيد رضا صالح صلاح ضياء جمال جلال جميل حامد حميد
  حسام أمين أنور باسم بسام بشير توفيق جواد حازم رفيق شريف عزيز فريد قاسم مالك مأمون منصور نادر وحيد وسام حافظ
  رائد ربيع سيف شوقي عارف عامر عزت علاء غازي فاروق مختار مسعود نجيب نعيم إسلام أكرم أمينة سعاد سميرة سناء سهام
  نوال صفاء عالية عبير غادة فاتن هالة هبة كريمة لطيفة نجاة سلوى زهرة نور حكيم خليفة مولود سالم راشد شاكر
  جابر مجيد صابر منتصر ناجي بهجت خيري رؤوف جميلة سعيدة رشيدة فريدة عزيزة سليمة خالدة حسن حسين الحسن
  الحسين الأمين الهادي المهدي الطاهر الصادق الحبيب عبد أسماء جبريل إمام رجب موسى عيسى داود آدم نوح
  ياسين يحيى طه إلياس هارون يونس أيوب لقمان باقر كاظم مرتضى هاشم ثامر عماد عصام فتحي مراد كمال وائل
  ياسر طارق عاطف فارس سلمان معن عدي نهى مها دعاء هند ريم ليث قيس فهد عمر آمنة رفعت لحسن رمزي مكرم أيهم
  وليد فكري تامر جو إدوار إيمان أمل رجاء`.split(/\s+/).filter(Boolean).map(normaliseForMatch),
);

// «بأيمان» (by oaths) folds onto ب + «إيمان».
const PREPOSITION_WORDS = new Set(['إيمان'].map(normaliseForMatch));
// The same after a glued preposition («لجبريل», «بمحمد»), unless that spelling is a name itself.
// Short names are left out: «بيان» (a statement) is not ب + «يان», «بحسن» not ب + «حسن».
const PREPOSITION_GIVEN = new Set(
  [...ARABIC_GIVEN].filter((name) => name.length >= 4 && !PREPOSITION_WORDS.has(name)).flatMap((name) => [`ل${name}`, `ب${name}`]).filter((form) => !ARABIC_GIVEN.has(form) && !exactlyIn(form)),
);

// A third name token is allowed after these (بن, أبو…) or after a compound first name (عبد …).
const AR_CONNECTORS = new Set('بن ابن أبو ابو عبد ولد آل بو آيت ايت'.split(' ').map(normaliseForMatch));
const ABD = normaliseForMatch('عبد');
const SPOKEN_FOR = normaliseForMatch('باسم');
// Kinds of body whose own name follows them («منظمة العفو», «حزب الاستقلال», «مركز الدراسات»).
const AR_BODIES = keySet('المنظمة الهيئة الجمعية الحزب الحركة المرصد الرابطة المركز النقابة الاتحاد');
// Divine names that are also title words («حفظ السلام»): after عبد they are a name («عبد السلام»).
const DIVINE_TITLE_WORDS = new Set(['السلام'].map(normaliseForMatch));
const AR_COMPOUND_FIRST = new Set('عبد أبو ابو'.split(' ').map(normaliseForMatch));

// An imperfect verb ("يقدم", "يدرك") right after a title reads like a first name; given names that
// start with ي followed by a consonant are listed so they still pass.
const AR_YA_NAMES = new Set('يحيى يزيد يعقوب يسرى يسري يمنى يلدريم يلفا'.split(' ').map(normaliseForMatch));
const IMPERFECT_VERB = /^ي[^اوي]/;
// «سيعود», «ستكون»: a verb in the future.
const FUTURE_VERB = /^س[يتن][^اوي]/;
// «ظلما», «دائما», «رئيسا»: a short word with the accusative alef is an adverb or a predicate, not a family name.
const SHORT_ACCUSATIVE = /^[^\s]{2,4}ا$/;
const GOD = normaliseForMatch('الله');
// «الخديمي», «الغربي»: a family name with the article and the nisba ending.
const isNisbaFamily = (norm: string) => norm.length >= 6 && norm.startsWith('ال') && norm.endsWith('ي');
// «أمنه القومي» (its national security) folds onto «آمنة»; «أيهم» is "which of them".
const NEVER_UNCUED = new Set(['آمنة', 'أيهم'].map(normaliseForMatch));
// A first token opening with the conjunction و or the preposition ل before a consonant is "and …" /
// "for …" far more often than a name (وليام, لوران, ليلى have a vowel letter next); the listed names
// are the exceptions seen in news.
const CLITIC_BEFORE_CONSONANT = /^[ول][^اويل]/;
const CLITIC_LOOKALIKE_NAMES = new Set('لطفي لبنى لمياء ولد وجدي وسام ونستون'.split(' ').map(normaliseForMatch));

/**
 * A found person's id is its cross-script key (person-key.ts), so «سالفيني» written in one article and
 * "Salvini" in another, or «دارمانان» and "Darmanin", land on one entity.
 */
function personId(name: string): string {
  const key = personKey(name);
  return `person:${key || normaliseForMatch(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')}`;
}

/**
 * @param known mentions the matcher found in the same tokens.
 * @param blocked token spans the matcher's blockers consumed ("فرانس برس", "أميركا الشمالية"); they
 *   are never names either.
 */
export function findPeople(text: string, tokens: readonly Token[], known: readonly TokenMention[], blocked: ReadonlyArray<TokenSpan> = []): FoundPeople {
  // Which mention (if any) covers each token; blocked spans count as covered by a non-person. Arabic
  // writes its article ال without hamza: «ألباريس», «ألبرتو» are foreign names, not «ال» + a place.
  const hamzaAlCountry = (m: TokenMention) => m.endToken - m.firstToken === 1 && HAMZA_AL.test(tokens[m.firstToken]!.surface) && m.entityId.startsWith('country:');
  const coveredBy = coverage(tokens.length, known.filter((m) => !hamzaAlCountry(m)), blocked);

  // A line break ends a name: a title closing one line and a verb opening the next are not one phrase.
  // A hashtag joins a name's words with underscores («#دميتري_بيسكوف»): one name all the same.
  const adjacent = (a: number, b: number) => {
    const from = tokens[a]!.end;
    // One character is the usual gap: checked without slicing the text.
    if (tokens[b]!.start - from === 1) return ' \t\u00A0_'.includes(text.charAt(from));
    return /^[ \t\u00A0]+$/.test(text.slice(from, tokens[b]!.start));
  };
  const latinNameAt = createLatinNameFinder(text, tokens, coveredBy);

  /** Where the words of the title just read end (set by nameNearTitle). */
  let titleEnd: number | undefined;
  const spans: NameSpan[] = [];
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t]!;
    const arabic = isArabicScript(token.norm);
    // A Latin given name may be covered by a country ("Jordan Bardella"); the Latin finder decides.
    if (coveredBy[t] && (arabic || !coveredBy[t]!.entityId.startsWith('country:'))) continue;
    const lastEnd = spans.at(-1)?.end ?? 0;
    let span = arabic ? arabicNameAfterTitle(t) : latinNameAt(t);
    if (arabic && !span && isArabicTitleHead(token.norm)) {
      const before = arabicNameBeforeRole(t, lastEnd);
      if (before) spans.push(before);
    }
    if (arabic && !span && t >= 2 && HE_SHE.has(token.norm)) {
      const described = arabicNameDescribed(t, lastEnd);
      if (described) spans.push(described);
    }
    if (arabic && !span && THAT.has(token.norm)) {
      const speaker = arabicSpeakerBeforeThat(t, lastEnd);
      if (speaker) spans.push(speaker);
    }
    if (arabic && !span) span = arabicQuotedName(t);
    if (arabic && !span) span = arabicSpeakerAfterVerb(t);
    if (arabic && !span) span = arabicNameByGivenName(t);
    if (span) {
      spans.push(span);
      t = span.end - 1;
    }
  }
  spans.push(...arabicNamesBeforeCountry(spans));
  spans.push(...arabicConjoinedChains(spans));
  spans.push(...arabicListNeighbours(spans));
  const roleContext = { text, tokens, coveredBy, isArabicTitleHead, isLatinRole: (word: string) => ROLE_WORDS.has(word) || TITLES.has(word) };
  return collect(text, tokens, spans, coveredBy, (span) => rolesOf(roleContext, span));

  function arabicNameAfterTitle(t: number): NameSpan | undefined {
    if (!isArabicTitleHead(tokens[t]!.norm)) return undefined;
    titleEnd = undefined;
    const near = nameNearTitle(t);
    if (near || titleEnd === undefined) return near;
    return nameAfterTitleWords(t, titleEnd);
  }

  function nameNearTitle(t: number): NameSpan | undefined {
    // Skip the rest of the title: portfolio words, known entities (country nisba, organisation) and
    // "في <place>" / "لدى <place>" when a known entity follows.
    let n = t + 1;
    let complement = 0;
    while (n < tokens.length && adjacent(n - 1, n)) {
      const norm = tokens[n]!.norm;
      const mention = coveredBy[n];
      if (mention && !mention.entityId.startsWith('person:')) n = mention.endToken;
      // "الناطق باسم البنتاغون …": the body a spokesman speaks for is one word the gazetteer may not know.
      // "الأمين العام لمنظمة العفو، …" too: a body's own name after its kind.
      else if (n + 2 < tokens.length && !coveredBy[n + 1] && tokens[n + 1]!.norm.startsWith('ال') && (norm === SPOKEN_FOR || arabicIn(AR_BODIES, norm)) && adjacent(n, n + 1) && isArabicScript(tokens[n + 1]!.norm)) n += 2;
      else if (arabicIn(AR_TITLE_WORDS, norm) || arabicIn(AR_TITLES, norm)) n += 1;
      else if ((norm === 'في' || norm === 'لدي' || norm === 'الي') && n + 1 < tokens.length && coveredBy[n + 1]) n += 1;
      // «الخبير في شؤون الهجرة …», «النائب عن حزب العمال …»: a preposition before more of the title.
      else if ((norm === 'في' || norm === 'عن') && n + 1 < tokens.length && adjacent(n, n + 1) && arabicIn(AR_TITLE_WORDS, tokens[n + 1]!.norm)) n += 1;
      // «آمر حرس السواحل في الزاوية عبد الرحمن …»: a place the gazetteer does not know, then a name.
      else if (norm === 'في' && n + 2 < tokens.length && adjacent(n, n + 1) && adjacent(n + 1, n + 2) && !coveredBy[n + 1] && isArabicScript(tokens[n + 1]!.norm) && startsGivenName(n + 2)) n += 2;
      // «الناشط المدني عبد السلام …», «المتحدثة الجهوية سلمى …»: an adjective with the nisba ending extends the
      // title when a given name follows it.
      else if (nisbaAdjective(n) && (startsGivenName(n + 1) || (nisbaAdjective(n + 1) && startsGivenName(n + 2)))) n += 1;
      // «عميد بلدية زوارة حافظ …»: the unknown place a local body is named after.
      else if (n + 1 < tokens.length && !coveredBy[n] && !ARABIC_GIVEN.has(norm) && startsGivenName(n + 1) && adjacent(n, n + 1) && arabicIn(AR_PLACE_BODIES, tokens[n - 1]!.norm)) n += 1;
      else break;
      complement += 1;
    }
    titleEnd = n;
    if (complement === 0) {
      // «وأضاف الوزير ميتاراكيس أن …»: a title with its article and a foreign surname alone.
      const surname = t + 1;
      const closed = () => surname + 1 >= tokens.length || !adjacent(surname, surname + 1) || closesName(surname + 1);
      if (surname < tokens.length && tokens[t]!.norm.startsWith('ال') && adjacent(t, surname) && closed() && surnameAfterTitle(surname)) {
        return { first: surname, end: surname + 1, titleStart: t, surnameOnly: true };
      }
      if (!arabicIn(AR_PERSONAL_TITLES, tokens[t]!.norm)) return undefined;
    }
    // A person the gazetteer knows: nothing to find, but the title is what the article says they are.
    const known = coveredBy[n];
    if (known?.entityId.startsWith('person:') && adjacent(n - 1, n)) return { first: known.firstToken, end: known.endToken, titleStart: t, known: known.entityId };
    if (n >= tokens.length || !isArabicScript(tokens[n]!.norm)) return undefined;
    // Apposition after a full title is common ("وزير الدفاع الأميركي، جيمس ماتيس،").
    const gap = text.slice(tokens[n - 1]!.end, tokens[n]!.start);
    if (!/^[\s\u00A0]+$/.test(gap) && !(complement > 0 && /^[,،][\s\u00A0]+$/.test(gap))) return undefined;
    const span = arabicNameFrom(n, t);
    // «يطلب من المهاجر أوراق ثبوتية»: a noun for anyone in that plight, unless a name shows itself after it.
    if (span && arabicIn(AR_ARTICLE_ROLES, tokens[t]!.norm) && !(ARABIC_GIVEN.has(tokens[n]!.norm) || AR_COMPOUND_FIRST.has(tokens[n]!.norm) || (foreignShaped(tokens[n]!.norm) && foreignShaped(tokens[span.end - 1]!.norm, true)))) return undefined;
    return span;
  }

  /**
   * «وزيرة التخطيط هالة السعيد», «عضو لجنة الخطة والموازنة بالمجلس محمد بدراوي»: a title whose portfolio or
   * body the word lists do not know, then a name. Up to four words after the title are skipped when a given
   * name follows them (one that is no common word, or one before a family name with the article) and the
   * name closes at a boundary; no particle, verb or punctuation may stand between.
   */
  function nameAfterTitleWords(t: number, n: number): NameSpan | undefined {
    for (let m = n; m < tokens.length && m - n < 4 && m > t; m += 1) {
      if (!adjacent(m - 1, m)) return undefined;
      const norm = tokens[m]!.norm;
      const given = !coveredBy[m] && ARABIC_GIVEN.has(norm) && (!AR_WORD_NAMES.has(norm) || (m + 1 < tokens.length && tokens[m + 1]!.norm.startsWith('ال')));
      if (given && m > n) {
        const span = arabicNameFrom(m, t);
        if (span) return span;
      }
      // A given name where the title ends opens the name itself; the nearer reading is the title's own.
      if (ARABIC_GIVEN.has(norm) || AR_COMPOUND_FIRST.has(norm)) return undefined;
      const mention = coveredBy[m];
      if (mention?.entityId.startsWith('person:') || !isArabicScript(norm) || (!norm.startsWith('ال') && arabicIn(AR_STOP, norm)) || IMPERFECT_VERB.test(norm) || FUTURE_VERB.test(norm) || SENTENCE_VERB_PAST.test(norm)) return undefined;
    }
    return undefined;
  }

  /**
   * «وقالت لورا كونزبرغ، المحررة …», «وقال رامي السيد، الذي …», «أكدت رجاء الشريف، والدة …»: the speaker
   * named right after a reporting verb, two or three name words closed by a comma or colon. Something must
   * show a name: a listed given name, a transliterated foreign word, or a family name with the article and
   * the nisba ending. What speaks in the plural or as a body («وقال علماء بيئة،», «وقالت مصادر أمنية،»,
   * «وقالت شركة أريفا،», «وقال والد الطفل،») shows none of these or is a body or kin word.
   */
  function arabicSpeakerAfterVerb(t: number): NameSpan | undefined {
    // Runs on every word: the comma or colon that closes the name is looked for first, without slicing.
    if (!commaRightAfter(t + 1) && !commaRightAfter(t + 2)) return undefined;
    if (t < 1 || !adjacent(t - 1, t) || !(arabicIn(AR_REPORTING, tokens[t - 1]!.norm) || NAMED.has(tokens[t - 1]!.norm))) return undefined;
    const first = tokens[t]!.norm;
    if ((first.startsWith('ال') && !AR_NAMES_WITH_ARTICLE.has(first)) || arabicIn(AR_NAMED_AFTER, first) || arabicIn(AR_BODIES, first) || arabicIn(AR_KIN, first)) return undefined;
    const given = ARABIC_GIVEN.has(first);
    if (!given && /(?:ون|ين|ات|ه)$/.test(first)) return undefined;
    for (let end = t + 2; end <= t + 3 && end <= tokens.length; end += 1) {
      if (!adjacent(end - 2, end - 1) || !isArabicNameToken(end - 1, end - 1 - t)) return undefined;
      if (!/^[\s\u00A0]*[,،:]/.test(text.slice(tokens[end - 1]!.end, tokens[end]?.start ?? text.length))) continue;
      if (!isArabicNameToken(t, 0)) return undefined;
      const last = tokens[end - 1]!.norm;
      return given || foreignShaped(first) || foreignShaped(last, true) || isNisbaFamily(last) ? { first: t, end } : undefined;
    }
    return undefined;
  }

  /**
   * «… ساندرو كاتاسين (سويسرا)، ويان ياب دي رويتر (هولندا)»: a guest list gives each person's country in
   * brackets (or their age: «(34 عاما)»). Two to four name words before it, the first maybe with the conjunction, are a person
   * when a given name or a transliterated word shows a name (not «مهرجان كان (فرنسا)», «مدينة ليون (فرنسا)»).
   */
  function arabicNamesBeforeCountry(found: readonly NameSpan[]): NameSpan[] {
    const taken = new Set(found.flatMap((span) => Array.from({ length: span.end - span.first }, (_, k) => span.first + k)));
    const named: NameSpan[] = [];
    for (let c = 1; c < tokens.length; c += 1) {
      if (!bracketedCountry(c) && !statedAge(c)) continue;
      const end = c;
      let first = end - 1;
      while (first > end - 4 && first > 0 && adjacent(first - 1, first) && !taken.has(first - 1) && (isArabicNameToken(first - 1, 1) || PARTICLE_IN_NAME.has(tokens[first - 1]!.norm)) && !tokens[first]!.norm.startsWith('و')) first -= 1;
      if (end - first < 2 || taken.has(first) || taken.has(end - 1)) continue;
      const conjoined = /^و\S{3,}/.test(tokens[first]!.norm) && !ARABIC_GIVEN.has(tokens[first]!.norm);
      const opener = conjoined ? tokens[first]!.norm.slice(1) : tokens[first]!.norm;
      const last = tokens[end - 1]!.norm;
      if (arabicIn(AR_NAMED_AFTER, opener) || arabicIn(AR_BODIES, opener) || (opener.startsWith('ال') && !AR_NAMES_WITH_ARTICLE.has(opener))) continue;
      if (!conjoined && !isArabicNameToken(first, 0)) continue;
      if (!(ARABIC_GIVEN.has(opener) || AR_NAMES_WITH_ARTICLE.has(opener) || foreignShaped(opener) || foreignShaped(last, true))) continue;
      named.push(conjoined ? { first, end, skip: 1 } : { first, end });
    }
    return named;
  }

  function commaRightAfter(i: number): boolean {
    if (i >= tokens.length) return false;
    const next = text.charCodeAt(tokens[i]!.end);
    return next === COMMA || next === ARABIC_COMMA || next === COLON;
  }

  /** «المتحدث باسم الوكالة "…"»: the word before the quotes ends a spokesman's title. */
  function spokesmanFor(i: number): boolean {
    return i >= 2 && tokens[i - 1]!.norm === SPOKEN_FOR && adjacent(i - 1, i) && adjacent(i - 2, i - 1) && isArabicTitleHead(tokens[i - 2]!.norm);
  }

  function bracketedCountry(c: number): boolean {
    const country = coveredBy[c];
    if (!country?.entityId.startsWith('country:') || country.firstToken !== c || text.charAt(tokens[c]!.start - 1) !== '(') return false;
    return /^[\s\u00A0]*\($/.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start)) && text.charAt(tokens[country.endToken - 1]!.end) === ')';
  }

  /** «أحمد الجزيري (34 عاما)», «… ، 18 عاما،»: a person's age after their name. */
  function statedAge(c: number): boolean {
    if (c + 1 >= tokens.length || !/^\d{1,2}$/.test(tokens[c]!.surface) || !AGE_WORDS.has(tokens[c + 1]!.norm)) return false;
    const before = text.slice(tokens[c - 1]!.end, tokens[c]!.start);
    return /^[\s\u00A0]*\($/.test(before) ? text.charAt(tokens[c + 1]!.end) === ')' : /^[\s\u00A0]*[,،][\s\u00A0]*$/.test(before) && commaRightAfter(c + 1);
  }

  /** `quoted`: the word before a quotation mark, not adjacent to the next word. */
  function nisbaAdjective(i: number, quoted = false): boolean {
    if (i + 1 >= tokens.length || coveredBy[i] || !(quoted || adjacent(i, i + 1))) return false;
    const norm = tokens[i]!.norm;
    return norm.length >= 5 && norm.startsWith('ال') && (norm.endsWith('ي') || norm.endsWith('يه')) && !AR_NAMES_WITH_ARTICLE.has(norm);
  }

  /**
   * A name in quotation marks, as Arabic news often sets off foreign names («الممثل "بيبي غريللو"», «تم انتخاب
   * "لويجي دي مايو"»): two or three name words filling the quotes, opened by a listed given name or all
   * shaped like a transliterated name, or right after a title. Quoted film titles and slogans («"البائع
   * المتجول"», «"خمس نجوم"») open on no given name and carry the article or Arabic endings.
   */
  function arabicQuotedName(t: number): NameSpan | undefined {
    // Runs on every word: most are one space after the word before, which is no quotation mark.
    if (t === 0 || tokens[t]!.start - tokens[t - 1]!.end === 1 || !QUOTE_OPEN.test(text.slice(tokens[t - 1]!.end, tokens[t]!.start)) || (arabicIn(AR_QUOTED_NAMES_OF, tokens[t - 1]!.norm) && !spokesmanFor(t - 1))) return undefined;
    let end = t + 1;
    while (end < tokens.length && end - t < 4 && adjacent(end - 1, end)) end += 1;
    const length = end - t;
    if (length < 2 || length > 3 || (end < tokens.length ? !QUOTE_CLOSE.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start)) : !QUOTE_CLOSE.test(text.slice(tokens[end - 1]!.end)))) return undefined;
    for (let i = t; i < end; i += 1) if (!isArabicNameToken(i, i - t) && !(i > t && PARTICLE_IN_NAME.has(tokens[i]!.norm))) return undefined;
    const first = tokens[t]!.norm;
    const given = ARABIC_GIVEN.has(first) && !AR_WORD_NAMES.has(first);
    const foreign = foreignShaped(first) && foreignShaped(tokens[end - 1]!.norm, true);
    // «الممثل "…"», «الممثل الكوميدي "…"»: a title, or a title and its adjective, right before the quotes.
    const titled = isArabicTitleHead(tokens[t - 1]!.norm) || (t >= 2 && nisbaAdjective(t - 1, true) && isArabicTitleHead(tokens[t - 2]!.norm) && adjacent(t - 2, t - 1)) || spokesmanFor(t - 1);
    // A word with the article or the feminine ending («"ساكنة محتجزة"») is a phrase, not a name.
    const wordLike = (i: number) => tokens[i]!.norm.startsWith('ال') || tokens[i]!.surface.endsWith('ة');
    const plain = !wordLike(t) && !wordLike(end - 1) && (titled || ARABIC_GIVEN.has(first));
    return given || foreign || plain ? { first: t, end } : undefined;
  }

  /**
   * «الرئيس أردوغان،», «الوزير الحامدي إن»: a family name alone after a title with its article. A foreign-shaped
   * word, a family name with the article and the nisba ending («السيسي», «الغنوشي»), or a name-like word that is no
   * given name (a first name alone is not how the press names someone).
   */
  function surnameAfterTitle(i: number): boolean {
    const norm = tokens[i]!.norm;
    const title = tokens[i - 1]!.norm;
    // «حي الشيخ جراح», «جامعة القاضي عياض»: a place named after a titled person.
    if (i >= 2 && arabicIn(AR_NAMED_AFTER, tokens[i - 2]!.norm)) return false;
    // A given name alone is not a family name («الرئيس إيمانويل #ماكرون»), except for royalty («الأمير وليام»).
    if (ARABIC_GIVEN.has(norm) && !arabicIn(AR_ROYAL_TITLES, title)) return false;
    if (foreignShaped(norm, true)) return isArabicNameToken(i, 0);
    // An Arabic-shaped word is a family name only after a title that is said of a person by name, and
    // never with the article (that is an adjective: «المسؤول الحكومي», «الخبير الاقتصادي»).
    if (!arabicIn(AR_SURNAME_TITLES, tokens[i - 1]!.norm) || norm.startsWith('ال') || ARABIC_GIVEN.has(norm) || norm.length < 4) return false;
    // Not a verb («الوزير سيفرض», «الوزير جاءت»), an accusative («الوزير مستدركا»), or a feminine noun («الرئيس انتفاضة»).
    return isArabicNameToken(i, 1) && !FUTURE_VERB.test(norm) && !/^[يتن]|^\S{2,3}ت$|[اه]$/.test(norm);
  }

  /**
   * The name starting at `first`: two or three name units ending at a boundary (see below). A unit is
   * one token, or a connector and the token it binds («عبد الله», «أبو حمادة», «آيت باعمران»), so
   * «عاطف عبد الله أبو حمادة» is one name of three units and five tokens.
   */
  /** `cued`: whether a cue opens the name; a function when it is only worth working out if needed. */
  function arabicNameFrom(first: number, titleStart?: number, conjoined = false, cued: boolean | (() => boolean) = titleStart !== undefined): NameSpan | undefined {
    const unitEnds: number[] = [];
    let n = first;
    while (unitEnds.length < 3 && n < tokens.length && (n === first || (adjacent(n - 1, n) && !startsConjoinedName(n))) && ((conjoined && n === first) || isArabicNameToken(n, n - first))) {
      // The conjunction of "وعبد الرحمن" is outside the name.
      const norm = conjoined && n === first ? tokens[n]!.norm.slice(1) : tokens[n]!.norm;
      const binds =
        n + 1 < tokens.length &&
        adjacent(n, n + 1) &&
        ((AR_CONNECTORS.has(norm) && (isArabicNameToken(n + 1, n + 1 - first) || (norm === ABD && divineName(n + 1)))) ||
          // «فاطمة الزهراء», «نور الدين», «سيف الإسلام»: one given name of two words.
          (!coveredBy[n + 1] && AR_COMPOUND_SECOND.has(tokens[n + 1]!.norm)));
      n += binds ? 2 : 1;
      unitEnds.push(n);
    }
    const givenFirst = ARABIC_GIVEN.has(conjoined ? tokens[first]!.norm.slice(1) : tokens[first]!.norm);
    // Without capitals, the end of an Arabic name is only certain at a boundary: punctuation, the end
    // of the text, or a particle/reporting verb ("… إن", "… في بيان"). The longest candidate (three
    // units, then two) that ends at one wins; with none, the "name" may be a verb phrase ("رحب
    // بقرار …") and nothing is kept.
    for (let units = unitEnds.length; units >= 2; units -= 1) {
      const end = unitEnds[units - 1]!;
      if (AR_CONNECTORS.has(tokens[end - 1]!.norm)) continue;
      const open = end < tokens.length && adjacent(end - 1, end);
      // A third unit is a family name ("محمد علي الحسيني", "علي عبد الله صالح") with the article, a
      // connector, or after a compound first or father's name with عبد (not after «بن جاسم», where a verb
      // follows). A plain one is also taken when a given name opens the name or is its father's name and
      // punctuation after a title, or a role, closes it («للدكتور نائل محمد إسماعيل-», «موسى فقي محمد،»).
      // Otherwise it is usually the verb or object that follows the name ("بشار الأسد قمع").
      if (units === 3) {
        const third = unitEnds[1]!;
        const familyName = tokens[third]!.norm.startsWith('ال') || end - third === 2 || tokens[unitEnds[0]!]!.norm === ABD || unitEnds[0]! - first === 2;
        const patronymic = ARABIC_GIVEN.has(tokens[first]!.norm) || ARABIC_GIVEN.has(tokens[first + 1]!.norm);
        // A role after it closes it even without a title before («حسب أحمد رفيق عوض المحلل السياسي»).
        // Without a title, only a role written with its article closes it («… أمين عام» may be a given name).
        const closedByRole = open && isArabicTitleHead(tokens[end]!.norm) && (titleStart !== undefined || tokens[end]!.norm.startsWith('ال'));
        const closedAfterTitle = patronymic && ((titleStart !== undefined && !open) || closedByRole);
        if (!familyName && !closedAfterTitle) continue;
      }
      // "عبد الفتاح" alone is only a compound first name.
      if (units === 2 && unitEnds[0]! - first === 1 && AR_COMPOUND_FIRST.has(tokens[first]!.norm) && end - first === 2) continue;
      // Two units opened by a given name also end before a preposition («… منصور لموقع»), and, after a
      // cue (title, nisba, reporting verb), after a family name with the article («الشاعر يوسف الخطيب ليصدح»).
      const endsUnclosed =
        open &&
        units === 2 &&
        givenFirst &&
        !ARABIC_GIVEN.has(tokens[end]!.norm) &&
        (PREPOSITION_BEFORE_NOUN.test(tokens[end]!.norm) ||
          (tokens[end - 1]!.norm.startsWith('ال') && (typeof cued === 'function' ? cued() : cued)) ||
          // After a title, a foreign family name then an Arabic word (a verb: «… ماتيو بيانتيدوزي ناقش»);
          // a listed second name may be a father's name with the family name still to come.
          (titleStart !== undefined && foreignShaped(tokens[end - 1]!.norm, true) && !foreignShaped(tokens[end]!.norm, true)));
      // «زايد طيب الله ثراه», «حفظه الله»: a phrase with God's name after it is a prayer, not the name's end.
      if (open && tokens[end]!.norm === GOD) continue;
      if (open && !closesName(end) && !endsUnclosed) continue;
      return titleStart === undefined ? { first, end } : { first, end, titleStart };
    }
    return undefined;
  }

  /**
   * A name given before its role, in apposition: «سلمى الفرجاني، المتحدثة باسم…», «"كارلو بيانكي"،
   * المفوض…». At a title head after a comma, the two or three name tokens before the comma are the
   * person when a boundary (punctuation, a quote, a reporting verb or particle) opens them.
   */
  function arabicNameBeforeRole(t: number, lastEnd: number): NameSpan | undefined {
    if (t < 2) return undefined;
    const comma = /^["”»']?[\s\u00A0]*[,،][\s\u00A0]+$/.test(text.slice(tokens[t - 1]!.end, tokens[t]!.start));
    // Without the comma, a reporting verb two to four words back is needed: checked before the scan, which is dear.
    if (!comma && !(adjacent(t - 1, t) && [t - 3, t - 4, t - 5].some((i) => i >= 0 && arabicIn(AR_REPORTING, tokens[i]!.norm)))) return undefined;
    let first = t;
    while (first > lastEnd && t - first < 3 && (first === t || adjacent(first - 1, first)) && isArabicNameToken(first - 1, 1)) first -= 1;
    // «عبد المنعم أبو الفتوح، رئيس …», «وقال عبد السلام كاجمان نائب …»: a compound given name reaches one word further back.
    const compoundAt = (i: number) => i - 1 > lastEnd && adjacent(i - 1, i) && AR_COMPOUND_FIRST.has(tokens[i - 1]!.norm) && divineName(i) && t - i <= 3;
    // «عبد السلام» stops the scan at its second word, which reads as a common word.
    const compound = compoundAt(first) || (first - 1 > lastEnd && adjacent(first - 1, first) && compoundAt(first - 1) && t - first <= 2);
    if (compound) first -= compoundAt(first) ? 1 : 2;
    // Without the comma («وقالت ليفيا مانانت مسؤولة العمليات…») only right after a reporting verb, which may
    // stand before the name or just before its first word when the scan took one word too many.
    if (!comma) {
      const verbAt = [first - 1, first].find((i) => i >= 0 && i < t - 1 && arabicIn(AR_REPORTING, tokens[i]!.norm) && adjacent(i, i + 1));
      if (verbAt === undefined || t - (verbAt + 1) < 2) return undefined;
      const from = verbAt + 1;
      if (!compound && !(from > first || isArabicNameToken(from, 0))) return undefined;
      // «وأفاد مصدر أمني مسؤول»: words that describe a source are no name; a name shows itself, or a role
      // with its article follows it («أجابت سلاف إدريس المسؤولة …»).
      const opener = tokens[from]!.norm;
      const last = tokens[t - 1]!.norm;
      const shown = ARABIC_GIVEN.has(opener) || ARABIC_GIVEN.has(last) || foreignShaped(opener) || foreignShaped(last, true) || isNisbaFamily(last) || tokens[t]!.norm.startsWith('ال');
      // Two words right after the verb and before the role («وقال جايسن غرينبلات مبعوث …») need nothing more
      // unless they open on a word for a source.
      const pair = verbAt === t - 3 && !arabicIn(AR_SOURCES, opener);
      return compound || shown || pair ? { first: from, end: t } : undefined;
    }
    if (t - first < 2) return undefined;
    if ((compound || isArabicNameToken(first, 0)) && openedAt(first)) return { first, end: t };
    if (compound) return { first, end: t };
    // «ويرى في هذا الصدد صبري لحو، الخبير في …», «إحالة توفيق بوعشرين، مدير نشر …»: a given name and a role
    // after the comma frame the name though nothing opens it; the word before is then outside it.
    const from = isArabicNameToken(first, 0) && ARABIC_GIVEN.has(tokens[first]!.norm) ? first : first + 1;
    const framed = t - from >= 2 && ARABIC_GIVEN.has(tokens[from]!.norm) && !AR_CONNECTORS.has(tokens[from - 1]!.norm);
    return framed ? { first: from, end: t } : undefined;
  }

  /**
   * «سالم الورفلي، وهو مهاجر ليبي، …»: two name words before «، وهو/وهي» describing them, opened by
   * punctuation, a particle or a verb.
   */
  function arabicNameDescribed(t: number, lastEnd: number): NameSpan | undefined {
    const first = t - 2;
    if (first < lastEnd || !/^[\s\u00A0]*[,،][\s\u00A0]*$/.test(text.slice(tokens[t - 1]!.end, tokens[t]!.start)) || !adjacent(first, first + 1)) return undefined;
    if (!isArabicNameToken(first, 0) || !isArabicNameToken(first + 1, 1)) return undefined;
    return openedAt(first) || sentenceVerbBefore(first) ? { first, end: t } : undefined;
  }

  /**
   * The speaker set off by commas before what they said, after a reporting verb and their role: «وذكرت
   * المحررة السابقة في الموقع، شابينا خاطري، إن …». Two name words between commas, then إن/أن.
   */
  function arabicSpeakerBeforeThat(t: number, lastEnd: number): NameSpan | undefined {
    const first = t - 2;
    if (first <= lastEnd || first < 1) return undefined;
    const commaBefore = (i: number) => /^[\s\u00A0]*[,،][\s\u00A0]*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    if (!commaBefore(t) || !commaBefore(first) || !adjacent(first, first + 1)) return undefined;
    if (!isArabicNameToken(first, 0) || !isArabicNameToken(first + 1, 1)) return undefined;
    // A reporting verb opens the sentence the speaker closes (within a few words, no full stop between).
    for (let i = first - 1; i >= Math.max(0, first - 12); i -= 1) {
      if (arabicIn(AR_REPORTING, tokens[i]!.norm)) return { first, end: t };
      if (i > 0 && /[.!?؟\n]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return undefined;
    }
    return undefined;
  }

  /** «عبد الله», «عبد الإله», «عبد الرحمن»: after عبد, an article word is a divine name, not a common noun. */
  function divineName(i: number): boolean {
    const norm = tokens[i]!.norm;
    return !coveredBy[i] && norm.startsWith('ال') && isArabicScript(norm) && (!arabicIn(AR_TITLE_WORDS, norm) || DIVINE_TITLE_WORDS.has(norm));
  }

  /**
   * Names listed with commas («… سميرة المانع، ميسلون هادي، عالية طالب، …»): a two-word segment
   * between commas next to a name found is the next name of the list, though nothing else cues it.
   */
  function arabicListNeighbours(found: readonly NameSpan[]): NameSpan[] {
    const taken = new Set(found.flatMap((span) => Array.from({ length: span.end - span.first }, (_, k) => span.first + k)));
    const listed: NameSpan[] = [];
    const commaBetween = (a: number, b: number) => /^[\s\u00A0]*[,،][\s\u00A0]*$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
    const closes = (last: number) => last + 1 >= tokens.length || /^[\s\u00A0]*[,،.؛:][\s\u00A0]*$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start));
    // Framed by commas, the second word may read as a verb or particle elsewhere («عالية طالب»).
    const listSurname = (i: number) => isArabicNameToken(i, 1) || (!coveredBy[i] && isArabicScript(tokens[i]!.norm) && tokens[i]!.norm.length >= 3 && !tokens[i]!.norm.startsWith('ال') && !arabicIn(AR_TITLE_WORDS, tokens[i]!.norm));
    const pair = (first: number) =>
      first >= 0 && first + 1 < tokens.length && !taken.has(first) && !taken.has(first + 1) && adjacent(first, first + 1) && isArabicNameToken(first, 0) && listSurname(first + 1);
    // One two-word segment after a name may be an apposition («محمد صلاح، فريقه الإنجليزي، ليفربول»); a
    // list shows itself by going on: two segments or more, or one that a further name closes.
    const startsName = (i: number) => i < tokens.length && (found.some((other) => other.first === i) || ARABIC_GIVEN_CONJOINED.has(tokens[i]!.norm) || ARABIC_GIVEN.has(tokens[i]!.norm));
    const keep = (chain: number[], closedByName: boolean) => {
      if (chain.length < 2 && !closedByName) return;
      for (const first of chain) {
        listed.push({ first, end: first + 2 });
        taken.add(first).add(first + 1);
      }
    };
    for (const span of found) {
      if (span.known || !isArabicScript(tokens[span.first]!.norm)) continue;
      const after: number[] = [];
      let first = span.end;
      for (; first + 1 < tokens.length && commaBetween(first - 1, first) && pair(first) && closes(first + 1); first += 2) after.push(first);
      keep(after, after.length > 0 && first < tokens.length && commaBetween(first - 1, first) && startsName(first));
      const before: number[] = [];
      for (first = span.first - 2; first >= 0 && commaBetween(first + 1, first + 2) && pair(first) && (first === 0 || commaBetween(first - 1, first)); first -= 2) before.push(first);
      keep(before, false);
    }
    return listed;
  }

  /** A word that cannot continue a name: a particle, reporting verb, preposition + article, title or next name. */
  function closesName(i: number): boolean {
    const norm = tokens[i]!.norm;
    return arabicIn(AR_STOP, norm) || DEFINITE_WITH_PREPOSITION.test(norm) || startsConjoinedName(i) || isArabicTitleHead(norm);
  }

  /**
   * Names listed with و after a name found («… مصعب أبو قرين ومحمد كشلاف وعبد الرحمن ميلاد وإيرمياس
   * جيرماي.»): each و-segment of two or three name units closed by the next و-word, punctuation or a
   * particle is the next person, though its given name is not on the list.
   */
  function arabicConjoinedChains(found: readonly NameSpan[]): NameSpan[] {
    const startsAt = new Map(found.map((span) => [span.first, span]));
    const chained: NameSpan[] = [];
    for (const span of found) {
      if (span.known || !isArabicScript(tokens[span.first]!.norm)) continue;
      let e = span.end;
      while (e + 1 < tokens.length && adjacent(e - 1, e)) {
        const next = startsAt.get(e);
        if (next) {
          e = next.end;
          continue;
        }
        const segment = conjoinedSegment(e);
        if (!segment) break;
        chained.push(segment);
        startsAt.set(e, segment);
        e = segment.end;
      }
    }
    return chained;
  }

  function conjoinedSegment(e: number): NameSpan | undefined {
    const norm = tokens[e]!.norm;
    const bare = norm.slice(1);
    // «وبحضور ممثلين»: a preposition glued to a noun after the conjunction.
    if (/^ب[^اوي]/.test(bare) && !ARABIC_GIVEN.has(bare) && !foreignShaped(bare)) return undefined;
    if (!norm.startsWith('و') || bare.length < 2 || bare.startsWith('ال') || coveredBy[e] || !isArabicScript(norm) || arabicIn(AR_STOP, bare) || arabicIn(AR_TITLE_WORDS, bare) || arabicIn(AR_TITLES, bare)) return undefined;
    const unitEnds: number[] = [];
    let n = e;
    while (unitEnds.length < 3 && n < tokens.length && (n === e || (adjacent(n - 1, n) && isArabicNameToken(n, n - e)))) {
      const unit = n === e ? bare : tokens[n]!.norm;
      const binds = n + 1 < tokens.length && adjacent(n, n + 1) && ((AR_CONNECTORS.has(unit) && (isArabicNameToken(n + 1, 1) || (unit === ABD && divineName(n + 1)))) || (!coveredBy[n + 1] && AR_COMPOUND_SECOND.has(tokens[n + 1]!.norm)));
      n += binds ? 2 : 1;
      unitEnds.push(n);
    }
    for (let units = 2; units <= unitEnds.length; units += 1) {
      const end = unitEnds[units - 1]!;
      if (AR_CONNECTORS.has(tokens[end - 1]!.norm)) continue;
      const closed = end >= tokens.length || !adjacent(end - 1, end) || closesName(end) || (tokens[end]!.norm.startsWith('و') && tokens[end]!.norm.length >= 3);
      if (closed) return { first: e, end, skip: 1 };
    }
    return undefined;
  }

  /** "… وكريم العلوي": the next name of a list ends the one before it. */
  function startsConjoinedName(i: number): boolean {
    return ARABIC_GIVEN_CONJOINED.has(tokens[i]!.norm);
  }

  /** A name opened by a given name the press uses («محمد عروشي»), ending at a boundary. */
  function arabicNameByGivenName(t: number): NameSpan | undefined {
    const norm = tokens[t]!.norm;
    if (ARABIC_GIVEN.has(norm)) return openedAt(t) ? arabicNameFrom(t, undefined, false, () => cuedAt(t)) : uncuedName(t);
    // «ورحب ستيليوس بيتساس بالقرار», «وقال سيرجيو ماتاريلا إن»: two words shaped like a transliterated
    // foreign name (long vowels inside, no Arabic article or plural ending) after a verb or title.
    if (foreignShaped(norm) && t + 1 < tokens.length && foreignShaped(tokens[t + 1]!.norm, true) && !(norm.endsWith('ا') && tokens[t + 1]!.norm.endsWith('ا')) && adjacent(t, t + 1) && (cuedAt(t) || sentenceVerbBefore(t)) && isArabicNameToken(t, 0) && isArabicNameToken(t + 1, 1)) {
      const span = arabicNameFrom(t, undefined, false, false);
      return span;
    }
    // «وقال زهير الجزائري إن», «وأكد سفيان الخضراوي،»: after a reporting verb, a given name not on the list is
    // still a name before a family name with the article and the nisba ending, the pair closed by a boundary.
    if (nisbaNameAfterVerb(t)) {
      return { first: t, end: t + 2 };
    }
    // «لجبريل الرجوب رئيس …», «بمحمد …»: a preposition glued to a listed given name; the name must close.
    // «لنضال اليسار بنفس جديد» is a noun: only a role or punctuation right after proves a name.
    if (PREPOSITION_GIVEN.has(norm)) {
      const span = arabicNameFrom(t, undefined, true);
      const closed = span && (span.end >= tokens.length || !adjacent(span.end - 1, span.end) || isArabicTitleHead(tokens[span.end]!.norm));
      return closed ? { ...span, skip: 1 } : undefined;
    }
    // The next name of a list takes the conjunction ("…، وفاتن الجابري", "… ومحمد كشلاف"): after a
    // name just found or a comma, the name starts after the و.
    if (!ARABIC_GIVEN_CONJOINED.has(norm)) return undefined;
    if (spans.at(-1)?.end !== t && !/[,،]/.test(text.slice(tokens[t - 1]?.end ?? 0, tokens[t]!.start))) return undefined;
    const span = arabicNameFrom(t, undefined, true);
    return span && { ...span, skip: 1 };
  }

  /**
   * «ولماذا قتلت محمد سعيد،», «شعر هارون هاشم رشيد نموذجا»: a given name mid-sentence, after a verb or a
   * noun, with nothing to cue it. Only a given name that is no common word opens it, never after a body or
   * place it would name («جامعة محمد الخامس», «شارع الحبيب بورقيبة»), and the name must close at a boundary.
   */
  function uncuedName(t: number): NameSpan | undefined {
    if (t === 0 || tokens[t - 1]!.norm === BYLINE) return undefined;
    // A given name that is also a word («حسن», «عامر») opens a name only before a family name with the article
    // and the nisba ending («حسن الخديمي»): an indefinite word does not take a definite adjective, and a noun
    // it governs rarely ends so («حسن النية», «جمال الطبيعة»).
    if (AR_WORD_NAMES.has(tokens[t]!.norm) && !(t + 1 < tokens.length && isNisbaFamily(tokens[t + 1]!.norm) && !tokens[t + 1]!.surface.endsWith('ى') && !NEVER_UNCUED.has(tokens[t]!.norm))) return undefined;
    const before = tokens[t - 1]!.norm;
    if (AR_CONNECTORS.has(before) || arabicIn(AR_NAMED_AFTER, before) || arabicIn(AR_BODIES, before)) return undefined;
    const span = arabicNameFrom(t, undefined, false, false);
    if (!span) return undefined;
    // The word after the given name must read as a name, not as what follows a word: «آمنة وسريعة» (and …),
    // «حمزة يحافظ», «سليمان ستكون» (a verb), «تقدم سليمان بأوراقه» (a preposition), «ظلما», «رئيسا» (an accusative).
    const second = tokens[t + 1]!.norm;
    if (!ARABIC_GIVEN.has(second) && (second.startsWith('و') || IMPERFECT_VERB.test(second) || FUTURE_VERB.test(second) || (/^ب[^وين]/.test(second) && !punctuationAfter(t + 1)) || SHORT_ACCUSATIVE.test(second))) return undefined;
    // Nothing before vouches for where the name ends, so a boundary must («جان ماري لوبان» is not «جان ماري»).
    if (span.end < tokens.length && adjacent(span.end - 1, span.end) && !closesName(span.end)) return undefined;
    return span;
  }

  function nisbaNameAfterVerb(t: number): boolean {
    if (t < 1 || t + 1 >= tokens.length || !isNisbaFamily(tokens[t + 1]!.norm) || tokens[t + 1]!.surface.endsWith('ى')) return false;
    if (!arabicIn(AR_REPORTING, tokens[t - 1]!.norm) || !adjacent(t - 1, t) || !adjacent(t, t + 1)) return false;
    const norm = tokens[t]!.norm;
    if (norm.startsWith('ال') || norm.length < 3 || /(?:ون|ين|ات|ه)$/.test(norm) || !isArabicNameToken(t, 0) || !isArabicNameToken(t + 1, 1)) return false;
    return t + 2 >= tokens.length || !adjacent(t + 1, t + 2) || closesName(t + 2);
  }

  function sentenceVerbBefore(first: number): boolean {
    if (first < 1 || !SENTENCE_VERB.test(tokens[first - 1]!.norm)) return false;
    return first === 1 || /[.!?؟:\n]/.test(text.slice(tokens[first - 2]!.end, tokens[first - 1]!.start));
  }

  /** A listed given name, or عبد/أبو opening a compound one, starts at `i`. */
  function startsGivenName(i: number): boolean {
    const norm = tokens[i]!.norm;
    return !coveredBy[i] && (ARABIC_GIVEN.has(norm) || AR_COMPOUND_FIRST.has(norm));
  }

  /** A title, a nisba or a reporting verb right before: the words after are a name when a given name opens them. */
  function cuedAt(first: number): boolean {
    if (first === 0 || !adjacent(first - 1, first)) return false;
    const before = tokens[first - 1]!.norm;
    return Boolean(coveredBy[first - 1]?.entityId.startsWith('country:')) || isArabicTitleHead(before) || arabicIn(AR_REPORTING, before);
  }

  /**
   * Whether a name may start at `first`: after punctuation or a quote, at the start of a line, or after a
   * particle or reporting verb ("وقال محمد…"); not after a noun it would complete ("جامعة محمد الخامس").
   */
  function openedAt(first: number): boolean {
    if (first === 0) return true;
    const before = tokens[first - 1]!.norm;
    // A byline («بقلم: …») names the writer, who is not in the news.
    if (before === BYLINE) return false;
    // "ابن خلدون", "أبو مازن": the given name is the second half of a name that started earlier.
    if (AR_CONNECTORS.has(before) && adjacent(first - 1, first)) return false;
    // After a nisba the name of the one it describes follows ("الوفد المغربي خالد…", "المدون المصري عمرو…").
    if (coveredBy[first - 1]?.entityId.startsWith('country:')) return true;
    // After a bare title ("السفير كريم…"): the title alone does not prove a name follows, a given name does.
    if (isArabicTitleHead(before)) return true;
    // After the verb that opens a sentence («وانتقد محمد …», «فرد سمير …»): Arabic news puts the verb first.
    if (sentenceVerbBefore(first)) return true;
    return /[^\s\u00A0]/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start)) || arabicIn(AR_STOP, before) || arabicIn(AR_REPORTING, before);
  }

  function punctuationAfter(i: number): boolean {
    return i + 1 >= tokens.length || /[,،.؛:!?؟)]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
  }

  function isArabicNameToken(i: number, position: number): boolean {
    const norm = tokens[i]!.norm;
    if (coveredBy[i] || !isArabicScript(norm) || norm.length < 2 || /\d/.test(norm)) return false;
    // The name «علي» is written with ي, the preposition «على» with ى (they fold together for matching).
    if (tokens[i]!.surface === 'علي') return true;
    // A listed given name is checked as written only: «فيصل» is not ف + «يصل», «بشير» not ب + «شير».
    if (ARABIC_GIVEN.has(norm)) return !exactlyIn(norm);
    if (readsInName(AR_STOP, norm) || readsInName(AR_TITLE_WORDS, norm) || readsInName(AR_TITLES, norm)) return false;
    // A name never carries a preposition or conjunction before the article ("بالقرار", "للشغل"), except a family
    // name that only looks so («كارميليتا فالديز،», «رضا بالحاج،»), after a given name and closed by punctuation.
    if (/^(?:[وف]?[بلك]ال|[وف]?لل|[وف]ال)/.test(norm) && !(position > 0 && punctuationAfter(i) && (ARABIC_GIVEN.has(tokens[i - 1]!.norm) || foreignShaped(tokens[i - 1]!.norm)))) return false;
    // A possessive suffix ("مهامها", "أعمالهم") or a verb's "تت…" prefix marks a common word, not a name.
    if (/(?:ها|هم|هما)$/.test(norm) || norm.startsWith('تت')) return false;
    // A feminine noun or adjective with the article ("المسؤولة", "الشعرية") follows a name, it is not part of one.
    if (norm.startsWith('ال') && norm.endsWith('ه')) return false;
    if (position === 0) {
      if (norm.startsWith('ال') && !AR_NAMES_WITH_ARTICLE.has(norm)) return false;
      // A listed given name («لحسن», «وحيد», «يونس») is a name even where its letters read as a clitic or a verb.
      if (IMPERFECT_VERB.test(norm) && !AR_YA_NAMES.has(norm) && !ARABIC_GIVEN.has(norm)) return false;
      if (CLITIC_BEFORE_CONSONANT.test(norm) && !CLITIC_LOOKALIKE_NAMES.has(norm) && !ARABIC_GIVEN.has(norm)) return false;
      // «استقبال», «استعراض»: a verbal noun of the استفعال form opens no name.
      if (/^است\S{2}ا\S$/.test(norm) && !ARABIC_GIVEN.has(norm)) return false;
      // "بفضل", "بتقديم", "بمدينة": the preposition ب before a noun.
      if (/^ب[تمفق]/.test(norm) && !ARABIC_GIVEN.has(norm)) return false;
    } else if (/^(?:ل[^اوي]|ب[تم])\S{2}/.test(norm) && !CLITIC_LOOKALIKE_NAMES.has(norm) && (ARABIC_GIVEN.has(norm.slice(1)) || !(punctuationAfter(i) || (i + 1 < tokens.length && THAT.has(tokens[i + 1]!.norm))))) {
      // "وليام لعباس" (… to Abbas), "كافانو بتعرية" (… by exposing): a preposition, not a family name.
      // Closing a phrase before punctuation or «إن/أن», it is a family name («أمينة لمغاري،», «سعد لمجرد إن»),
      // unless a given name follows the ل («لعباس»).
      return false;
    }
    return true;
  }
}

/**
 * Records for the names found, plus every later occurrence of the same name in the text: the full name,
 * and the surname alone once the full name is known ("Matteo Salvini … Salvini"). A bare surname after a
 * personal title ("Mr Salvini") joins the full name when the text gives one.
 */
function collect(text: string, tokens: readonly Token[], spans: readonly NameSpan[], coveredBy: ReadonlyArray<CoveringSpan | undefined>, roles: (span: NameSpan) => PersonRole[]): FoundPeople {
  const people = new Map<string, EntityRecord>();
  const rolesById = new Map<string, PersonRole[]>();
  const byFirstNorm = new Map<string, Array<{ norms: string[]; id: string }>>();
  const bySurname = new Map<string, string>();
  const add = (norms: string[], id: string) => {
    const list = byFirstNorm.get(norms[0]!) ?? [];
    if (list.some((entry) => entry.norms.join(' ') === norms.join(' '))) return;
    list.push({ norms, id });
    // Longest name first, so "محمد علي الحسيني" is not cut to a shorter "محمد علي".
    list.sort((x, y) => y.norms.length - x.norms.length);
    byFirstNorm.set(norms[0]!, list);
  };
  const addRoles = (id: string, found: PersonRole[]) => {
    if (found.length === 0) return;
    const list = rolesById.get(id) ?? [];
    for (const role of found) if (!list.some((r) => r.title === role.title && r.organisation === role.organisation)) list.push(role);
    rolesById.set(id, list);
  };
  const conjoined: TokenMention[] = [];
  const fullNames = spans.filter((span) => !span.surnameOnly);
  for (const span of [...fullNames, ...spans.filter((s) => s.surnameOnly)]) {
    const { first, end } = span;
    const skip = span.skip ?? 0;
    const norms = tokens.slice(first, end).map((t) => t.norm);
    if (skip > 0) norms[0] = normaliseForMatch(tokens[first]!.surface.slice(skip));
    const written = text.slice(tokens[first]!.start + skip, tokens[end - 1]!.end);
    // A name written as a hashtag is named with spaces.
    const surface = written.replaceAll('_', ' ');
    const id = span.known ?? ((span.surnameOnly ? bySurname.get(norms[0]!) : undefined) || personId(surface));
    if (span.known) {
      addRoles(id, roles(span));
      continue;
    }
    if (!people.has(id)) {
      const arabic = isArabicScript(surface);
      people.set(id, {
        id,
        kind: 'person',
        names: arabic ? { en: surface, ar: surface } : { en: surface },
        aliases: [{ text: surface, lang: arabic ? 'ar' : 'en' }],
        origin: 'text',
      });
    }
    add(norms, id);
    // The conjunction is outside the name, so the scan below cannot meet this occurrence: noted here.
    if (skip > 0) conjoined.push({ entityId: id, surface: written, start: tokens[first]!.start + skip, end: tokens[end - 1]!.end, firstToken: first, endToken: end });
    const surname = norms.at(-1)!;
    if (norms.length > 1 && surname.length >= 4 && !arabicIn(AR_STOP, surname)) {
      // Two people sharing a surname leave it ambiguous: neither gets the bare surname.
      bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== id ? '' : id);
    }
    addRoles(id, roles(span));
  }
  // A person the gazetteer knows, written in full, is also the bare surname later in the text («محمود عباس …
  // وقال عباس»), though the gazetteer lists no surname alone for them (it could be another's given name).
  for (let t = 0; t < tokens.length; t += 1) {
    const covering = coveredBy[t];
    if (!covering?.entityId.startsWith('person:') || covering.firstToken !== t || covering.endToken - t < 2) continue;
    const surname = tokens[covering.endToken - 1]!.norm;
    if (surname.length >= 4 && !arabicIn(AR_STOP, surname)) bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== covering.entityId ? '' : covering.entityId);
    t = covering.endToken - 1;
  }
  for (const [surname, id] of bySurname) if (id) add([surname], id);

  const mentions: TokenMention[] = [...conjoined];
  const taken = new Set(conjoined.flatMap((m) => Array.from({ length: m.endToken - m.firstToken }, (_, k) => m.firstToken + k)));
  for (let t = 0; t < tokens.length; t += 1) {
    const candidates = byFirstNorm.get(tokens[t]!.norm);
    if (taken.size > 0 && taken.has(t)) continue;
    if (!candidates) continue;
    // Tokens of a full name may carry a country mention ("Jim Jordan", "Jordan Bardella"); extract drops it.
    const free = (i: number, length: number) => {
      const covering = coveredBy[i];
      if (!covering || length === 1) return !covering;
      // A country or a known person's bare surname inside a longer name ("Ivanka Trump").
      return covering.entityId.startsWith('country:') || (covering.entityId.startsWith('person:') && covering.endToken - covering.firstToken === 1);
    };
    const hit = candidates.find(({ norms }) => norms.every((norm, k) => tokens[t + k]?.norm === norm && free(t + k, norms.length)) && (norms.length > 1 || isBareSurname(t)));
    if (!hit) continue;
    const end = t + hit.norms.length;
    const start = tokens[t]!.start;
    const stop = tokens[end - 1]!.end;
    mentions.push({ entityId: hit.id, surface: text.slice(start, stop), start, end: stop, firstToken: t, endToken: end });
    t = end - 1;
  }
  mentions.sort((a, b) => a.start - b.start);
  // A name found only inside a longer one of the same text («Mathias Estrada» in «Jose Mathias Estrada»)
  // is that person: it has no mention of its own and is not kept.
  const mentioned = new Set(mentions.map((m) => m.entityId));
  return { people: [...people.values()].filter((p) => mentioned.has(p.id)), mentions, roles: rolesById };

  /** A surname alone is the person when written as a name: capitalised in Latin script, any Arabic. */
  function isBareSurname(t: number): boolean {
    const surface = tokens[t]!.surface;
    return isArabicScript(surface) || /^\p{Lu}/u.test(surface);
  }
}

/** Mentions without their token spans (the shape stored with articles). */
export function plainMention({ entityId, surface, start, end }: Mention): Mention {
  return { entityId, surface, start, end };
}

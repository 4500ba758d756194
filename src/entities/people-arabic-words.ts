/**
 * The Arabic word lists the people finder reads names by: titles and the words that complete them, words that
 * end a name or show there was none, given names read as words, connectors inside names, and the shapes of
 * verbs and clitics that no name takes.
 */
import { keySet } from './people-arabic-keys.js';
import { normaliseForMatch } from '../text/normalise.js';
import { ARABIC_GIVEN_NAMES } from './people-latin-words.js';

// People the news tells of by what befell them («الطفل …», «اللاجئ السوري …», «المرحوم …»). Without the article
// they are counted, not named («400 مهاجر أفريقي كانوا …»), so only the written article makes them a title.
export const AR_ARTICLE_ROLE_NOUNS = `
  المرحوم المرحومة الفقيد الفقيدة الطفل الطفلة الشاب الشابة المهاجر المهاجرة اللاجئ اللاجئة الطالب الطالبة
  السجين المعتقل المعتقلة الأسير الأسيرة المناضل المناضلة المؤلف المؤلفة العازف العازفة القاص
  اللاعبة الملياردير الممرض الممرضة المدون المدونة الميجور البارونة اللورد الكابتن
  القبطان الرقيب الملاكم المتهم المتهمة الخياط
`;
export const AR_ARTICLE_ROLES = keySet(AR_ARTICLE_ROLE_NOUNS);
// Role nouns that introduce a person directly ("الشاعر محمود درويش", "الناشطة …").
export const AR_ROLE_NOUNS = `
  الفنان الفنانة الشاعر الشاعرة الكاتب الكاتبة الروائي الروائية الممثل الممثلة المخرج المخرجة الناشط
  الناشطة الصحفي الصحفية الصحافي الصحافية الباحث الباحثة الأستاذ الأستاذة المطرب المطربة اللاعب الراحل
  الراحلة الأديب الأديبة المؤرخ المفكر المترجم المترجمة الإعلامي الإعلامية الحقوقي الحقوقية المغني
  المغنية الموسيقار الملحن المصور المصورة الرسام الرسامة الناقد الناقدة المحلل المحللة الأكاديمي
  الفنانتان الكاتبتان الشاعرتان الداعية المبدع المبدعة النجم النجمة الطبيب الطبيبة المهندس المهندسة
  المدرب المدربة الحارس المهاجم المنتج المنتجة المصمم المصممة الحاج الحاجة ${AR_ARTICLE_ROLE_NOUNS}
`;

// Heads of an Arabic title.
export const AR_TITLES = keySet(`
  وزير وزيرة رئيس رئيسة مدير مديرة سفير سفيرة الدكتور الدكتورة السيد السيدة المتحدث المتحدثة
  الناطق الناطقة المستشار المستشارة المفوض المفوضة الأمين نائب نائبة النائب النائبة اللواء العميد
  العقيد المشير الملك الأمير القاضي القاضية المبعوث المبعوثة منسق منسقة ممثل المحامي المحامية
  الخبير الخبيرة عضو وكيل الوالي آمر مندوب مندوبة النقيب المدعو المدعوة الشيخ الشيخة الجنرال البروفيسور
  البروفسور القس الأسقف المطران الكولونيل العمدة مسؤول مسؤولة المسؤول المسؤولة مؤسس مؤسسة زعيم زعيمة
  قائد قائدة المقدم الملازم مراسل مراسلة ${AR_ROLE_NOUNS}
`);

// Heads that introduce a person by themselves ("الدكتور …", "الأمير …", "الشاعر …"). The others ("وزير",
// "رئيس") are followed by a name only after their portfolio or country ("وزير الخارجية الفرنسي …");
// bare, they are usually followed by a verb ("الوزير أبلغ …").

export const AR_PERSONAL_TITLES = keySet(`
  الدكتور الدكتورة السيد السيدة اللواء العميد العقيد المشير الملك الأمير القاضي القاضية المحامي
  المحامية الرئيس الرئيسة النقيب المدعو المدعوة الشيخ الشيخة الجنرال البروفيسور البروفسور القس الأسقف
  المطران الكولونيل العمدة ${AR_ROLE_NOUNS}
`);

// Titles the press puts before a family name alone («الرئيس أردوغان», «الوزير كيكل», «السيد حميش»).
export const AR_SURNAME_TITLES = keySet(`
  الرئيس الرئيسة السيد السيدة الوزير الوزيرة الدكتور الدكتورة القاضي القاضية المحامي المحامية الجنرال
  المستشار المستشارة الشيخ الأستاذ الأستاذة السفير السفيرة الأمير الأميرة الملك الملكة القس
`);

export const AR_ROYAL_TITLES = keySet('الأمير الأميرة الملك الملكة');

// Words that complete a title: portfolios, ranks, bodies. They are skipped between title and name, and
// can never be part of a name (so "وزير الخارجية" never yields a person "الخارجية").
export const AR_TITLE_WORDS = keySet(`
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
export const PLACE_BODY_WORDS = 'بلدية مدينة ولاية محافظة منطقة بلدة قرية مخيم جامعة مستشفى سجن مركز';
export const AR_PLACE_BODIES = keySet(PLACE_BODY_WORDS);

// Words that end a name or show there was none: particles and prepositions, time words, reporting
// verbs and nouns of attribution ("قال وزير الداخلية إن…", "… للصحفيين", "… في بيان").
export const AR_STOP = keySet(`
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
  الأمور وفق وفقا حسب بحسب مشيرا مؤكدا مضيفا موضحا قائلا معتبرا داعيا منددا مشددا مجددا
  مشيرة مؤكدة مضيفة موضحة قائلة معتبرة منددة مشددة نظيره نظيرته نظيرها نظيريه سابقا
  حاليا رسميا هناك هنا فيما بينما بأن لأن كي وهو وهي هو هي الذي نفسه نفسها شخصيا بدوره بدورها
  للمرة مرة مرات ثلاث اثنين خبر قرار إعادة فرض شكل موجب إنشاء مشروع خطة قانون لقاء اتفاق
  فإن وإن بأن لأن ففي وفي بل إحدى أحد عدم مغادرة معارك سياسة تطبيق تنفيذ بدء بدأ بدأت باتت بات سيكون
  يكون تكون الأخيرة الأخير وصل وصلت سببا منح منحها رسو سخرية شغلت شغل يعين تعين نجل نجلة زوجة زوج
  عقيلة حرم شقيق شقيقة ابن ابنة قوله قولها مؤخرا حديثا البالغ البالغة الحائز الحائزة القيادي القيادية بعنوان أجاب أجابت يدعى تدعى
  أف إف آخرين وآخرين حين حينما عندما ولم فلم وقد ولا وما ولن فقد بعينه أنا نحن أنت أنتم هم هن صلى رضي عليه السلام
`);

// Quotation marks around a name: what may stand between the word before and the name, and after it.
export const QUOTE_OPEN = /^[\s\u00A0]*["“«][\s\u00A0]*$/;
export const QUOTE_CLOSE = /^[\s\u00A0]*["”»]/;
// Particles inside a foreign family name («لويجي دي مايو», «فان دير»).
export const PARTICLE_IN_NAME = new Set('دي دو دا فان فون دير دا لو لا'.split(' ').map(normaliseForMatch));
// «وقرر», «فأعلن»: a past verb with the conjunction, which no title runs through.
export const SENTENCE_VERB_PAST = /^[وف](?:ا|أ|إ)?[^ال\s]\S{1,4}$/;
// Words for an unnamed source after a reporting verb («وأفاد مصدر أمني مسؤول»).
export const AR_SOURCES = keySet('مصدر مصادر شاهد شهود مسؤول مسؤولون مسؤولين متحدث ناطق عضو أعضاء خبير خبراء محلل محللون ناشط ناشطون سكان مواطن مواطنون');
// «(34 عاما)», «(34 عاماً)», «(34 سنة)»: an age.
export const AGE_WORDS = new Set('عاما عام عاماً سنة سنوات'.split(' ').map(normaliseForMatch));
// «واسمه ألكس مانسينغ،»: a name given as such.
export const NAMED = new Set('اسمه اسمها واسمه واسمها'.split(' ').map(normaliseForMatch));
// Kin words that open a phrase naming someone by relation («والد الطفل», «شقيقة الضحية»), not a name.
export const AR_KIN = keySet('والد والدة أب أم ابن ابنة أخ أخت شقيق شقيقة زوج زوجة عم عمة خال خالة جد جدة صديق صديقة جار جارة أهالي أهل سكان عائلة أسرة أقارب');
export const HAMZA_AL = /^[أإ]ل/;
// «لموقع», «بتهمة» after two name words: a preposition starts what follows the name.
export const PREPOSITION_BEFORE_NOUN = /^[وف]?[لب][^\s]{3,}$/;
export const BYLINE = normaliseForMatch('بقلم');
// «إن», «أن», «بأن» after a speaker's name: what they said follows.
export const THAT = new Set(['ان', 'بان', 'انه', 'انها']);
export const HE_SHE = new Set(['وهو', 'وهي']);
// The first word of a sentence with the conjunction, as a verb opens it («وأدان», «فرد»).
export const SENTENCE_VERB = /^[وف](?!ال)\S{2,}$/;
// Second words of compound given names.
export const AR_COMPOUND_SECOND = new Set('الدين الإسلام الزهراء العابدين'.split(' ').map(normaliseForMatch));

// A word with a preposition before its article ("بالتواطؤ", "للصحفيين") starts what follows a name.
export const DEFINITE_WITH_PREPOSITION = /^(?:[وف]?[بلك]ال|[وف]?لل)/;

// Reporting verbs that open a sentence before the name of who speaks ("وأبرز لحسن حداد، …").
export const AR_REPORTING = keySet(`
  أبرز أبرزت أفاد أفادت لاحظ لاحظت سجل سجلت نبه نبهت أردف أردفت تابع تابعت استطرد ختم ختمت يقول تقول
  أكدت أوضح أوضحت أشار أشارت أضاف أضافت صرح صرحت اعتبر اعتبرت رأى رأت يرى ترى قال قالت أجاب أجابت
  يدعى تدعى أكد ذكر ذكرت أعلن أعلنت شدد شددت لفت لفتت كشف كشفت حذر حذرت
`);

// Given names that open a name with no title before it («محمد عروشي», «فيليب لازاريني»).
export const ARABIC_GIVEN = new Set(ARABIC_GIVEN_NAMES.map(normaliseForMatch));
// The same after the conjunction و, looked up whole (no slicing of every و-word of a text).
export const ARABIC_GIVEN_CONJOINED = new Set([...ARABIC_GIVEN].map((name) => `و${name}`));

// Maghrebi given names that carry the article; otherwise a name may not start with ال (that is
// almost always an unlisted portfolio word: "رئيس المجلس الرئاسي").
export const AR_NAMES_WITH_ARTICLE = new Set(
  `الباجي المنجي الحبيب الهادي المهدي الطاهر الصادق المنصف الحسين الحسن العربي الأمين المختار
  الطيب المنذر الناصر الجيلاني المولدي البشير الصافي الصغير الهاشمي الشاذلي الناجي الأزهر
  العياشي المكي الفاضل الأسعد الصحبي المعطي المصطفى الجيلالي الميلودي الغالي الحسين`.split(/\s+/).filter(Boolean).map(normaliseForMatch),
);

// Places, bodies and things named after a person: the name after them is theirs, not a person in the news.
export const AR_NAMED_AFTER = keySet(`
  ${PLACE_BODY_WORDS} شارع حي ميدان ساحة جادة طريق مسجد جامع
  مدرسة معهد كلية مطار ميناء جسر سد قاعة مكتبة متحف مؤسسة جائزة كأس ملعب نادي مدرج حديقة قصر برج مستوصف
  عيادة ثانوية إعدادية مجمع قناة سورة سفينة باخرة عملية شركة مجموعة جيش لواء كتيبة فيلق سرايا سان سانت سانتا
`);
// Things whose own name is quoted after them («صحيفة "نيويورك تايمز"», «مؤسسة "أوبن سوسايتي"»): not a person.
export const AR_QUOTED_NAMES_OF = keySet('صحيفة مجلة قناة موقع وكالة فيلم كتاب رواية برنامج مسلسل حزب حركة جمعية منظمة مؤسسة شركة مجموعة أغنية مسرحية عملية حملة');

// Given names that are as often common words (an adjective, a noun, a verb): without a cue they are read as words.
export const AR_WORD_NAMES = new Set(
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

// A third name token is allowed after these (بن, أبو…) or after a compound first name (عبد …).
// «ود» is the Sudanese «son of» («عبد الرحيم ود دقلو»).
export const AR_CONNECTORS = new Set('بن ابن أبو ابو عبد ولد ود آل بو آيت ايت'.split(' ').map(normaliseForMatch));
export const ABD = normaliseForMatch('عبد');
export const SPOKEN_FOR = normaliseForMatch('باسم');
// Kinds of body whose own name follows them («منظمة العفو», «حزب الاستقلال», «مركز الدراسات»).
export const AR_BODIES = keySet('المنظمة الهيئة الجمعية الحزب الحركة المرصد الرابطة المركز النقابة الاتحاد');
// Divine names that are also title words («حفظ السلام»): after عبد they are a name («عبد السلام»).
export const DIVINE_TITLE_WORDS = new Set(['السلام'].map(normaliseForMatch));
export const AR_COMPOUND_FIRST = new Set('عبد أبو ابو'.split(' ').map(normaliseForMatch));

// An imperfect verb ("يقدم", "يدرك") right after a title reads like a first name; given names that
// start with ي followed by a consonant are listed so they still pass.
export const AR_YA_NAMES = new Set('يحيى يزيد يعقوب يسرى يسري يمنى يلدريم يلفا'.split(' ').map(normaliseForMatch));
export const IMPERFECT_VERB = /^ي[^اوي]/;
// «سيعود», «ستكون»: a verb in the future.
export const FUTURE_VERB = /^س[يتن][^اوي]/;
// «ظلما», «دائما», «رئيسا»: a short word with the accusative alef is an adverb or a predicate, not a family name.
export const SHORT_ACCUSATIVE = /^[^\s]{2,4}ا$/;
export const GOD = normaliseForMatch('الله');
// «أمنه القومي» (its national security) folds onto «آمنة»; «أيهم» is "which of them".
export const NEVER_UNCUED = new Set(['آمنة', 'أيهم'].map(normaliseForMatch));
// A first token opening with the conjunction و or the preposition ل before a consonant is "and …" /
// "for …" far more often than a name (وليام, لوران, ليلى have a vowel letter next); the listed names
// are the exceptions seen in news.
export const CLITIC_BEFORE_CONSONANT = /^[ول][^اويل]/;
export const CLITIC_LOOKALIKE_NAMES = new Set('لطفي لبنى لمياء ولد وجدي وسام ونستون'.split(' ').map(normaliseForMatch));

// Verbs of saying whose subject, right after them, is often a person the press names with nothing else
// to cue it («وقال كارستن هيس إن», «وأوضحت آنا غالاند، …»).
export const AR_SPEECH_VERBS = keySet(`
  قال قالت أكد أكدت أوضح أوضحت أضاف أضافت صرح صرحت يقول تقول أشار أشارت اعتبر اعتبرت رأى رأت يرى ترى
  أفاد أفادت لفت لفتت شدد شددت حذر حذرت ذكر ذكرت أعلن أعلنت
`);
// Of those, the ones that take «إلى أن» before what was said («وأشار ماتي غارسيا إلى أن …»).
export const AR_POINTING_VERBS = keySet('أشار أشارت لفت لفتت');
// Words for who speaks that are no name: groups, media, people described by what they are («تقارير»,
// «وسائل», «شهود»), read after a verb of saying.
export const AR_NOT_SPEAKERS = keySet(`
  تقارير وسائل شهود علماء نشطاء خبراء مسعفون مسؤولون محامو منظمو موقعو منتقدو مؤيدو رفاق عدة أحد إحدى بعض
  هؤلاء أولئك كل جميع معظم غالبية أغلب عناصر قوات أجهزة جماعات جماعة منظمات مصادر مصدر سلطات تقرير دراسة
  بيان رسالة صحف صحيفة وكالة شرطة حكومة إدارة مكتب محكمة مجلس لجنة هيئة نائب دبلوماسي دبلوماسيون امرأة رجل
  شاب فتاة طفل سيدة مواطن مواطنة لاجئ مهاجر طبيب محام محامي قاض حاكم محافظ مراسل مراسلة ممثل متحدث متحدثة
  مسؤول مسؤولة خبير باحث محلل أستاذ رئيس مدير وزير سفير ناشط ناشطة شاهد موظف موظفو عامل عمال سكان
`);

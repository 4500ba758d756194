/**
 * Word lists the organisation finder (organisations-found.ts) reads names with: the head nouns a body's
 * name is built on in English, French and Arabic, the words that join a name's parts, and the generic
 * words that alone do not make a proper name ("the Interior Ministry", «مجلس النواب»). Kept apart so the
 * finder's logic reads on its own. Parties, universities, companies, clubs and media are left out on
 * purpose: the desk follows bodies acting on migration, rights and rescue.
 */
import { normaliseForMatch } from '../text/normalise.js';
import { aliasKey } from '../text/tokens.js';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Capitalised head nouns of a body's name, as written ("Council", « Comité »). */
export const LATIN_HEADS = words(`
  Council Committee Commission Association Society Coalition Center Centre Foundation Network Observatory
  League Union Institute Court Office Agency Ministry Department Service Services Federation Fund Project
  Collective Alliance Organization Organisation Authority Directorate Secretariat Bureau Guard Trust
  Initiative Watch Mission Board Tribunal Forum
  Conseil Comité Fondation Collectif Ligue Observatoire Préfecture Ministère Réseau Fédération Agence
  Direction Secrétariat Cour Coordination Défenseur Auberge Syndicat Commissariat Brigade Gendarmerie
  Fonds Plateforme Platform Groupe
`);

/**
 * French heads whose name goes on in lower case (« Fédération des associations d'accueil des exilés », « Tribunal
 * administratif de Montreuil », « Défenseur des droits »).
 */
export const FRENCH_LOWER_CASE_HEADS = words(`
  Conseil Comité Fondation Collectif Ligue Observatoire Préfecture Ministère Réseau Fédération Agence
  Direction Cour Coordination Défenseur Tribunal Association Auberge Syndicat Office Gendarmerie
  Fonds Plateforme Groupe Service
`);

/** Lower-case French adjectives that a body's name carries right after its head. */
export const FRENCH_NAME_ADJECTIVES = words(`
  administratif administrative européenne européen national nationale maritime international internationale
  général générale régional régionale départemental départementale supérieur supérieure fédéral fédérale
  constitutionnel constitutionnelle humanitaire français française central centrale internationaux
  internationales nationaux nationales européens européennes régionaux régionales humanitaires
  correctionnel correctionnelle judiciaire pénal pénale
`);

/**
 * Words joining the parts of a name ("Office for Immigration Review", « Ligue des droits de l'homme »).
 * "in" and « en » are left out: what follows them is mostly where the body is ("… Seekers in Texas").
 */
export const NAME_CONNECTORS = words(`of for on and the de des du d l la le les pour aux au à sur et`);
/** Small words an acronym may or may not spell ("Lawyers for Young Newcomers (LYN)"). */
export const ACRONYM_SKIPPABLE = words(`of for on and the in de des du d l la le les pour aux au à sur et en`);
/** Connectors that may join two lower-case French words of a name (« Office central de lutte contre … »). */
export const FRENCH_CONNECTORS = words(`de des du d l la les pour aux au à et contre`);

/** Lower-case words that introduce a body's own name: « l'association Solidarité Exilés 56 », "the nonprofit …". */
export const NAME_CUES = words(`association ONG collectif NGO nonprofit non-profit charity`);

/**
 * Words that say a body works on what the desk follows — migration, asylum, refugees, rescue, aid,
 * borders — lower-cased ("Coalition for Immigrant Families", « Fédération des associations
 * d'accueil des exilés »). A body found by shape alone must carry one: a senate committee, a football federation
 * or a news agency is an organisation, but not one a migration desk follows. Human rights alone is not
 * enough (a parliament's rights subcommittee, a civil-rights group): the rights of migrants are.
 */
export const LATIN_SCOPE_WORDS = matchingForms(`
  refugee refugees migrant migrants migration migrations immigrant immigrants immigration emigration asylum
  humanitarian rescue relief displaced exile exiles charity charitable solidarity integration
  citizenship newcomers diaspora trafficking smuggling resettlement deportation deportations
  border borders sanctuary alien aliens
  réfugiés réfugié migrants migrant immigrés immigré exilés exilé asile humanitaire sauvetage secours
  frontières frontière solidarité solidarités humanitaires accueil intégration étrangers sans-papiers papiers apatrides
  expulsions expulsion expulsé expulsés rétention oqtf passeurs passeur naufrage naufragés
  smugglers smuggler traffickers
  migrations migration immigration préfecture
`);

/**
 * French heads written in lower case inside a sentence whose name is the capitalised place after them
 * (« la préfecture du Pas-de-Calais »): a prefecture issues residence permits and expulsion orders, so
 * the desk follows it whatever its name says (« préfecture » is a scope word above).
 */
export const FRENCH_LOWER_CASE_PLACE_HEADS = words(`préfecture tribunal cour service office agence direction`);

/**
 * Heads of a French court's name (lower-cased): a court's name seldom says what it rules on (« le
 * tribunal administratif de Lille »), so it is kept when the words around it are about migration
 * (organisations-found.ts), as the labels keep courts that rule on migration matters. English courts
 * are left out: "Superior Court", "the District Court" alone name no particular court.
 */
export const COURT_HEADS = words(`tribunal cour`);

/** Words written in the possessive inside a body's name ("Women's Refugee Commission", "Children's Law Center"). */
export const NAME_POSSESSIVES = words(`Women Children People Men Workers Citizens Migrants Refugees Veterans`);

/** Words in the form tokens carry as `norm` (lower case, no accents: « réfugiés » is read as refugies). */
function matchingForms(list: string): Set<string> {
  return new Set([...words(list)].map((word) => normaliseForMatch(word)));
}

/** The same in Arabic, keyed without the article (looked up under every proclitic reading). */
export const ARABIC_SCOPE_WORDS = new Set(
  `لاجئ لاجئة لاجئين لاجئون اللاجئين مهاجر مهاجرين مهاجرون المهاجرين هجرة الهجرة هجرات الهجرات لجوء اللجوء
  إنسانية الإنسانية إغاثة الإغاثة خيرية الخيرية إنقاذ الإنقاذ مغتربين المغتربين
  جالية الجالية نازحين النازحين اندماج الاندماج إدماج الإدماج الجوازات مهجرين المهجرين مهاجرات المهاجرات
  لاجئات اللاجئات أجانب الأجانب الاتجار الإتجار المهجر غوث الغوث مهاجرا لاجئا إنساني الإنساني`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => aliasKey(normaliseForMatch(w))),
);

/** Articles that open a name but are not part of its key ("the Council of …", « la Ligue … »). */
export const LEADING_ARTICLES = words(`the le la les l`);

/**
 * Words that, with a head, make only a generic body ("Interior Ministry", « ministère de l'Intérieur »,
 * "Foreign Office"): such a name needs a country or another word of its own to be someone's.
 */
export const LATIN_GENERIC = words(`
  Interior Foreign Home Justice Defence Defense Affairs National Federal State Executive General Supreme
  High Public Central Regional Local City County Security Immigration Migration Health Finance Labour Labor
  Education Intérieur intérieur Affaires affaires étrangères Étrangères Justice Santé Défense Travail État Etat
  Ministry Ministère Department Office Council Court Committee Commission Service Services Agency Board Group
  Cour Conseil Comité Direction Tribunal constitutionnel constitutionnelle administratif supérieur suprême
  Supérieur d de des du l la le of the for Haut Commissariat
`);

/**
 * Words that make a name a university's or a school's ("UCLA Center for Immigration Law", "Harvard Law
 * School Immigration Clinic", « Université de Lille »): the desk, like the dev set's labels, leaves
 * universities and their research centres out.
 */
export const ACADEMIC_WORDS = words(`University Université Universidad Università College School Faculty Faculté UC UCLA USC NYU MIT CUNY SUNY`);

/**
 * Last words of a law's own name ("Secure the Border Act", "Migrant Protection Protocols"): such a name
 * that says it is about migration (PROCESS_SCOPE_WORDS) is a process the desk follows, as the dev set's
 * labels take US immigration bills. Programmes are left out: a city's rental-aid programme for asylum
 * seekers is not one the labels keep.
 */
export const NAMED_PROCESS_WORDS = words(`Act Protocols`);

/** What a law's name must say to be about migration: rescue, relief or integration are too wide ("American Rescue Plan Act"). */
export const PROCESS_SCOPE_WORDS = matchingForms(`
  refugee refugees migrant migrants migration immigrant immigrants immigration asylum border borders alien aliens
  deportation deportations trafficking traffickers smuggling citizenship nationality dream dreamers visa visas
`);

/** Last words that make a name a law or a programme, not a body ("Temporary Protected Status"). */
export const PROCESS_WORDS = words(`Act Status Program Programme Agreement Plan Pact Compact Protocol Convention Regulation Directive Law Bill Treaty Accord`);

const arabicKeys = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map((w) => aliasKey(normaliseForMatch(w))));

/** Arabic head nouns, keyed without the article (a token is looked up under every proclitic reading). */
export const ARABIC_HEADS = arabicKeys(`
  جمعية مؤسسة منظمة مركز مرصد هيئة لجنة رابطة اتحاد شبكة مجلس وزارة محكمة مكتب مديرية إدارة مفوضية
  وكالة ائتلاف تحالف فيدرالية مصلحة دائرة منتدى مبادرة بعثة صندوق نقابة لجان معتمدية
`);

/**
 * Arabic words that, with a head, make only a generic body («وزارة الداخلية», «مجلس النواب», «اللجنة
 * الدولية»): a name needs one word besides these (and besides a country's nisba) to be a proper name.
 */
export const ARABIC_GENERIC = arabicKeys(`
  الداخلية الخارجية العدل الدفاع المالية الصحة التعليم التربية العمل الشغل الاقتصاد الخزانة الاتصال
  الإعلام الوزراء النواب الشيوخ الشعب الأمة الدولة الأمن الحكومة الرئاسة الرئاسي الرئيس الرئيسي العسكري
  الوطني الوطنية الدولي الدولية الأعلى العليا العام العامة التنفيذي التنفيذية الإقليمي الإقليمية المحلي
  المحلية المركزي المركزية الأوروبي الأوروبية الاتحادي الاتحادية المشترك المشتركة الخاص الخاصة المستقل
  المستقلة الجديد الجديدة الحالي الحالية السابق السابقة الشؤون شؤون المختصة المعنية الحكومي الحكومية
  الاستئناف النقض الابتدائية العسكرية الجنائية الإدارية العليا الدستورية التأديبية الجهوية الأولى
  السلطة الشورى البلدي البلدية الولاية الإدارة الأمريكية الأميركية الاتحاد
`);

/** Words that end an Arabic name: particles, time words, reporting verbs ("… في", "… الأحد", "… إن"). */
export const ARABIC_STOP = new Set(
  `إن أن في من على إلى عن مع قد كان كانت التي الذي الذين هذا هذه ذلك تلك خلال بعد قبل عند حتى حيث كما
  لكن أو ثم منذ عبر بين ضد حول نحو لدى أمام إزاء تجاه بسبب بشأن ضمن دون عقب إثر رغم وسط اليوم أمس غدا
  يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء الماضي المقبل الجاري
  الأسبوع الشهر السنة العام الماضية المقبلة أيضا قال قالت أكد أكدت أعلن أعلنت أوضح أوضحت أشار أشارت
  أضاف أضافت لا لم لن ما هل كل بعض غير جميع الأخيرة الأخير والذي والتي اللذين اللتين`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => normaliseForMatch(w)),
);

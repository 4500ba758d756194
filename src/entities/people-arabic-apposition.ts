/**
 * Arabic names that close a title whose words the lists do not know: «وقالت رئيسة بلدية برشلونة أدا كولاو إن»,
 * «وقال مراسل بي بي سي في بودابست نك ثورب إن», «وقالت المتحدثة باسم وزارة الأمن الداخلي، كاتي والدمان، …».
 * The title's head is known, the body or place after it is not, and the name's given name is on no list:
 * only the frame shows the name — a reporting verb before the title, and «إن/أن» or commas around the name.
 */
import { arabicIn, keySet } from './people-arabic-keys.js';
import {
  ARABIC_GIVEN, AR_BODIES, AR_COMPOUND_FIRST, AR_CONNECTORS, AR_KIN, AR_NAMED_AFTER, AR_NAMES_WITH_ARTICLE, AR_NOT_SPEAKERS, AR_REPORTING, AR_SOURCES,
  AR_SPEECH_VERBS, AR_STOP, AR_TITLE_WORDS, AR_YA_NAMES, FUTURE_VERB, IMPERFECT_VERB, THAT,
} from './people-arabic-words.js';
import { foreignShaped, isArabicTitleHead, isNisbaFamily } from './people-arabic-shapes.js';
import { isArabicScript } from '../text/normalise.js';
import { aliasKey } from '../text/tokens.js';
import type { NameSpan } from './people-spans.js';
import type { ArabicText } from './people-arabic-text.js';

// The title may run this many words between its head and the name («مساعدة وزير الخارجية الأمريكية لشؤون السكان …»).
const TITLE_REACH = 9;
// Prepositions a title runs through («مراسل بي بي سي في بودابست», «المبعوث إلى ليبيا», «النائب عن حزب …»).
const TITLE_PREPOSITIONS = new Set(['في', 'الي', 'عن', 'لدي', 'من']);
// «، إذ استطاع، …»: «as, when» opening a clause between commas (not the Amazigh «إذ» of «حسن إذ بلقاسم», which no comma opens).
const WHEN = new Set(['اذ', 'اذا']);
const COMMA_ONLY = /^[\s\u00A0]*[,،][\s\u00A0]*$/;

/**
 * At «إن/أن», or the preposition the opening verb takes («كشف … عن»), at token `t`: the two name words before it (three with a connector or a listed given name before
 * them) closing a title opened right after a reporting verb («وأعلن وزير الخارجية الإيراني حسين أمير عبد
 * اللهيان أن …»).
 */
export function arabicNameClosingTitle(s: ArabicText, t: number, lastEnd: number): NameSpan | undefined {
  const { tokens } = s;
  const that = THAT.has(tokens[t]!.norm);
  if (!(that || VERB_OBJECT_PREPOSITIONS.has(tokens[t]!.norm)) || t < 4 || !s.adjacent(t - 1, t)) return undefined;
  const end = that ? nameEndBefore(s, t) : t;
  const first = nameStartBefore(s, end, lastEnd);
  if (first === undefined) return undefined;
  const titleStart = titleBefore(s, first, false);
  if (titleStart === undefined) return undefined;
  // «كشف … عن», «أكد … على», «دعا … إلى»: the preposition is the opening verb's, so the verb must take it.
  return that || (titleStart > 0 && arabicIn(AR_VERBS_WITH_PREPOSITION, tokens[titleStart - 1]!.norm)) ? { first, end, titleStart } : undefined;
}

// The prepositions a verb of saying takes before what was said, and the verbs that take them.
export const VERB_OBJECT_PREPOSITIONS = new Set(['عن', 'علي', 'الي']);
const AR_VERBS_WITH_PREPOSITION = keySet('كشف كشفت أكد أكدت شدد شددت دعا دعت أشار أشارت لفت لفتت أعرب أعربت تحدث تحدثت حذر حذرت');

/**
 * Where a speaker's name ends before «إن» at `t`: right before it, or before what the press puts between —
 * whom they told («… لوكالة إن», «… للصحفيين إن»), where («… في بيان إن») or when («… الأحد إن»).
 */
function nameEndBefore(s: ArabicText, t: number): number {
  const { tokens } = s;
  const word = (i: number) => tokens[i]!.norm;
  if (t >= 6 && word(t - 2) === 'في' && arabicIn(SAID_IN, word(t - 1)) && s.adjacent(t - 3, t - 2)) return t - 2;
  if (t >= 5 && s.adjacent(t - 2, t - 1) && (WEEKDAYS.has(aliasKey(word(t - 1))) || (/^ل/.test(word(t - 1)) && (arabicIn(AR_STOP, word(t - 1)) || word(t - 1).startsWith('لل'))))) return t - 1;
  return t;
}
// «في بيان», «في تصريحات»: the statement a speaker made.
const SAID_IN = keySet('بيان تصريح تصريحات مؤتمر مقابلة حديث كلمة رسالة');
const WEEKDAYS = keySet('الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس');

/**
 * At the first word after a comma (token `t`): a name set off by commas after a title written in full
 * («وقالت المتحدثة باسم وزارة الأمن الداخلي، كاتي والدمان، السبت، إن», «مع مساعدة وزير الخارجية الأمريكية
 * لشؤون السكان واللاجئين والهجرة، كارول أوكونيل، بحث …»): two or three name words, closed by a comma.
 */
export function arabicNameAfterTitleComma(s: ArabicText, t: number, lastEnd: number): NameSpan | undefined {
  const { tokens } = s;
  if (t < 2 || t <= lastEnd || !s.commaRightAfter(t - 1) || !COMMA_ONLY.test(s.between(t - 1, t))) return undefined;
  // Runs at every comma: the comma that closes the name is looked for first.
  const end = [t + 2, t + 3].find((e) => e <= tokens.length && s.commaRightAfter(e - 1) && Array.from({ length: e - t - 1 }, (_, k) => s.adjacent(t + k, t + k + 1)).every(Boolean));
  if (end === undefined) return undefined;
  if (end - t === 3 && !(AR_CONNECTORS.has(tokens[t + 1]!.norm) || ARABIC_GIVEN.has(tokens[t]!.norm) || AR_COMPOUND_FIRST.has(tokens[t]!.norm))) return undefined;
  if (!namePair(s, t, end)) return undefined;
  const titleStart = titleBefore(s, t, true);
  return titleStart === undefined ? undefined : { first: t, end, titleStart };
}

/** Where the name that ends before token `end` starts: two words, one further back after a connector or for a given name. */
function nameStartBefore(s: ArabicText, end: number, lastEnd: number): number | undefined {
  const { tokens } = s;
  let first = end - 2;
  if (first - 1 > lastEnd && AR_CONNECTORS.has(tokens[first]!.norm) && s.adjacent(first - 1, first)) first -= 1;
  if (first - 1 > lastEnd && s.adjacent(first - 1, first) && (ARABIC_GIVEN.has(tokens[first - 1]!.norm) || AR_COMPOUND_FIRST.has(tokens[first - 1]!.norm)) && !s.coveredBy[first - 1]) first -= 1;
  if (first <= lastEnd || !s.adjacent(first, first + 1)) return undefined;
  return namePair(s, first, end) ? first : undefined;
}

/** Tokens `first`..`end` read as a name and not as the last words of a title, a body or a phrase. */
function namePair(s: ArabicText, first: number, end: number): boolean {
  const { tokens, coveredBy } = s;
  for (let i = first; i < end; i += 1) {
    const norm = tokens[i]!.norm;
    if (coveredBy[i] || !isArabicScript(norm) || isArabicTitleHead(norm) || arabicIn(AR_TITLE_WORDS, norm)) return false;
    if (!s.isArabicNameToken(i, i - first) && !(i > first && AR_CONNECTORS.has(tokens[i - 1]!.norm)) && !familyWithConjunction(s, i, i === end - 1 && i > first)) return false;
  }
  const opener = tokens[first]!.norm;
  const last = tokens[end - 1]!.norm;
  const given = ARABIC_GIVEN.has(opener) || AR_COMPOUND_FIRST.has(opener);
  if (opener.startsWith('ال') && !AR_NAMES_WITH_ARTICLE.has(opener)) return false;
  if (WHEN.has(opener) || [AR_BODIES, AR_NAMED_AFTER, AR_SOURCES, AR_NOT_SPEAKERS, AR_KIN].some((set) => arabicIn(set, opener))) return false;
  if (given) return true;
  // «أي حد يمكن أن»: a verb in the present or the future is what follows a noun, not a family name.
  if (tokens.slice(first, end).some((token) => (IMPERFECT_VERB.test(token.norm) && !AR_YA_NAMES.has(token.norm)) || FUTURE_VERB.test(token.norm))) return false;
  // A plural, a feminine noun or an adjective is what a title or a phrase ends on («مقابلة تلفزيونية», «ثوار …»).
  const surface = (i: number) => tokens[i]!.surface;
  if (/(?:ون|ين|ات|اء)$/.test(opener) || surface(first).endsWith('ة') || surface(end - 1).endsWith('ة') || /(?:ون|ين|ات)$/.test(last)) return false;
  // A definite word after an indefinite one is a noun and its complement («ثوار الزنتان»), unless shaped like a family name.
  if (last.startsWith('ال') && !(isNisbaFamily(last) && !surface(end - 1).endsWith('ى'))) return false;
  if (last.endsWith('ي') && !last.startsWith('ال') && !foreignShaped(last, true)) return false;
  return true;
}

/**
 * The head of a title whose words run, with no punctuation, up to token `first` (the name): within reach,
 * opened by a reporting verb (or, before a comma, by anything: the commas frame the name). The words between
 * are a title's complement: no particle, verb or known person.
 */
function titleBefore(s: ArabicText, first: number, comma: boolean): number | undefined {
  const { tokens, coveredBy } = s;
  const last = first - 1;
  for (let h = last; h >= 0 && first - h <= TITLE_REACH; h -= 1) {
    if (h < last && !s.adjacent(h, h + 1)) return undefined;
    const norm = tokens[h]!.norm;
    if (coveredBy[h]?.entityId.startsWith('person:')) return undefined;
    if (isArabicTitleHead(norm)) {
      // The title says something of the name only with words after its head («رئيسة بلدية برشلونة»), unless commas frame the name.
      if (!comma && h === last) return undefined;
      if (h === 0) return comma ? h : undefined;
      const before = tokens[h - 1]!.norm;
      const opened = !s.adjacent(h - 1, h) || arabicIn(AR_REPORTING, before) || arabicIn(AR_SPEECH_VERBS, before) || s.sentenceVerbBefore(h);
      return comma || opened ? h : undefined;
    }
    // A particle or a verb ends the title; a word of a body's name that only reads as one after a clitic («بلدية») does not.
    if (!coveredBy[h] && !TITLE_PREPOSITIONS.has(norm) && isArabicScript(norm) && !arabicIn(AR_TITLE_WORDS, norm) && particleOrVerb(norm)) return undefined;
  }
  return undefined;
}

/** A stopword as written, or after the conjunction و/ف; a medium a correspondent works for is a title's word («مراسل قناة …»). */
function particleOrVerb(norm: string): boolean {
  const own = aliasKey(norm);
  return !MEDIA.has(own) && (AR_STOP.has(own) || (/^[وف]/.test(own) && AR_STOP.has(own.slice(1))));
}
const MEDIA = keySet('وكالة صحيفة قناة إذاعة موقع');

/**
 * «كاتي والدمان،», «… فالدمان،»: a family name whose first letters read as «و/ف» and the article, as the last word of a name
 * closed by a comma; a noun so written («والتعاون») is a title's or a list's.
 */
function familyWithConjunction(s: ArabicText, i: number, last: boolean): boolean {
  const norm = s.tokens[i]!.norm;
  return last && s.commaRightAfter(i) && /^[وف]ال\S{3,}$/.test(norm) && !/(?:ات|ون|ين|ه)$/.test(norm) && !arabicIn(AR_TITLE_WORDS, norm) && !arabicIn(AR_STOP, norm);
}

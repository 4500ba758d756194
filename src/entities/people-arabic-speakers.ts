/**
 * Arabic names framed by what is said around them: after a reporting verb («وقالت لورا كونزبرغ، …»), before
 * a role in apposition («سلمى الفرجاني، المتحدثة باسم …»), before «، وهو …» or between commas before «إن».
 */
import { arabicIn } from './people-arabic-keys.js';
import {
  ARABIC_GIVEN, AR_BODIES, AR_COMPOUND_FIRST, AR_CONNECTORS, AR_KIN, AR_NAMED_AFTER, AR_NAMES_WITH_ARTICLE, AR_NOT_SPEAKERS, AR_POINTING_VERBS, AR_QUOTED_NAMES_OF,
  AR_REPORTING, AR_SOURCES, AR_SPEECH_VERBS, NAMED, THAT,
} from './people-arabic-words.js';
import { foreignShaped, isArabicTitleHead, isNisbaFamily } from './people-arabic-shapes.js';
import type { NameSpan } from './people-spans.js';
import type { ArabicText } from './people-arabic-text.js';

/**
 * «وقالت لورا كونزبرغ، المحررة …», «وقال رامي السيد، الذي …», «أكدت رجاء الشريف، والدة …»: the speaker
 * named right after a reporting verb, two or three name words closed by a comma or colon. Something must
 * show a name: a listed given name, a transliterated foreign word, or a family name with the article and
 * the nisba ending. What speaks in the plural or as a body («وقال علماء بيئة،», «وقالت مصادر أمنية،»,
 * «وقالت شركة أريفا،», «وقال والد الطفل،») shows none of these or is a body or kin word.
 */
export function arabicSpeakerAfterVerb(s: ArabicText, t: number): NameSpan | undefined {
  const { tokens } = s;
  // Runs on every word: the comma or colon that closes the name is looked for first, without slicing.
  if (!s.commaRightAfter(t + 1) && !s.commaRightAfter(t + 2)) return undefined;
  if (t < 1 || !s.adjacent(t - 1, t) || !(arabicIn(AR_REPORTING, tokens[t - 1]!.norm) || NAMED.has(tokens[t - 1]!.norm))) return undefined;
  const first = tokens[t]!.norm;
  if ((first.startsWith('ال') && !AR_NAMES_WITH_ARTICLE.has(first)) || arabicIn(AR_NAMED_AFTER, first) || arabicIn(AR_BODIES, first) || arabicIn(AR_KIN, first)) return undefined;
  const given = ARABIC_GIVEN.has(first);
  if (!given && /(?:ون|ين|ات|ه)$/.test(first)) return undefined;
  for (let end = t + 2; end <= t + 3 && end <= tokens.length; end += 1) {
    if (!s.adjacent(end - 2, end - 1) || !s.isArabicNameToken(end - 1, end - 1 - t)) return undefined;
    if (!/^[\s\u00A0]*[,،:]/.test(s.between(end - 1, end))) continue;
    if (!s.isArabicNameToken(t, 0)) return undefined;
    const last = tokens[end - 1]!.norm;
    return given || foreignShaped(first) || foreignShaped(last, true) || isNisbaFamily(last) ? { first: t, end } : undefined;
  }
  return undefined;
}

/**
 * A name given before its role, in apposition: «سلمى الفرجاني، المتحدثة باسم…», «"كارلو بيانكي"،
 * المفوض…». At a title head after a comma, the two or three name tokens before the comma are the
 * person when a boundary (punctuation, a quote, a reporting verb or particle) opens them.
 */
export function arabicNameBeforeRole(s: ArabicText, t: number, lastEnd: number): NameSpan | undefined {
  const { tokens } = s;
  if (t < 2) return undefined;
  const comma = /^["”»']?[\s\u00A0]*[,،][\s\u00A0]+$/.test(s.between(t - 1, t));
  // Without the comma, a reporting verb two to four words back is needed: checked before the scan, which is dear.
  if (!comma && !(s.adjacent(t - 1, t) && [t - 3, t - 4, t - 5].some((i) => i >= 0 && arabicIn(AR_REPORTING, tokens[i]!.norm)))) return undefined;
  let first = t;
  while (first > lastEnd && t - first < 3 && (first === t || s.adjacent(first - 1, first)) && s.isArabicNameToken(first - 1, 1)) first -= 1;
  // «عبد المنعم أبو الفتوح، رئيس …», «وقال عبد السلام كاجمان نائب …»: a compound given name reaches one word further back.
  const compoundAt = (i: number) => i - 1 > lastEnd && s.adjacent(i - 1, i) && AR_COMPOUND_FIRST.has(tokens[i - 1]!.norm) && s.divineName(i) && t - i <= 3;
  // «عبد السلام» stops the scan at its second word, which reads as a common word.
  const compound = compoundAt(first) || (first - 1 > lastEnd && s.adjacent(first - 1, first) && compoundAt(first - 1) && t - first <= 2);
  if (compound) first -= compoundAt(first) ? 1 : 2;
  // Without the comma («وقالت ليفيا مانانت مسؤولة العمليات…») only right after a reporting verb, which may
  // stand before the name or just before its first word when the scan took one word too many.
  if (!comma) {
    const verbAt = [first - 1, first].find((i) => i >= 0 && i < t - 1 && arabicIn(AR_REPORTING, tokens[i]!.norm) && s.adjacent(i, i + 1));
    if (verbAt === undefined || t - (verbAt + 1) < 2) return undefined;
    const from = verbAt + 1;
    if (!compound && !(from > first || s.isArabicNameToken(from, 0))) return undefined;
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
  if ((compound || s.isArabicNameToken(first, 0)) && s.openedAt(first)) return { first, end: t };
  if (compound) return { first, end: t };
  // «ويرى في هذا الصدد صبري لحو، الخبير في …», «إحالة توفيق بوعشرين، مدير نشر …»: a given name and a role
  // after the comma frame the name though nothing opens it; the word before is then outside it.
  const from = s.isArabicNameToken(first, 0) && ARABIC_GIVEN.has(tokens[first]!.norm) ? first : first + 1;
  const framed = t - from >= 2 && ARABIC_GIVEN.has(tokens[from]!.norm) && !AR_CONNECTORS.has(tokens[from - 1]!.norm);
  return framed ? { first: from, end: t } : undefined;
}

/**
 * «سالم الورفلي، وهو مهاجر ليبي، …»: two name words before «، وهو/وهي» describing them, opened by
 * punctuation, a particle or a verb.
 */
export function arabicNameDescribed(s: ArabicText, t: number, lastEnd: number): NameSpan | undefined {
  const first = t - 2;
  if (first < lastEnd || !/^[\s\u00A0]*[,،][\s\u00A0]*$/.test(s.between(t - 1, t)) || !s.adjacent(first, first + 1)) return undefined;
  if (!s.isArabicNameToken(first, 0) || !s.isArabicNameToken(first + 1, 1)) return undefined;
  return s.openedAt(first) || s.sentenceVerbBefore(first) ? { first, end: t } : undefined;
}

/**
 * The speaker set off by commas before what they said, after a reporting verb and their role: «وذكرت
 * المحررة السابقة في الموقع، شابينا خاطري، إن …». Two name words between commas, then إن/أن.
 */
export function arabicSpeakerBeforeThat(s: ArabicText, t: number, lastEnd: number): NameSpan | undefined {
  const { tokens } = s;
  const first = t - 2;
  if (first <= lastEnd || first < 1) return undefined;
  const commaBefore = (i: number) => /^[\s\u00A0]*[,،][\s\u00A0]*$/.test(s.between(i - 1, i));
  if (!commaBefore(t) || !commaBefore(first) || !s.adjacent(first, first + 1)) return undefined;
  if (!s.isArabicNameToken(first, 0) || !s.isArabicNameToken(first + 1, 1)) return undefined;
  // A reporting verb opens the sentence the speaker closes (within a few words, no full stop between).
  for (let i = first - 1; i >= Math.max(0, first - 12); i -= 1) {
    if (arabicIn(AR_REPORTING, tokens[i]!.norm)) return { first, end: t };
    if (i > 0 && /[.!?؟\n]/.test(s.between(i - 1, i))) return undefined;
  }
  return undefined;
}

// «إننا», «إنني», «إنهم» after a verb of saying open what is said.
const WE_I_THEY = /^ان(?:نا|ني|هم|ه|ها)$/;

/**
 * «وقال كارستن هيس إن …», «وأوضحت آنا غالاند، …», «وأشار ماتي غارسيا إلى أن …»: two name words right after a
 * verb of saying, closed by a comma, a colon or «إن/أن», are who speaks, though no given name list knows them.
 * What else speaks there is a body, a group or a described source («وقالت تقارير إعلامية إن», «وقال مصدر
 * مطلع إن», «وقالت شركة تسلا،», «وقال الوزير اليمني إن»): it opens on a word for one, carries the article, or
 * ends like a plural, a feminine noun or an adjective.
 */
export function arabicSpeakerByShape(s: ArabicText, t: number): NameSpan | undefined {
  const { tokens } = s;
  if (t < 1 || t + 2 >= tokens.length || !s.adjacent(t - 1, t) || !s.adjacent(t, t + 1)) return undefined;
  const verb = tokens[t - 1]!.norm;
  if (!arabicIn(AR_SPEECH_VERBS, verb)) return undefined;
  const end = t + 2;
  const next = tokens[end]!.norm;
  // «… إن», «… إلى أن»: what the speaker said follows the name.
  const closed = s.commaRightAfter(end - 1) || (s.adjacent(end - 1, end) && (THAT.has(next) || (next === 'الي' && arabicIn(AR_POINTING_VERBS, verb))));
  if (!closed) return undefined;
  const [first, second] = [tokens[t]!.norm, tokens[t + 1]!.norm];
  // «اعتبرت اختباراً رئيسياً»: an accusative is what was said, not who said it.
  if (first.length < 3 || second.length < 2 || first.endsWith('ا')) return undefined;
  if (first.startsWith('ال') || WE_I_THEY.test(first) || arabicIn(AR_NOT_SPEAKERS, first) || arabicIn(AR_SOURCES, first) || arabicIn(AR_KIN, first) || arabicIn(AR_NAMED_AFTER, first) || arabicIn(AR_BODIES, first) || arabicIn(AR_QUOTED_NAMES_OF, first) || isArabicTitleHead(first)) return undefined;
  // A plural, a feminine noun or an adjective: «مسعفون», «منظمات», «علماء», «إعلامية», «أوروبي».
  if (/(?:ون|ين|ات|اء|ه|و)$/.test(first) || /(?:ون|ين|ات|ه)$/.test(second) || (second.startsWith('ال') && !(isNisbaFamily(second) && !tokens[t + 1]!.surface.endsWith('ى')))) return undefined;
  if (second.endsWith('ي') && !second.startsWith('ال') && !foreignShaped(second, true)) return undefined;
  return s.isArabicNameToken(t, 0) && s.isArabicNameToken(t + 1, 1) ? { first: t, end } : undefined;
}

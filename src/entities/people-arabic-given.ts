/**
 * Arabic names that open on a given name the press uses («محمد عروشي»), on two transliterated foreign words
 * after a verb, or on an unlisted given name before a nisba family name after a reporting verb.
 */
import { arabicIn } from './people-arabic-keys.js';
import { ARABIC_GIVEN, ARABIC_GIVEN_CONJOINED, AR_BODIES, AR_CONNECTORS, AR_NAMED_AFTER, AR_REPORTING, AR_WORD_NAMES, BYLINE, FUTURE_VERB, IMPERFECT_VERB, NEVER_UNCUED, SHORT_ACCUSATIVE } from './people-arabic-words.js';
import { PREPOSITION_GIVEN, foreignShaped, isArabicTitleHead, isNisbaFamily } from './people-arabic-shapes.js';
import { arabicNameFrom } from './people-arabic-extent.js';
import type { NameSpan } from './people-spans.js';
import type { ArabicText } from './people-arabic-text.js';

/** A name opened by a given name the press uses («محمد عروشي»), ending at a boundary. */
export function arabicNameByGivenName(s: ArabicText, t: number): NameSpan | undefined {
  const { text, tokens } = s;
  const norm = tokens[t]!.norm;
  if (ARABIC_GIVEN.has(norm)) return s.openedAt(t) ? arabicNameFrom(s, t, undefined, false, () => s.cuedAt(t)) : uncuedName(s, t);
  // «ورحب ستيليوس بيتساس بالقرار», «وقال سيرجيو ماتاريلا إن»: two words shaped like a transliterated
  // foreign name (long vowels inside, no Arabic article or plural ending) after a verb or title.
  if (foreignShaped(norm) && t + 1 < tokens.length && foreignShaped(tokens[t + 1]!.norm, true) && !(norm.endsWith('ا') && tokens[t + 1]!.norm.endsWith('ا')) && s.adjacent(t, t + 1) && (s.cuedAt(t) || s.sentenceVerbBefore(t)) && s.isArabicNameToken(t, 0) && s.isArabicNameToken(t + 1, 1)) {
    const span = arabicNameFrom(s, t, undefined, false, false);
    return span;
  }
  // «وقال زهير الجزائري إن», «وأكد سفيان الخضراوي،»: after a reporting verb, a given name not on the list is
  // still a name before a family name with the article and the nisba ending, the pair closed by a boundary.
  if (nisbaNameAfterVerb(s, t)) {
    return { first: t, end: t + 2 };
  }
  // «لجبريل الرجوب رئيس …», «بمحمد …»: a preposition glued to a listed given name; the name must close.
  // «لنضال اليسار بنفس جديد» is a noun: only a role or punctuation right after proves a name.
  if (PREPOSITION_GIVEN.has(norm)) {
    const span = arabicNameFrom(s, t, undefined, true);
    const closed = span && (span.end >= tokens.length || !s.adjacent(span.end - 1, span.end) || isArabicTitleHead(tokens[span.end]!.norm));
    return closed ? { ...span, skip: 1 } : undefined;
  }
  // The next name of a list takes the conjunction ("…، وفاتن الجابري", "… ومحمد كشلاف"): after a
  // name just found or a comma, the name starts after the و.
  if (!ARABIC_GIVEN_CONJOINED.has(norm)) return undefined;
  if (s.spans.at(-1)?.end !== t && !/[,،]/.test(text.slice(tokens[t - 1]?.end ?? 0, tokens[t]!.start))) return undefined;
  const span = arabicNameFrom(s, t, undefined, true);
  return span && { ...span, skip: 1 };
}

/**
 * «ولماذا قتلت محمد سعيد،», «شعر هارون هاشم رشيد نموذجا»: a given name mid-sentence, after a verb or a
 * noun, with nothing to cue it. Only a given name that is no common word opens it, never after a body or
 * place it would name («جامعة محمد الخامس», «شارع الحبيب بورقيبة»), and the name must close at a boundary.
 */
function uncuedName(s: ArabicText, t: number): NameSpan | undefined {
  const { tokens } = s;
  if (t === 0 || tokens[t - 1]!.norm === BYLINE) return undefined;
  // A given name that is also a word («حسن», «عامر») opens a name only before a family name with the article
  // and the nisba ending («حسن الخديمي»): an indefinite word does not take a definite adjective, and a noun
  // it governs rarely ends so («حسن النية», «جمال الطبيعة»).
  if (AR_WORD_NAMES.has(tokens[t]!.norm) && !(t + 1 < tokens.length && isNisbaFamily(tokens[t + 1]!.norm) && !tokens[t + 1]!.surface.endsWith('ى') && !NEVER_UNCUED.has(tokens[t]!.norm))) return undefined;
  const before = tokens[t - 1]!.norm;
  if (AR_CONNECTORS.has(before) || arabicIn(AR_NAMED_AFTER, before) || arabicIn(AR_BODIES, before)) return undefined;
  const span = arabicNameFrom(s, t, undefined, false, false);
  if (!span) return undefined;
  // The word after the given name must read as a name, not as what follows a word: «آمنة وسريعة» (and …),
  // «حمزة يحافظ», «سليمان ستكون» (a verb), «تقدم سليمان بأوراقه» (a preposition), «ظلما», «رئيسا» (an accusative).
  const second = tokens[t + 1]!.norm;
  if (!ARABIC_GIVEN.has(second) && (second.startsWith('و') || IMPERFECT_VERB.test(second) || FUTURE_VERB.test(second) || (/^ب[^وين]/.test(second) && !s.punctuationAfter(t + 1)) || SHORT_ACCUSATIVE.test(second))) return undefined;
  // Nothing before vouches for where the name ends, so a boundary must («جان ماري لوبان» is not «جان ماري»).
  if (span.end < tokens.length && s.adjacent(span.end - 1, span.end) && !s.closesName(span.end)) return undefined;
  return span;
}

function nisbaNameAfterVerb(s: ArabicText, t: number): boolean {
  const { tokens } = s;
  if (t < 1 || t + 1 >= tokens.length || !isNisbaFamily(tokens[t + 1]!.norm) || tokens[t + 1]!.surface.endsWith('ى')) return false;
  if (!arabicIn(AR_REPORTING, tokens[t - 1]!.norm) || !s.adjacent(t - 1, t) || !s.adjacent(t, t + 1)) return false;
  const norm = tokens[t]!.norm;
  if (norm.startsWith('ال') || norm.length < 3 || /(?:ون|ين|ات|ه)$/.test(norm) || !s.isArabicNameToken(t, 0) || !s.isArabicNameToken(t + 1, 1)) return false;
  return t + 2 >= tokens.length || !s.adjacent(t + 1, t + 2) || s.closesName(t + 2);
}

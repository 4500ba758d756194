/**
 * Arabic names after a title: «وزير الداخلية الإيطالي ماتيو سالفيني», «الناطق باسم البنتاغون …», «الرئيس
 * أردوغان،». The title's portfolio, country and body words are skipped, then a name is read.
 */
import { arabicIn } from './people-arabic-keys.js';
import { ARABIC_GIVEN, AR_ARTICLE_ROLES, AR_BODIES, AR_COMPOUND_FIRST, AR_NAMED_AFTER, AR_PERSONAL_TITLES, AR_PLACE_BODIES, AR_ROYAL_TITLES, AR_STOP, AR_SURNAME_TITLES, AR_TITLES, AR_TITLE_WORDS, AR_WORD_NAMES, FUTURE_VERB, IMPERFECT_VERB, SENTENCE_VERB_PAST, SPOKEN_FOR } from './people-arabic-words.js';
import { foreignShaped, isArabicTitleHead } from './people-arabic-shapes.js';
import { arabicNameFrom } from './people-arabic-extent.js';
import { isArabicScript } from '../text/normalise.js';
import type { NameSpan } from './people-spans.js';
import type { ArabicText } from './people-arabic-text.js';

export function arabicNameAfterTitle(s: ArabicText, t: number): NameSpan | undefined {
  const { tokens } = s;
  if (!isArabicTitleHead(tokens[t]!.norm)) return undefined;
  const { span, titleEnd } = nameNearTitle(s, t);
  return span ?? nameAfterTitleWords(s, t, titleEnd);
}

/** The name right after the title, and where the words of the title end. */
function nameNearTitle(s: ArabicText, t: number): { span: NameSpan | undefined; titleEnd: number } {
  const { tokens, coveredBy } = s;
  // Skip the rest of the title: portfolio words, known entities (country nisba, organisation) and
  // "في <place>" / "لدى <place>" when a known entity follows.
  let n = t + 1;
  let complement = 0;
  while (n < tokens.length && s.adjacent(n - 1, n)) {
    const norm = tokens[n]!.norm;
    const mention = coveredBy[n];
    if (mention && !mention.entityId.startsWith('person:')) n = mention.endToken;
    // "الناطق باسم البنتاغون …": the body a spokesman speaks for is one word the gazetteer may not know.
    // "الأمين العام لمنظمة العفو، …" too: a body's own name after its kind.
    else if (n + 2 < tokens.length && !coveredBy[n + 1] && tokens[n + 1]!.norm.startsWith('ال') && (norm === SPOKEN_FOR || arabicIn(AR_BODIES, norm)) && s.adjacent(n, n + 1) && isArabicScript(tokens[n + 1]!.norm)) n += 2;
    else if (arabicIn(AR_TITLE_WORDS, norm) || arabicIn(AR_TITLES, norm)) n += 1;
    else if ((norm === 'في' || norm === 'لدي' || norm === 'الي') && n + 1 < tokens.length && coveredBy[n + 1]) n += 1;
    // «الخبير في شؤون الهجرة …», «النائب عن حزب العمال …»: a preposition before more of the title.
    else if ((norm === 'في' || norm === 'عن') && n + 1 < tokens.length && s.adjacent(n, n + 1) && arabicIn(AR_TITLE_WORDS, tokens[n + 1]!.norm)) n += 1;
    // «آمر حرس السواحل في الزاوية عبد الرحمن …»: a place the gazetteer does not know, then a name.
    else if (norm === 'في' && n + 2 < tokens.length && s.adjacent(n, n + 1) && s.adjacent(n + 1, n + 2) && !coveredBy[n + 1] && isArabicScript(tokens[n + 1]!.norm) && s.startsGivenName(n + 2)) n += 2;
    // «الناشط المدني عبد السلام …», «المتحدثة الجهوية سلمى …»: an adjective with the nisba ending extends the
    // title when a given name follows it.
    else if (s.nisbaAdjective(n) && (s.startsGivenName(n + 1) || (s.nisbaAdjective(n + 1) && s.startsGivenName(n + 2)))) n += 1;
    // «عميد بلدية زوارة حافظ …»: the unknown place a local body is named after.
    else if (n + 1 < tokens.length && !coveredBy[n] && !ARABIC_GIVEN.has(norm) && s.startsGivenName(n + 1) && s.adjacent(n, n + 1) && arabicIn(AR_PLACE_BODIES, tokens[n - 1]!.norm)) n += 1;
    else break;
    complement += 1;
  }
  const titleEnd = n;
  if (complement === 0) {
    // «وأضاف الوزير ميتاراكيس أن …»: a title with its article and a foreign surname alone.
    const surname = t + 1;
    const closed = () => surname + 1 >= tokens.length || !s.adjacent(surname, surname + 1) || s.closesName(surname + 1);
    if (surname < tokens.length && tokens[t]!.norm.startsWith('ال') && s.adjacent(t, surname) && closed() && surnameAfterTitle(s, surname)) {
      return { span: { first: surname, end: surname + 1, titleStart: t, surnameOnly: true }, titleEnd };
    }
    if (!arabicIn(AR_PERSONAL_TITLES, tokens[t]!.norm)) return { span: undefined, titleEnd };
  }
  // A person the gazetteer knows: nothing to find, but the title is what the article says they are.
  const known = coveredBy[n];
  if (known?.entityId.startsWith('person:') && s.adjacent(n - 1, n)) return { span: { first: known.firstToken, end: known.endToken, titleStart: t, known: known.entityId }, titleEnd };
  if (n >= tokens.length || !isArabicScript(tokens[n]!.norm)) return { span: undefined, titleEnd };
  // Apposition after a full title is common ("وزير الدفاع الأميركي، جيمس ماتيس،").
  const gap = s.between(n - 1, n);
  if (!/^[\s\u00A0]+$/.test(gap) && !(complement > 0 && /^[,،][\s\u00A0]+$/.test(gap))) return { span: undefined, titleEnd };
  const span = arabicNameFrom(s, n, t);
  // «نقل رئيس الوزراء رسالة شفهية إلى …»: a feminine noun and its adjective, no given name opening them.
  if (span && !ARABIC_GIVEN.has(tokens[n]!.norm) && tokens.slice(span.first, span.end).every((token) => token.surface.endsWith('ة'))) return { span: undefined, titleEnd };
  // «يطلب من المهاجر أوراق ثبوتية»: a noun for anyone in that plight, unless a name shows itself after it.
  if (span && arabicIn(AR_ARTICLE_ROLES, tokens[t]!.norm) && !(ARABIC_GIVEN.has(tokens[n]!.norm) || AR_COMPOUND_FIRST.has(tokens[n]!.norm) || (foreignShaped(tokens[n]!.norm) && foreignShaped(tokens[span.end - 1]!.norm, true)))) return { span: undefined, titleEnd };
  return { span: span, titleEnd };
}

/**
 * «وزيرة التخطيط هالة السعيد», «عضو لجنة الخطة والموازنة بالمجلس محمد بدراوي»: a title whose portfolio or
 * body the word lists do not know, then a name. Up to four words after the title are skipped when a given
 * name follows them (one that is no common word, or one before a family name with the article) and the
 * name closes at a boundary; no particle, verb or punctuation may stand between.
 */
function nameAfterTitleWords(s: ArabicText, t: number, n: number): NameSpan | undefined {
  const { tokens, coveredBy } = s;
  for (let m = n; m < tokens.length && m - n < 4 && m > t; m += 1) {
    if (!s.adjacent(m - 1, m)) return undefined;
    const norm = tokens[m]!.norm;
    // A given name that is also a word («كمال», «سعيد») opens a name before a family name with the article, or
    // when the two words close the sentence («… بالقصرين كمال نصري.»).
    const given = !coveredBy[m] && ARABIC_GIVEN.has(norm) && (!AR_WORD_NAMES.has(norm) || (m + 1 < tokens.length && (tokens[m + 1]!.norm.startsWith('ال') || endsSentence(s, m + 1))));
    if (given && m > n) {
      const span = arabicNameFrom(s, m, t);
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
 * «الرئيس أردوغان،», «الوزير الحامدي إن»: a family name alone after a title with its article. A foreign-shaped
 * word, a family name with the article and the nisba ending («السيسي», «الغنوشي»), or a name-like word that is no
 * given name (a first name alone is not how the press names someone).
 */
function surnameAfterTitle(s: ArabicText, i: number): boolean {
  const { tokens } = s;
  const norm = tokens[i]!.norm;
  const title = tokens[i - 1]!.norm;
  // «حي الشيخ جراح», «جامعة القاضي عياض»: a place named after a titled person.
  if (i >= 2 && arabicIn(AR_NAMED_AFTER, tokens[i - 2]!.norm)) return false;
  // A given name alone is not a family name («الرئيس إيمانويل #ماكرون»), except for royalty («الأمير وليام»).
  if (ARABIC_GIVEN.has(norm) && !arabicIn(AR_ROYAL_TITLES, title)) return false;
  if (foreignShaped(norm, true)) return s.isArabicNameToken(i, 0);
  // An Arabic-shaped word is a family name only after a title that is said of a person by name, and
  // never with the article (that is an adjective: «المسؤول الحكومي», «الخبير الاقتصادي»).
  if (!arabicIn(AR_SURNAME_TITLES, tokens[i - 1]!.norm) || norm.startsWith('ال') || ARABIC_GIVEN.has(norm) || norm.length < 4) return false;
  // Not a verb («الوزير سيفرض», «الوزير جاءت»), an accusative («الوزير مستدركا»), or a feminine noun («الرئيس انتفاضة»).
  return s.isArabicNameToken(i, 1) && !FUTURE_VERB.test(norm) && !/^[يتن]|^\S{2,3}ت$|[اه]$/.test(norm);
}

function endsSentence(s: ArabicText, i: number): boolean {
  return i + 1 >= s.tokens.length || /^[\s\u00A0]*[.!?؟]/.test(s.between(i, i + 1));
}

/**
 * One Arabic text as the people finder reads it: the tokens, what covers each, and the questions every pass
 * asks of a token (is it adjacent to the next, may a name contain it, does it close a name, does a cue open
 * one). The passes (people-arabic-*.ts) take it as their first argument.
 */
import { arabicIn, keySet } from './people-arabic-keys.js';
import { ARABIC_GIVEN, ARABIC_GIVEN_CONJOINED, AR_COMPOUND_FIRST, AR_CONNECTORS, AR_NAMES_WITH_ARTICLE, AR_REPORTING, AR_STOP, AR_TITLES, AR_TITLE_WORDS, AR_YA_NAMES, BYLINE, CLITIC_BEFORE_CONSONANT, CLITIC_LOOKALIKE_NAMES, DEFINITE_WITH_PREPOSITION, DIVINE_TITLE_WORDS, IMPERFECT_VERB, SENTENCE_VERB, THAT } from './people-arabic-words.js';
import { exactlyIn, foreignShaped, isArabicTitleHead, readsInName } from './people-arabic-shapes.js';
import { isArabicScript, normaliseForMatch } from '../text/normalise.js';
import { aliasKey, type Token } from '../text/tokens.js';
import type { CoveringSpan, NameSpan } from './people-spans.js';

const AR_LANDFORMS = keySet('جزيرة جزر شبه بحيرة نهر جبل جبال وادي خليج مضيق صحراء واحة سهل هضبة منتجع شاطئ رأس');
// Given names that are also a verb in the present («يزيد» increases, «يسري» applies), and the particles before a verb.
const VERB_LIKE_GIVEN = new Set(['يزيد', 'يسري']);
const VERB_PARTICLES = new Set(['ان', 'لن', 'لم', 'قد', 'لا', 'كي', 'لكي', 'وقد', 'ولا', 'ولم', 'ولن']);
const [COMMA, ARABIC_COMMA, COLON] = [',', '،', ':'].map((c) => c.charCodeAt(0)) as [number, number, number];

export interface ArabicText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly coveredBy: ReadonlyArray<CoveringSpan | undefined>;
  /** The names found so far, in the order found (the scan reads the last one). */
  readonly spans: readonly NameSpan[];
  /** Tokens `a` and `b` are separated by spaces only (or a hashtag's underscore): no punctuation, no line break. */
  adjacent(a: number, b: number): boolean;
  /** Tokens `a` and `b` are joined by a hyphen only («جان-كلود»). */
  hyphenated(a: number, b: number): boolean;
  /** The text between token `a` and token `b` (or the end of the text when `b` is past the last token). */
  between(a: number, b: number): string;
  /** Punctuation (or the end of the text) right after token `i`. */
  punctuationAfter(i: number): boolean;
  /** A comma or colon glued to the end of token `i`. */
  commaRightAfter(i: number): boolean;
  /** Token `i` may be word `position` (0 = first) of an Arabic name. */
  isArabicNameToken(i: number, position: number): boolean;
  closesName(i: number): boolean;
  startsConjoinedName(i: number): boolean;
  divineName(i: number): boolean;
  startsGivenName(i: number): boolean;
  openedAt(first: number): boolean;
  cuedAt(first: number): boolean;
  sentenceVerbBefore(first: number): boolean;
  nisbaAdjective(i: number, quoted?: boolean): boolean;
}

const HAMZA_AL = /^[أإ]ل/;
const CASE_MARKS = /[\u064B-\u0652]/;
// Title heads that are also names («أمير» a prince, «الأمين» a secretary).
const TITLES_AS_NAMES = new Set('أمير الأمير أمين الأمين'.split(' ').map(normaliseForMatch));

export function createArabicText(text: string, tokens: readonly Token[], coveredBy: ReadonlyArray<CoveringSpan | undefined>, spans: readonly NameSpan[]): ArabicText {
  // A line break ends a name: a title closing one line and a verb opening the next are not one phrase.
  // A hashtag joins a name's words with underscores («#دميتري_بيسكوف»): one name all the same.
  const adjacent = (a: number, b: number) => {
    const from = tokens[a]!.end;
    // One character is the usual gap: checked without slicing the text.
    if (tokens[b]!.start - from === 1) return ' \t\u00A0_'.includes(text.charAt(from));
    return /^[ \t\u00A0]+$/.test(text.slice(from, tokens[b]!.start));
  };
  const hyphenated = (a: number, b: number) => tokens[b]!.start - tokens[a]!.end === 1 && /[-\u2010\u2011]/.test(text.charAt(tokens[a]!.end));
  const between = (a: number, b: number) => text.slice(tokens[a]!.end, b < tokens.length ? tokens[b]!.start : text.length);
  return {
    text, tokens, coveredBy, spans, adjacent, hyphenated, between, punctuationAfter, commaRightAfter, isArabicNameToken, closesName,
    startsConjoinedName, divineName, startsGivenName, openedAt, cuedAt, sentenceVerbBefore, nisbaAdjective,
  };

  function commaRightAfter(i: number): boolean {
    if (i >= tokens.length) return false;
    const next = text.charCodeAt(tokens[i]!.end);
    return next === COMMA || next === ARABIC_COMMA || next === COLON;
  }

  /** `quoted`: the word before a quotation mark, not adjacent to the next word. */
  function nisbaAdjective(i: number, quoted = false): boolean {
    if (i + 1 >= tokens.length || coveredBy[i] || !(quoted || adjacent(i, i + 1))) return false;
    const norm = tokens[i]!.norm;
    return norm.length >= 5 && norm.startsWith('ال') && (norm.endsWith('ي') || norm.endsWith('يه')) && !AR_NAMES_WITH_ARTICLE.has(norm);
  }

  /** «عبد الله», «عبد الإله», «عبد الرحمن»: after عبد, an article word is a divine name, not a common noun. */
  function divineName(i: number): boolean {
    const norm = tokens[i]!.norm;
    return !coveredBy[i] && norm.startsWith('ال') && isArabicScript(norm) && (!arabicIn(AR_TITLE_WORDS, norm) || DIVINE_TITLE_WORDS.has(norm));
  }

  /** A word that cannot continue a name: a particle, reporting verb, preposition + article, title or next name. */
  function closesName(i: number): boolean {
    const norm = tokens[i]!.norm;
    return arabicIn(AR_STOP, norm) || DEFINITE_WITH_PREPOSITION.test(norm) || startsConjoinedName(i) || isArabicTitleHead(norm) || titleInAccusative(norm);
  }

  /** «تعيين فيصل الحفيان مستشارا», «انتخاب … رئيسا»: the office someone is made, after their name. */
  function titleInAccusative(norm: string): boolean {
    return norm.length >= 4 && norm.endsWith('ا') && !norm.startsWith('ال') && isArabicTitleHead(norm.slice(0, -1));
  }

  /** "… وكريم العلوي": the next name of a list ends the one before it. */
  function startsConjoinedName(i: number): boolean {
    return ARABIC_GIVEN_CONJOINED.has(tokens[i]!.norm);
  }

  function sentenceVerbBefore(first: number): boolean {
    if (first < 1 || !SENTENCE_VERB.test(tokens[first - 1]!.norm)) return false;
    return first === 1 || /[.!?؟:\n]/.test(between(first - 2, first - 1));
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
    return /[^\s\u00A0]/.test(between(first - 1, first)) || arabicIn(AR_STOP, before) || arabicIn(AR_REPORTING, before);
  }

  /** A title written bare or with its article right after token `i` (not «بالرئيس»: a preposition starts a phrase), `i` not opening on «و». */
  function roleAfter(i: number): boolean {
    if (i + 1 >= tokens.length || !adjacent(i, i + 1) || tokens[i]!.norm.startsWith('و')) return false;
    const next = tokens[i + 1]!.norm;
    return !/^[وفبلك]/.test(next) && isArabicTitleHead(next);
  }

  /**
   * «حسين أمير عبد اللهيان», «رولا الأمين مديرة …»: a title that is also a name, right after a given name, is a
   * father's or family name when a connector or a given name goes on with the name, or a role follows it.
   */
  function titleInsideName(i: number): boolean {
    if (!TITLES_AS_NAMES.has(tokens[i]!.norm) || !ARABIC_GIVEN.has(tokens[i - 1]!.norm) || i + 1 >= tokens.length || !adjacent(i, i + 1)) return false;
    const next = tokens[i + 1]!.norm;
    return roleAfter(i) || (!coveredBy[i + 1] && ((AR_CONNECTORS.has(next) && i + 2 < tokens.length && adjacent(i + 1, i + 2)) || (ARABIC_GIVEN.has(next) && !exactlyIn(next))));
  }

  /**
   * «إليو», «ألبرتو», «إلسا»: the article is never written with hamza, so these foreign names only fold onto it.
   * A particle («ألا», «إلا») or a word with case endings («ألمانيًّ») is no name all the same.
   */
  function withArticle(i: number): boolean {
    const { norm, surface } = tokens[i]!;
    return norm.startsWith('ال') && (!HAMZA_AL.test(surface) || norm.length < 4 || CASE_MARKS.test(surface) || arabicIn(AR_STOP, norm));
  }

  function punctuationAfter(i: number): boolean {
    return i + 1 >= tokens.length || /[,،.؛:!?؟)]/.test(between(i, i + 1));
  }

  function isArabicNameToken(i: number, position: number): boolean {
    const norm = tokens[i]!.norm;
    if (coveredBy[i] || !isArabicScript(norm) || norm.length < 2 || /\d/.test(norm)) return false;
    // «سلبياً», «رئيساً»: the accusative ending is written on adverbs and predicates, never on a name.
    if (tokens[i]!.surface.endsWith('اً') || titleInAccusative(norm)) return false;
    // The name «علي» is written with ي, the preposition «على» with ى (they fold together for matching).
    if (tokens[i]!.surface === 'علي') return true;
    if (position > 0 && titleInsideName(i)) return true;
    // A listed given name is checked as written only: «فيصل» is not ف + «يصل», «بشير» not ب + «شير».
    if (ARABIC_GIVEN.has(norm)) return !exactlyIn(norm);
    if (readsInName(AR_STOP, norm) || readsInName(AR_TITLE_WORDS, norm) || readsInName(AR_TITLES, norm)) return false;
    // A name never carries a preposition or conjunction before the article ("بالقرار", "للشغل"), except a family
    // name that only looks so («كارميليتا فالديز،», «رضا بالحاج،»), after a given name and closed by punctuation.
    // A role right after closes it as well as punctuation does («رضا بالحاج رئيس مكتب …», «مايكل بالاك القائد السابق …»).
    // «للرسالة» (to the letter) is no family name: «لل» is a preposition and the article, in no name.
    if (/^(?:[وف]?[بلك]ال|[وف]?لل|[وف]ال)/.test(norm) && !(position > 0 && !/^[وف]?لل/.test(norm) && (punctuationAfter(i) || roleAfter(i)) && (ARABIC_GIVEN.has(tokens[i - 1]!.norm) || foreignShaped(tokens[i - 1]!.norm)))) return false;
    // A possessive suffix ("مهامها", "أعمالهم") or a verb's "تت…" prefix marks a common word, not a name.
    if (/(?:ها|هم|هما)$/.test(norm) || norm.startsWith('تت')) return false;
    // A feminine noun or adjective with the article ("المسؤولة", "الشعرية"), or a long plural («الاحتفالات», «الجنسيات»; a
    // short word so ending is as often a family name: «الشحات», «الزيات»), follows a name, it is not part of one.
    if (withArticle(i) && (norm.endsWith('ه') || (norm.endsWith('ات') && norm.length >= 8))) return false;
    // «أن يزيد», «لم يسري»: after a particle that governs a verb, a given name spelt like one is the verb.
    if (position === 0 && i > 0 && VERB_LIKE_GIVEN.has(norm) && VERB_PARTICLES.has(tokens[i - 1]!.norm)) return false;
    if (position === 0) {
      if (withArticle(i) && !AR_NAMES_WITH_ARTICLE.has(norm)) return false;
      // «جزيرة جيجو، وهي منتجع …»: a place of nature named after its kind opens no person's name.
      if (AR_LANDFORMS.has(aliasKey(norm))) return false;
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

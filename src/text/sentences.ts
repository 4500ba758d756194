/**
 * Sentence splitting for news text in Arabic, English, French and German, used by the summariser.
 *
 * Intl.Segmenter (ICU's sentence rules, UAX #29) does the heavy lifting: it handles Arabic ؟ and
 * line breaks, keeps the Arabic comma ، inside a sentence, and leaves decimals ("3.5") and an
 * abbreviation followed by a lower-case word ("the U.N. said") alone. Node's ICU ignores the
 * `-u-ss-standard` abbreviation suppressions, though, so it breaks after every "Mr." or "Dr.",
 * before "President" in "U.S. President", inside "am 21. September" and "بي. بي. سي", and before
 * the closing » of a French quotation. Those breaks are undone here, and the ones ICU misses in
 * scraped text are added: paragraphs joined with no space ("came.Then", «des Pyrénées.Alors»,
 * «par Malte.L'Italie», «l'UE.En», «Libye.A Lampedusa», «estimé.« Il faut», a subheading in capitals
 * glued to its paragraph), which OrangeSum-style French scrapes are full of. An opening quote left at the end of a sentence moves to the next one.
 * https://unicode.org/reports/tr29/#Sentence_Boundaries
 */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    // ICU's sentence rules are the same for every locale we use; an unknown tag ('und') falls back.
    const locale = Intl.Segmenter.supportedLocalesOf([lang]).length > 0 ? lang : 'en';
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Abbreviations that are never a sentence end when followed by a capitalised word (case matters). */
const ABBREVIATIONS = new Set(
  [
    // English titles, ranks, and reference words.
    'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt',
    'Capt', 'Cmdr', 'Adm', 'Maj', 'Jr', 'Sr', 'Rev', 'Hon', 'Pres', 'Supt', 'Mt', 'Ft', 'No', 'Nos', 'Vol',
    'Art', 'Fig', 'Ave', 'Blvd', 'Dept', 'Univ', 'approx', 'vs', 'cf', 'ca', 'Jan', 'Feb', 'Mar', 'Apr',
    'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
    // French.
    'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Pr', 'Ste', 'Mgr', 'Cie', 'av', 'bd', 'p', 'pp', 'env',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
    // German.
    'Nr', 'Abs', 'Hr', 'Fr', 'bzw', 'vgl', 'sog', 'Str', 'evtl', 'inkl', 'ggf',
  ],
);

/**
 * French abbreviations that are English words ending sentences ("through art.", "my ex."): only in
 * French text. «l'art. L. 511-1 du Ceseda», «et al.», «10 000 hab.», «chap. 3».
 */
const FRENCH_ABBREVIATIONS = new Set(['art', 'al', 'hab', 'ex', 'éd', 'chap']);

/** Dotted abbreviations written in lower case, which never end a sentence ("e.g.", "z.B."). */
const INNER_DOTTED = new Set(['e.g', 'i.e', 'z.B', 'u.a', 'd.h', 'o.ä', 'u.U', 'v.a']);

/** Words that open sentences; after "U.S." they mean the sentence really ended. */
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'In', 'On', 'At', 'But', 'And', 'Or',
  'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'There', 'As', 'After', 'Before',
  'When', 'While', 'If', 'Some', 'Many', 'Most', 'For', 'So', 'Yet', 'However', 'Meanwhile', 'Still',
  'Last', 'Earlier', 'Later', 'Since', 'Under', 'With', 'Without', 'What', 'Why', 'How', 'Who',
]);

const GERMAN_MONTHS = new Set([
  'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember', 'Jahrhundert', 'Jahrhunderts',
]);

/**
 * Latin letters spelled in Arabic, as in "بي. بي. سي" (BBC) or "إم. آي 6" (MI6): a dot between two
 * of them is an initialism, not a sentence end.
 */
const ARABIC_LETTER_NAMES = new Set([
  'بي', 'سي', 'دي', 'تي', 'جي', 'إن', 'ان', 'إم', 'ام', 'آي', 'اي', 'أي', 'أو', 'او', 'آر', 'ار', 'إس',
  'اس', 'إف', 'اف', 'إيه', 'ايه', 'كيه', 'يو', 'واي', 'إل', 'إتش', 'اتش', 'زد', 'كيو', 'في',
]);

/** The word (with inner dots) right before a final period, e.g. "Mr", "U.S", "21". */
const WORD_BEFORE_FINAL_DOT = /(?:^|[\s(«"“‘'[/-])([\p{L}\p{N}][\p{L}\p{N}.]*)\.$/u;
const FIRST_WORD = /^[\s"“‘'«(]*([\p{L}\p{N}]+)/u;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Closing marks ICU leaves at the start of the next segment (« … » in French, ” after a quote). */
const LEADING_CLOSERS = /^[»”’)\]]+/;
/**
 * A sentence end glued to the next sentence: after a lower-case word or a year, terminal punctuation,
 * then (an opening quote and) a capital that starts a word — "Then", «L'Italie», «À Calais», «UE»,
 * «M. Dupont»; after an acronym («l'UE.En», «l'AFP.M. Macron»), only a capitalised word or a title,
 * since "LHAG.DE" is a ticker. A subheading of three or more words in capitals ends where a
 * capitalised word is glued to it.
 * Initialisms ("U.S.Army", "p.m.") and decimals never match: the letter or digit before the stop must
 * not follow another stop.
 */
/** Where a glued boundary may be: a stop before a capital, or capitals before a capitalised word. */
const GLUE_CANDIDATE = /[.!?؟…]+(?=["«“]?\s?\p{Lu})|\p{Lu}{2,}["»”]?(?=["«“]?\p{Lu}['’]?\p{Ll})/gu;
const STOP = /[.!?؟…]/u;
const AFTER_WORD = /(?:\p{Ll}{2}|(?<![\p{N}.,])\p{N}{4}|\p{Ll}["»”)])$/u;
const AFTER_ACRONYM = /(?<![\p{L}.])\p{Lu}{2,}$/u;
const STARTS_WORD = /^["«“]?\s?\p{Lu}(?:\p{Ll}|['’]\p{L}|\p{Lu}|[.\s]|$)/u;
const STARTS_CAPITALISED_WORD = /^["«“]?\s?\p{Lu}(?:\p{Ll}|['’]\p{L}|\.(?:\s|$))/u;
// A subheading in capitals glued to the paragraph after it: «… IRRÉELLELe réaction du pouvoir…»: a
// word in capitals with a capitalised word glued to it, after two more words in capitals.
const HEADING_BEFORE = /(?:\p{Lu}+[\s,'’-]+){2}$/u;
/** Characters looked at before a glued word in capitals for the rest of its subheading. */
const HEADING_CONTEXT = 40;
/** Characters looked at before a stop to decide what it ends. */
const CONTEXT = 12;
/**
 * Opening quotes that may end a segment after ICU's break and belong to the sentence after it. German
 * opens with „ and » and closes with “ and «, the other way round from French and English.
 */
const OPENERS = new Set(['«', '“']);
const GERMAN_OPENERS = new Set(['„', '»']);
const GERMAN_CLOSERS = new Set(['“', '«']);
const HAS_WORD = /[\p{L}\p{N}]/u;
const STRAY_CLOSER = /[»”’"')\]…!?؟.]/u;

/**
 * Splits `text` into trimmed, non-empty sentences. Line breaks always end a sentence (news bodies
 * put one paragraph, heading or caption per line); so do . ! ? and ؟ unless an abbreviation
 * explains the full stop. `lang` is an ISO 639-1 code; it only switches language-specific rules.
 */
export function splitSentences(text: string, lang: string): string[] {
  const pieces: string[] = [];
  // Straight quotes open and close alike; how many the paragraph has opened so far tells which.
  let quotes = 0;
  for (const { segment } of segmenterFor(lang).segment(text)) {
    pieces.push(...unglue(segment, quotes, lang));
    quotes = endsWithLineBreak(segment) ? 0 : quotes + countQuotes(segment);
  }

  const sentences: string[] = [];
  let current = '';
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i] ?? '';
    const hardBreak = endsWithLineBreak(current);
    if (current !== '' && !hardBreak) {
      // Closing quotes and brackets belong to the sentence they close.
      const closers = LEADING_CLOSERS.exec(piece);
      if (closers) {
        current += closers[0];
        piece = piece.slice(closers[0].length);
      }
    }
    if (current !== '' && !hardBreak && continuesSentence(current.trimEnd(), piece, lang)) {
      current += piece;
      continue;
    }
    // «… a-t-il estimé.« Il faut… »»: ICU leaves the opening guillemet with the sentence before.
    const opener = current !== '' && !hardBreak ? trailingOpener(current, lang) : 0;
    if (opener > 0) {
      piece = current.slice(current.length - opener).trimStart() + piece;
      current = current.slice(0, current.length - opener);
    }
    pushSentence(sentences, current);
    current = piece;
  }
  pushSentence(sentences, current);
  return sentences;
}

/**
 * The segment cut where sentences were glued together (see GLUED_SENTENCES); `quotesBefore` straight
 * quotes came earlier in its paragraph.
 */
function unglue(segment: string, quotesBefore: number, lang: string): string[] {
  const cuts: number[] = [];
  // exec rather than matchAll, which copies the regex for every segment.
  GLUE_CANDIDATE.lastIndex = 0;
  for (let match = GLUE_CANDIDATE.exec(segment); match !== null; match = GLUE_CANDIDATE.exec(segment)) {
    const end = match.index + match[0].length;
    if (STOP.test(match[0].charAt(0))) {
      const before = segment.slice(Math.max(0, match.index - CONTEXT), match.index);
      const after = segment.slice(end, end + CONTEXT);
      if ((AFTER_WORD.test(before) && STARTS_WORD.test(after)) || (AFTER_ACRONYM.test(before) && STARTS_CAPITALISED_WORD.test(after))) cuts.push(end);
    } else if (HEADING_BEFORE.test(segment.slice(Math.max(0, match.index - HEADING_CONTEXT), match.index))) {
      cuts.push(end);
    }
  }
  if (cuts.length === 0) return [segment];

  const parts: string[] = [];
  let from = 0;
  for (let at of cuts) {
    // A quote right after the stop closes the sentence before: a straight one when an odd number
    // opened, “ and « in German.
    const quote = segment[at] ?? '';
    if (quote === '"' && (quotesBefore + countQuotes(segment.slice(0, at))) % 2 === 1) at += 1;
    else if (lang === 'de' && GERMAN_CLOSERS.has(quote)) at += 1;
    if (at <= from) continue;
    parts.push(segment.slice(from, at));
    from = at;
  }
  parts.push(segment.slice(from));
  return parts;
}

/**
 * End-anchored regexes are tried from every position of the string, so the word before a final stop
 * is looked for in the text's tail only: no such word is this long.
 */
const TAIL_CHARS = 64;
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029', '\u0085']);

/** True when the text ends with a line break, perhaps followed by other spaces. */
function endsWithLineBreak(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (LINE_BREAKS.has(c)) return true;
    if (c.trim() !== '') return false;
  }
  return false;
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * How many characters at the end of `text` are an opening quote (and the spaces around it) that
 * belong to the next sentence: a guillemet or curly quote that opens in this language, or a straight
 * quote glued after a stop that opens (an odd count) — «moyens."Nous…». Doubled straight quotes (""
 * in CSV exports) are left alone.
 */
function trailingOpener(text: string, lang: string): number {
  const trimmed = text.trimEnd();
  const last = trimmed.charAt(trimmed.length - 1);
  if ((lang === 'de' ? GERMAN_OPENERS : OPENERS).has(last)) {
    const start = trimmed.slice(0, -1).trimEnd().length;
    return text.length - start;
  }
  if (last !== '"' || trimmed.length !== text.length || trimmed.length < 3) return 0;
  const stop = trimmed.charAt(trimmed.length - 2);
  const beforeStop = trimmed.charAt(trimmed.length - 3);
  return STOP.test(stop) && beforeStop !== '"' && countQuotes(trimmed) % 2 === 1 ? 1 : 0;
}

function pushSentence(sentences: string[], candidate: string): void {
  const sentence = candidate.trim();
  if (sentence !== '' && HAS_WORD.test(sentence)) {
    sentences.push(sentence);
  } else if (sentences.length > 0 && STRAY_CLOSER.test(sentence)) {
    // A stray closing quote or "…" on its own line belongs to the sentence before; separators
    // ("-", "•", "***") are layout and go.
    sentences[sentences.length - 1] += ` ${sentence}`;
  }
}

/** True when ICU's break after `before` (already trimmed) was wrong and `next` continues it. */
function continuesSentence(before: string, next: string, lang: string): boolean {
  if (!before.endsWith('.')) return false;
  const word = WORD_BEFORE_FINAL_DOT.exec(before.slice(-TAIL_CHARS))?.[1];
  if (word === undefined) return false;
  const nextWord = FIRST_WORD.exec(next)?.[1];
  if (nextWord === undefined) return true;
  // ICU never breaks before a lower-case word, so after one of these any break it made is wrong.
  if (ABBREVIATIONS.has(word) || INNER_DOTTED.has(word) || (lang === 'fr' && FRENCH_ABBREVIATIONS.has(word))) return true;
  // An initial: "John F. Kennedy", "M. Macron".
  if (/^\p{Lu}$/u.test(word)) return true;
  // "U.S. President", "U.N. Security Council" — but "…to the U.S. The next day…" did end.
  if (DOTTED_CAPITALS.test(word)) return !SENTENCE_OPENERS.has(nextWord);
  if (ARABIC_LETTER_NAMES.has(word)) return ARABIC_LETTER_NAMES.has(nextWord);
  // German ordinals: "am 21. September", "im 19. Jahrhundert".
  if (lang === 'de' && /^\d{1,2}$/.test(word)) return GERMAN_MONTHS.has(nextWord);
  return false;
}

/**
 * The publication date an article states about itself: a dateline or timestamp line at the top
 * ("القاهرة - 14 مايو 2024", "Published: 14 May 2024 10:05 GMT"), or a full date that the lead
 * presents as today ("اليوم الثلاثاء 14 مايو 2024", "aujourd'hui mardi 14 mai 2024").
 *
 * Leads are full of other dates. On the shared corpus, most full dates near the top are events
 * ("the boat sank on Saturday 2 June 2018", photo captions "on Monday, July 31, 2023"), a day or
 * more before publication. So a date in running text counts only in dateline position (line start,
 * optionally after a place name and a dash) or right after a "today" word (French «ce mardi 3 juin»
 * says the same); anything else is ignored.
 *
 * A dateline or "today" date written without its year («mardi 3 juin», "الثلاثاء 14 مايو") takes the
 * year from the article: the latest year it mentions, provided that day and month fall on the weekday
 * written beside them. An article is rarely older than the years it names, but it names past years
 * freely (so an earlier year whose calendar happens to fit is not taken). Without a weekday, or when
 * the latest year does not fit, there is no date: Mawjaz never guesses one.
 */
import { foldDigits, isArabicScript, normaliseForMatch, stripFormatChars } from '../normalise.js';
import { alternation, formatLocal, HIJRI_DATE, isValidDate, TEXT_MONTHS, TEXT_WEEKDAY_NAMES, TEXT_WEEKDAY_NUMBERS, weekdayOf } from './calendar.js';
import { scanDates, STANDALONE_TIME, type DateMatch } from './scan.js';

export interface PublishedDateOptions {
  /** The present, for rejecting dates in the future (a fake clock in tests). Default: now. */
  now?: Date;
}

/** Earliest year a news page plausibly states as its own publication date. */
const MIN_YEAR = 1990;
/** A dateline may be a day ahead of our clock across time zones; more than that is an error. */
const FUTURE_SLACK_DAYS = 2;
/** Lines at the top searched for datelines (title, byline, dateline, timestamp…). */
const DATELINE_SEARCH_LINES = 6;
/** Lines whose dateline-position or "today" dates count: the title and the start of the lead. */
const LEAD_LINES = 3;
/** Characters of the lead (after the first line) searched. */
const LEAD_CHARS = 300;
/** Characters of the text's start that can hold a dateline or the lead. */
const TOP_CHARS = 4_000;
/** Characters of one top line examined (the title and the first lead paragraph). */
const LINE_CHARS = 1_000;
/** A dateline is short; a longer line is prose even if it starts with a date. */
const MAX_DATELINE_CHARS = 120;

const WEEKDAY = alternation(TEXT_WEEKDAY_NAMES);
const TODAY = String.raw`(?:اليوم|today|aujourd['’]hui|heute)`;

// "... اليوم الثلاثاء الموافق 14 مايو" / "today, Tuesday, 14 May" / "aujourd'hui mardi 14 mai"
const TODAY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${TODAY}[\s,،]*(?:(?:يوم\s+)?(?:${WEEKDAY})(?![\p{L}])\.?[\s,،]*)?(?:الموافق[\s,،]*)?$`,
  'u',
);

// «Ce mardi 12 juin, le gouvernement a…»: French news dates its lead with "this <weekday>", the day of
// publication (on the shared corpus, 10 of 12 such leads are the metadata's date, the others a day off).
const THIS_WEEKDAY_BEFORE = new RegExp(String.raw`(?<![\p{L}])ce\s+(?:${WEEKDAY})(?![\p{L}])[\s,،]*$`, 'u');
// The weekday written right before a date: "mardi 3 juin", "الثلاثاء 14 مايو", "Tuesday, May 14".
const WEEKDAY_AT_END = new RegExp(String.raw`(?<![\p{L}])(${WEEKDAY})(?![\p{L}])\.?[\s,،]*(?:الموافق[\s,،]*)?$`, 'u');
/** Characters before a date searched for its weekday (the longest name, a comma and spaces). */
const WEEKDAY_TAIL_CHARS = 24;
/** Characters of the article searched for the years that date a yearless dateline. */
const CONTEXT_CHARS = 20_000;
const YEAR_IN_TEXT = /(?<![\p{N}])((?:19|20)\d{2})(?![\p{N}])/gu;

// Words that introduce the timestamp of a page.
const PUBLICATION_KEYWORDS = [
  'published', 'first published', 'updated', 'last updated', 'posted', 'last modified', 'date',
  'publié', 'publié le', 'mis à jour', 'mis à jour le', 'modifié le', 'date de publication',
  'veröffentlicht', 'aktualisiert', 'stand',
  'نشر', 'نشر في', 'نشر بتاريخ', 'نشرت', 'تم النشر', 'تاريخ النشر', 'آخر تحديث', 'تحديث', 'آخر تعديل',
  'تاريخ', 'التاريخ', 'بتاريخ',
].map((k) => normaliseForMatch(k));
const PUBLICATION_KEYWORD = alternation(PUBLICATION_KEYWORDS);
const PUBLICATION_AT_START = new RegExp(String.raw`^(?:${PUBLICATION_KEYWORD})(?![\p{L}])`, 'u');

// Words that make "place, date" actually "event preposition + date" ("On Monday, …", "في الخميس، …").
const NOT_A_PLACE = alternation(
  ['on', 'in', 'at', 'since', 'until', 'by', 'from', 'before', 'after', 'during', 'the', 'of', 'and', 'last', 'next',
    'في', 'منذ', 'حتى', 'خلال', 'قبل', 'بعد', 'يوم', 'إلى', 'أن', 'إنه', 'الذي', 'التي'].map((w) => normaliseForMatch(w)),
);

// A dateline's lead-in before the date on the same line: "القاهرة - ", "LONDON, ", "Paris (AFP) — ",
// "Published: ", "Tuesday, ". Place words are whitespace-separated (no backtracking blow-up) and
// may not be weekdays or prepositions, which would make it an event date.
const PLACE_WORD = String.raw`(?!(?:${WEEKDAY}|${NOT_A_PLACE})(?![\p{L}]))[\p{L}'’.]+`;
const DATELINE_PREFIX = new RegExp(
  String.raw`^(?:${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3}\s*(?:\([\p{L}\s.]+\)\s*)?[-–—:|·•,،(]\s*)?` +
    String.raw`(?:(?:${PUBLICATION_KEYWORD})(?![\p{L}])\s*(?:on|le|في)?\s*:?\s*)?` +
    String.raw`(?:(?:يوم\s+)?(?:${WEEKDAY})(?![\p{L}])\.?[\s,،-]*)?(?:الموافق\s*)?$`,
  'u',
);
/** Longer than this, the text before a date is a sentence, not a dateline lead-in. */
const MAX_PREFIX_CHARS = 80;

// "منذ 3 ساعات", "قبل ساعتين", "3 hours ago", "il y a 2 heures", "vor 5 Minuten".
const RELATIVE_TIME = new RegExp(
  [
    String.raw`^(?:منذ|قبل)\s+(?:\d+\s+)?(?:ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور)$`,
    String.raw`^(?:\d+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month)s?\s+ago$`,
    String.raw`^il\s+y\s+a\s+(?:\d+|une?)\s+(?:seconde|minute|heure|jour|semaine|mois)s?$`,
    String.raw`^vor\s+(?:\d+|einer?)\s+(?:sekunden?|minuten?|stunden?|tagen?|wochen?)$`,
  ].join('|'),
  'u',
);

// Words a dateline may hold besides the date, time and place; they do not make a line a headline.
const DATELINE_WORDS: ReadonlySet<string> = new Set([
  ...TEXT_WEEKDAY_NAMES,
  ...TEXT_MONTHS.keys(),
  ...PUBLICATION_KEYWORDS.flatMap((k) => k.split(' ')),
  ...[
    'اليوم', 'today', "aujourd'hui", 'aujourd’hui', 'heute', 'يوم', 'الموافق', 'في', 'الساعه', 'بتوقيت', 'توقيت',
    'غرينتش', 'جرينتش', 'غرينيتش', 'مكه', 'المكرمه', 'on', 'at', 'le', 'a', 'am', 'pm', 'um', 'uhr', 'h',
    'gmt', 'utc', 'ut', 'z', 'bst', 'cet', 'cest', 'eet', 'eest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst',
    'pdt', 'ast', 'ص', 'م', 'صباحا', 'مساء', 'مساءا', 'et', 'and', 'و', 'by', 'par', 'von', 'بقلم',
  ].map((w) => normaliseForMatch(w)),
]);

/** Normalised form of a line for date work; Markdown emphasis and quote marks removed. */
function prepareLine(line: string): string {
  return normaliseForMatch(line)
    .replace(/[*_#>~`]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function lines(text: string): string[] {
  return stripFormatChars(text)
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function isAcceptable(date: DateMatch, now: Date): date is DateMatch & { year: number } {
  if (date.year === null || date.year < MIN_YEAR) return false;
  const latest = now.getTime() + FUTURE_SLACK_DAYS * 86_400_000;
  return Date.UTC(date.year, date.month - 1, date.day) <= latest;
}

function toIso(date: DateMatch & { year: number }): string {
  return formatLocal(date.year, date.month, date.day, date.time);
}

/** True when the text before a date on its line makes the date a dateline or "today". */
function leadContextAllows(before: string): boolean {
  if (TODAY_BEFORE.test(before) || THIS_WEEKDAY_BEFORE.test(before)) return true;
  // "الرياض - 6 ذو القعدة 1445 هـ الموافق 14 مايو 2024": the Hijri date is part of the dateline.
  const trimmed = before.replace(HIJRI_DATE, ' ').replace(/\s+/g, ' ').trim();
  return trimmed.length <= MAX_PREFIX_CHARS && DATELINE_PREFIX.test(trimmed);
}

/** Arabic outlets write numeric dates day-first, so an ambiguous one can be read that way. */
function dayFirstContext(text: string): boolean {
  return isArabicScript(text.slice(0, 2000));
}

/**
 * True for a short line that is a dateline or timestamp rather than a headline or prose:
 * "الثلاثاء 14 مايو 2024 - 09:30", "القاهرة - 14 مايو 2024", "Published: 14 May 2024",
 * "Updated 10:32 GMT", "2024-07-02 09:30:00", "تاريخ النشر: ١٢/١١/٢٠١٩", "منذ 3 ساعات", "آخر تحديث".
 */
export function isDatelineLine(line: string): boolean {
  // Normalisation only removes characters (diacritics, tatweel…); a line this long cannot shrink to a dateline.
  if (line.length > MAX_DATELINE_CHARS * 4) return false;
  const norm = prepareLine(line);
  if (norm === '' || norm.length > MAX_DATELINE_CHARS) return false;
  if (RELATIVE_TIME.test(norm)) return true;

  const dates = scanDates(norm, { dayFirst: true, allowYearless: true });
  // A Hijri date counts as neither a stamp nor a headline word (it sits beside the Gregorian one).
  let residual = norm.replace(HIJRI_DATE, (m) => ' '.repeat(m.length));
  const stamps: Array<[number, number]> = [];
  const blank = (start: number, end: number): void => {
    residual = residual.slice(0, start) + ' '.repeat(end - start) + residual.slice(end);
    stamps.push([start, end]);
  };
  for (const d of dates) blank(d.start, d.end);
  for (const t of residual.matchAll(STANDALONE_TIME)) blank(t.index, t.index + t[0].length);

  const keyword = PUBLICATION_AT_START.exec(norm);
  if (keyword && stamps.length === 0) {
    // "آخر تحديث" alone or "Published:" with the date on the next line; not "Updated guidance on asylum".
    const rest = norm.slice(keyword[0].length).trim();
    return rest === '' || rest.startsWith(':');
  }
  if (stamps.length === 0) {
    // A line made only of a weekday and "today" words ("اليوم الثلاثاء") is still date furniture.
    const all = wordsOf(norm);
    return all.length > 0 && all.every((w) => DATELINE_WORDS.has(w)) && all.some((w) => TEXT_WEEKDAY_NAMES.has(w));
  }
  const stampStart = Math.min(...stamps.map(([start]) => start));
  const stampEnd = Math.max(...stamps.map(([, end]) => end));
  const before = residual.slice(0, stampStart);
  const after = residual.slice(stampEnd);
  const beforeWords = otherWords(before);
  const afterWords = otherWords(after);
  const middleWords = otherWords(residual.slice(stampStart, stampEnd));
  const others = beforeWords.length + middleWords.length + afterWords.length;
  if (others > 3 || middleWords.length > 1) return false;
  // "Posted by Jane Doe on 14 May 2024": the keyword marks the line; "نشر قوات على الحدود في 14 مايو"
  // starts like one but is a headline.
  if (keyword) return others <= 2;
  // A place or byline beside the date is set off by punctuation: "القاهرة - …", "By Jane Doe | …",
  // "… | Reuters". "مقتل 3 في 14 مايو" or "On Monday, July 31, 2023, migrants arrived" are prose.
  if (beforeWords.length > 0 && !/[-–—|:·•,،(]/.test(textAfterLastOther(before))) return false;
  if (afterWords.length > 0 && !/[-–—|·•(]/.test(textBeforeFirstOther(after))) return false;
  return true;
}

/** What follows the last non-vocabulary word ("القاهرة - الثلاثاء " → " - الثلاثاء "). */
function textAfterLastOther(text: string): string {
  let tail = text;
  for (const m of text.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    if (!DATELINE_WORDS.has(m[0])) tail = text.slice(m.index + m[0].length);
  }
  return tail;
}

/** What precedes the first non-vocabulary word. */
function textBeforeFirstOther(text: string): string {
  for (const m of text.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    if (!DATELINE_WORDS.has(m[0])) return text.slice(0, m.index);
  }
  return text;
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

/** Words that are neither date vocabulary nor part of a date or time. */
function otherWords(text: string): string[] {
  return wordsOf(text).filter((w) => !DATELINE_WORDS.has(w));
}

/**
 * The publication date stated at the top of an article (pass the title and text joined by a newline),
 * as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when a time is given (wall time as printed, no zone).
 * Null when the top holds no dateline or "today" date; bare years, month + year, impossible and
 * future dates, Hijri dates and dates further down the body are never taken.
 */
export function extractPublishedDate(text: string, options: PublishedDateOptions = {}): string | null {
  const now = options.now ?? new Date();
  const dayFirst = dayFirstContext(text);
  // Only the top of the article matters; never normalise a whole 100 KB body to find it.
  const top = lines(text.slice(0, TOP_CHARS)).slice(0, DATELINE_SEARCH_LINES);

  const { stated, yearless } = findStatedDate(top, dayFirst, now);
  if (stated) return toIso(stated);
  if (!yearless) return null;
  const year = latestYearMentioned(text, now);
  const dated = year === null ? null : inYear(yearless, year, now);
  return dated ? toIso(dated) : null;
}

interface YearlessDate {
  date: DateMatch;
  /** The weekday written before it (0 = Sunday). */
  weekday: number;
}

/**
 * The first acceptable full date in dateline position (a dateline line), else right after a "today"
 * word or at a dateline's place in the lead; failing that, the first date in those places that has a
 * weekday but no year, for the caller to date from the article.
 */
function findStatedDate(top: readonly string[], dayFirst: boolean, now: Date): { stated: (DateMatch & { year: number }) | null; yearless: YearlessDate | null } {
  let yearless: YearlessDate | null = null;
  /** The weekday right before a yearless date, while none has been kept yet. */
  const weekdayOfYearless = (date: DateMatch, before: string): number | undefined =>
    date.year === null && yearless === null ? TEXT_WEEKDAY_NUMBERS.get(WEEKDAY_AT_END.exec(before.slice(-WEEKDAY_TAIL_CHARS))?.[1] ?? '') : undefined;
  const consider = (date: DateMatch, before: string, weekday: number | undefined): (DateMatch & { year: number }) | null => {
    if (date.year !== null) return isAcceptable(date, now) ? date : null;
    if (weekday !== undefined) yearless ??= { date, weekday };
    return null;
  };

  for (const line of top) {
    if (!isDatelineLine(line)) continue;
    const norm = prepareLine(line);
    for (const date of scanDates(norm, { dayFirst, allowYearless: true })) {
      const before = norm.slice(0, date.start);
      const stated = consider(date, before, weekdayOfYearless(date, before));
      if (stated) return { stated, yearless: null };
    }
  }

  let budget = Number.POSITIVE_INFINITY;
  for (const [index, line] of top.slice(0, LEAD_LINES).entries()) {
    const norm = prepareLine(line.slice(0, LINE_CHARS));
    if (index === 1) budget = LEAD_CHARS;
    for (const date of scanDates(norm, { dayFirst, allowYearless: true })) {
      if (date.start >= budget) break;
      const before = norm.slice(0, date.start);
      // A yearless date in the lead matters only with a weekday, and only the first one.
      const weekday = weekdayOfYearless(date, before);
      if ((date.year === null && weekday === undefined) || !leadContextAllows(before)) continue;
      const stated = consider(date, before, weekday);
      if (stated) return { stated, yearless: null };
    }
    if (index >= 1) budget -= norm.length;
    if (budget <= 0) break;
  }
  return { stated: null, yearless };
}

/** The latest year (19xx, 20xx) the article mentions, up to the present. */
function latestYearMentioned(text: string, now: Date): number | null {
  let latest: number | null = null;
  for (const match of foldDigits(text.slice(0, CONTEXT_CHARS)).matchAll(YEAR_IN_TEXT)) {
    const year = Number(match[1]);
    if (year >= MIN_YEAR && year <= now.getUTCFullYear() && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** A yearless date in `year`, when its weekday agrees (see the module comment). */
function inYear({ date, weekday }: YearlessDate, year: number, now: Date): (DateMatch & { year: number }) | null {
  if (!isValidDate(year, date.month, date.day) || weekdayOf(year, date.month, date.day) !== weekday) return null;
  const dated = { ...date, year };
  return isAcceptable(dated, now) ? dated : null;
}

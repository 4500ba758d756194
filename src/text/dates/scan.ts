/**
 * Finds calendar dates (and a clock time right after them) in one line of normaliseForMatch output:
 * "14 مايو/أيار 2024", "May 14th, 2024", "14. Mai 2024", "2024-07-02 09:30:00", "02/07/2024".
 * It only recognises; deciding whether a date is the publication date is the caller's job.
 */
import { alternation, isValidDate, TEXT_MONTHS, toTimeOfDay, type MonthTable, type TimeOfDay } from './calendar.js';

export interface DateMatch {
  /** Offsets in the scanned (normalised) string. */
  start: number;
  /** End of the whole match, time included. */
  end: number;
  /** End of the date part alone. */
  dateEnd: number;
  /** Null for a day and month written without a year ("14 مايو"). */
  year: number | null;
  month: number;
  day: number;
  time: TimeOfDay | null;
}

export interface ScanOptions {
  /**
   * Resolve all-numeric dates whose first two fields are both ≤ 12 as day-first (Arabic and European
   * usage). Without it such dates ("02/07/2024") are dropped: guessing wrong is worse than no date.
   */
  dayFirst: boolean;
  /** Also report day + month without a year (only useful to recognise datelines). */
  allowYearless?: boolean;
  months?: MonthTable;
}

// A day number may carry an ordinal ("14th", "1er") or be glued to the Arabic article ("الـ14" →
// "ال14" once tatweel is folded), but must not be the tail of a larger number, time or numeric date.
// A single-letter proclitic may be glued to it too: "و15 يوليو" (and 15 July).
const DAY = String.raw`(?:(?<=ال|(?<![\p{L}])[وبلف])|(?<![\p{L}\p{N}:/.,-]))(?<day>\d{1,2})(?:st|nd|rd|th|er|eme|e)?(?![\p{L}\p{N}])`;
// "2024م" carries the Gregorian marker; a Hijri year (14xx) is outside 19xx/20xx and never matches.
const YEAR = String.raw`(?<year>(?:19|20)\d{2})(?![\p{N}])(?:\s*م(?![\p{L}]))?`;
const NO_LETTER_BEFORE = String.raw`(?<![\p{L}])`;
const NO_LETTER_AFTER = String.raw`(?![\p{L}])`;

interface Patterns {
  dayMonth: RegExp;
  monthDay: RegExp;
}

const patternCache = new WeakMap<MonthTable, Patterns>();

function patternsFor(months: MonthTable): Patterns {
  const cached = patternCache.get(months);
  if (cached) return cached;
  const month = (name: string): string => `${NO_LETTER_BEFORE}(?<${name}>${alternation(months.keys())})${NO_LETTER_AFTER}\\.?`;
  // Arabic outlets pair the two month systems: "14 مايو/أيار", "14 أيار (مايو)", "آب/ أغسطس".
  const pairedMonth = `${month('m1')}(?:\\s*[/(\\-–]\\s*${month('m2')}\\s*\\)?)?`;
  const yearTail = `(?:[\\s,،\\-]*(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${YEAR})?`;
  const patterns: Patterns = {
    // 14 May 2024 · 14. Mai 2024 · 14 من شهر مايو 2024 · 14-May-2024 · ١٢ نوفمبر، ٢٠١٩
    dayMonth: new RegExp(`${DAY}\\.?[\\s\\-]*(?:من\\s+)?(?:شهر\\s+)?${pairedMonth}${yearTail}`, 'gu'),
    // May 14, 2024 · Sept. 20 2023 · May 14th, 2024
    monthDay: new RegExp(`${pairedMonth}\\s*${DAY}(?:\\s*[,،]?\\s*${YEAR})?`, 'gu'),
  };
  patternCache.set(months, patterns);
  return patterns;
}

// 2024-07-02 · 2024/07/02 · 2024.07.02 (year first is never ambiguous).
const YEAR_FIRST = /(?<![\p{N}.,/:-])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[.,/:-]\p{N})/gu;
// 02/07/2024 · 2.7.2024 · 02-07-2024
const YEAR_LAST = /(?<![\p{N}.,/:-])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2})(?![\p{N}]|[.,/:-]\p{N})/gu;

// A clock time directly after a date: "، 09:30", " - 09:30", "T09:30:00", " at 10:05 am", "à 10h05",
// "à 15 h 44" (French typography spaces the h),
// "الساعة 9:30 مساء". A trailing zone or offset is consumed but not reported: article text gives
// local wall time and we do not invent or convert zones.
const TIME_AFTER_DATE = new RegExp(
  String.raw`[\s,،|•·\-–—]*(?:(?:at|a|t|الساعه|في\s+تمام\s+الساعه|في\s+الساعه)[\s,،]*)?` +
    String.raw`(?<![\p{N}])(\d{1,2})(?::|\s?h\s?)(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?![\p{N}])` +
    String.raw`(?:\s*(am|pm|a\.m\.|p\.m\.|صباحا|مساءا|مساء|ص|م)(?![\p{L}]))?` +
    String.raw`(?:\s*(?:gmt|utc|ut)?\s*[+-]\d{1,2}(?::?\d{2})?(?![\p{N}])|\s*(?:z|gmt|utc|ut)(?![\p{L}]))?`,
  'uy',
);

/** A clock time anywhere in a line (for dateline recognition). */
export const STANDALONE_TIME =
  /(?<![\p{N}:.])(\d{1,2})(?::|\s?h\s?)(\d{2})(?::(\d{2}))?(?![\p{N}])(?:\s*(am|pm|a\.m\.|p\.m\.|صباحا|مساءا|مساء|ص|م)(?![\p{L}]))?/gu;

interface RawDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
}

function monthOf(months: MonthTable, name: string | undefined): number | undefined {
  return name === undefined ? undefined : months.get(name.replace(/\s+/g, ' '));
}

function namedDates(text: string, regex: RegExp, months: MonthTable): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(regex)) {
    const groups = m.groups ?? {};
    const month = monthOf(months, groups.m1);
    const second = monthOf(months, groups.m2);
    // "مايو/أيار" is one month in two systems; "مايو/يونيو" is a range we cannot date.
    if (month === undefined || (second !== undefined && second !== month)) continue;
    const dayText = groups.day;
    const yearText = groups.year;
    if (dayText === undefined) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: yearText === undefined ? null : Number(yearText),
      month,
      day: Number(dayText),
    });
  }
  return out;
}

function numericDates(text: string, dayFirst: boolean): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(YEAR_FIRST)) {
    out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) });
  }
  for (const m of text.matchAll(YEAR_LAST)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const sep = m[2];
    let day: number;
    let month: number;
    if (a > 12 && b <= 12) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a]; // only month-first reads it: a US date
    else if (a === b || dayFirst || sep === '.') [day, month] = [a, b]; // dotted dates are European
    else continue;
    out.push({ start: m.index, end: m.index + m[0].length, year: Number(m[4]), month, day });
  }
  return out;
}

function attachTime(text: string, raw: RawDate): DateMatch {
  TIME_AFTER_DATE.lastIndex = raw.end;
  const m = TIME_AFTER_DATE.exec(text);
  if (m) {
    const time = toTimeOfDay(Number(m[1]), Number(m[2]), Number(m[3] ?? '0'), m[4]);
    if (time) return { ...raw, dateEnd: raw.end, end: raw.end + m[0].length, time };
  }
  return { ...raw, dateEnd: raw.end, time: null };
}

/** Every valid date in a normalised line, left to right, without overlaps. */
export function scanDates(text: string, options: ScanOptions): DateMatch[] {
  const months = options.months ?? TEXT_MONTHS;
  const { dayMonth, monthDay } = patternsFor(months);
  const raw = [
    ...namedDates(text, dayMonth, months),
    ...namedDates(text, monthDay, months),
    ...numericDates(text, options.dayFirst),
  ]
    .filter((d) => (d.year === null ? options.allowYearless === true : isValidDate(d.year, d.month, d.day)))
    // Without a year, 29 February is still a possible date.
    .filter((d) => d.year !== null || isValidDate(2000, d.month, d.day))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const out: DateMatch[] = [];
  let lastEnd = -1;
  for (const d of raw) {
    if (d.start < lastEnd) continue;
    const withTime = attachTime(text, d);
    out.push(withTime);
    lastEnd = withTime.end;
  }
  return out;
}

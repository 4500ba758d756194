/**
 * Calendar vocabulary and arithmetic shared by the date readers: Gregorian month and weekday names
 * as Arabic (Levantine/Syro-Iraqi, Egyptian, Maghrebi, Moroccan), English, French and German news
 * write them, plus the Portuguese, Spanish and Italian abbreviations feeds put in `pubDate`.
 *
 * Names are written here in their ordinary spelling and folded with normaliseForMatch when the module
 * loads, so "أبريل", "إبريل" and "ابريل", or "août" and "aout", become one key and the tables
 * stay readable. Scanners therefore always run on normaliseForMatch output.
 */
import { normaliseForMatch } from '../normalise.js';

/** Normalised month name → month number (1–12). */
export type MonthTable = ReadonlyMap<string, number>;

// Month names that news text uses. Two-word Levantine names come with and without the article
// because outlets write both ("كانون الثاني" and "كانون ثاني").
const TEXT_MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'january', 'jan', 'janvier', 'janv', 'januar', 'jänner']],
  [2, ['فبراير', 'شباط', 'فيفري', 'february', 'feb', 'février', 'févr', 'fév', 'februar']],
  [3, ['مارس', 'آذار', 'march', 'mar', 'mars', 'märz']],
  [4, ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل', 'april', 'apr', 'avril', 'avr']],
  [5, ['مايو', 'أيار', 'ماي', 'may', 'mai']],
  [6, ['يونيو', 'يونيه', 'يونية', 'حزيران', 'جوان', 'june', 'jun', 'juin', 'juni']],
  [7, ['يوليو', 'يوليه', 'يولية', 'يوليوز', 'تموز', 'جويلية', 'جويليه', 'july', 'jul', 'juillet', 'juil', 'juli']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'أوت', 'غشت', 'august', 'aug', 'août', 'aout']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر', 'september', 'sep', 'sept', 'septembre']],
  [10, ['أكتوبر', 'تشرين الأول', 'تشرين أول', 'october', 'oct', 'octobre', 'oktober', 'okt']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر', 'november', 'nov', 'novembre']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر', 'december', 'dec', 'décembre', 'déc', 'dezember', 'dez']],
];

// Only for metadata strings: in running text "out", "set" or "ago" are ordinary words, but in a
// feed's pubDate slot they are Portuguese, Spanish or Italian months.
const FEED_MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['janeiro', 'enero', 'ene', 'gennaio', 'gen']],
  [2, ['fevereiro', 'fev', 'febrero', 'febbraio']],
  [3, ['março', 'marzo']],
  [4, ['abril', 'abr', 'aprile']],
  [5, ['maio', 'mayo', 'maggio', 'mag']],
  [6, ['junho', 'junio', 'giugno', 'giu']],
  [7, ['julho', 'julio', 'luglio', 'lug']],
  [8, ['agosto', 'ago']],
  [9, ['setembro', 'set', 'septiembre', 'setiembre', 'settembre']],
  [10, ['outubro', 'out', 'octubre', 'ottobre', 'ott']],
  [11, ['novembro', 'noviembre']],
  [12, ['dezembro', 'diciembre', 'dic', 'dicembre']],
];

// Weekday names of article text by day of the week (0 = Sunday, as Date.getUTCDay counts): Arabic
// with and without the article (after "يوم" the article is often dropped), English, French, German.
const TEXT_WEEKDAYS_BY_DAY: ReadonlyArray<readonly string[]> = [
  ['الأحد', 'أحد', 'sunday', 'sun', 'dimanche', 'sonntag'],
  ['الإثنين', 'الاثنين', 'إثنين', 'اثنين', 'monday', 'mon', 'lundi', 'montag'],
  ['الثلاثاء', 'ثلاثاء', 'tuesday', 'tue', 'tues', 'mardi', 'dienstag'],
  ['الأربعاء', 'أربعاء', 'wednesday', 'wed', 'mercredi', 'mittwoch'],
  ['الخميس', 'خميس', 'thursday', 'thu', 'thur', 'thurs', 'jeudi', 'donnerstag'],
  ['الجمعة', 'جمعة', 'friday', 'fri', 'vendredi', 'freitag'],
  ['السبت', 'سبت', 'saturday', 'sat', 'samedi', 'samstag', 'sonnabend'],
];
const TEXT_WEEKDAYS = TEXT_WEEKDAYS_BY_DAY.flat();

const FEED_WEEKDAYS = [
  'segunda', 'seg', 'terça', 'ter', 'quarta', 'qua', 'quinta', 'qui', 'sexta', 'sex', 'sábado', 'sáb', 'domingo', 'dom',
  'lunes', 'lun', 'martes', 'miércoles', 'mié', 'jueves', 'jue', 'viernes', 'vie',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'gio', 'ven',
  'mer', 'jeu', 'sam', 'dim', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
];

function buildMonths(groups: ReadonlyArray<ReadonlyArray<readonly [number, readonly string[]]>>): MonthTable {
  const table = new Map<string, number>();
  for (const group of groups) {
    for (const [month, names] of group) for (const name of names) table.set(normaliseForMatch(name), month);
  }
  return table;
}

/** Months accepted inside article text. */
export const TEXT_MONTHS: MonthTable = buildMonths([TEXT_MONTH_NAMES]);
/** Months accepted in metadata strings (adds Portuguese, Spanish and Italian). */
export const FEED_MONTHS: MonthTable = buildMonths([TEXT_MONTH_NAMES, FEED_MONTH_NAMES]);

/** Normalised weekday names seen in article text. */
export const TEXT_WEEKDAY_NAMES: ReadonlySet<string> = new Set(TEXT_WEEKDAYS.map((d) => normaliseForMatch(d)));
/** Normalised weekday name of article text → day of the week (0 = Sunday). */
export const TEXT_WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(
  TEXT_WEEKDAYS_BY_DAY.flatMap((names, day) => names.map((name) => [normaliseForMatch(name), day] as const)),
);

/** Weekday names accepted at the head of a metadata string. */
export const FEED_WEEKDAY_NAMES: ReadonlySet<string> = new Set(
  [...TEXT_WEEKDAYS, ...FEED_WEEKDAYS].map((d) => normaliseForMatch(d)),
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex alternation (no group) for a set of normalised names, longest first so that "مايو"
 * wins over "ماي" and "septembre" over "sept"; inner spaces match any run of whitespace.
 */
export function alternation(names: Iterable<string>): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((name) => escapeRegExp(name).replace(/ +/g, '\\s+'))
    .join('|');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day of the week of a date (0 = Sunday). */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when a wall-clock time is known (no zone). */
export function formatLocal(year: number, month: number, day: number, time: TimeOfDay | null): string {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return time ? `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}` : date;
}

/** The UTC instant of a wall-clock time at a fixed offset, as `YYYY-MM-DDTHH:MM:SSZ`. */
export function formatUtc(year: number, month: number, day: number, time: TimeOfDay, offsetMinutes: number): string {
  const ms = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second) - offsetMinutes * 60_000;
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * A clock reading with an optional 12-hour marker. Arabic uses ص (morning) and م (evening), with
 * صباحا/مساء spelled out; م is also the "Gregorian" suffix on years, which the scanners consume first.
 */
export function toTimeOfDay(hour: number, minute: number, second: number, meridiem: string | undefined): TimeOfDay | null {
  if (minute > 59 || second > 60) return null;
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const pm = /^(?:pm|p\.m\.|م|مساء|مساءا)$/.test(meridiem);
    h = (h % 12) + (pm ? 12 : 0);
  } else if (h > 23) {
    return null;
  }
  // A leap second is real but JavaScript dates cannot hold it; the previous second is close enough.
  return { hour: h, minute, second: Math.min(second, 59) };
}

// Hijri months as normaliseForMatch leaves them (ى→ي, ة→ه, hamza dropped), with the genitive ذي.
const HIJRI_MONTHS = [
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'ربيع الثاني', 'ربيع أول', 'ربيع ثاني', 'جمادى الأولى', 'جمادى الآخرة',
  'جمادى الأول', 'جمادى الثانية', 'جمادى الثاني', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذي القعدة',
  'ذو الحجة', 'ذي الحجة',
].map((m) => normaliseForMatch(m));

/**
 * A Hijri date in normalised text ("6 ذو القعدة 1445 هـ"). It is not converted: outlets that print
 * one print the Gregorian date beside it, and readers only need to step over it.
 */
export const HIJRI_DATE = new RegExp(
  String.raw`(?<![\p{N}])\d{1,2}\s+(?:من\s+)?(?:شهر\s+)?(?:${alternation(HIJRI_MONTHS)})\s+\d{3,4}` +
    String.raw`(?:\s*(?:ه|للهجره|هجريه|هجري)(?![\p{L}]))?`,
  'gu',
);

/**
 * Normalises a metadata date string (feed pubDate, Atom updated, dataset column, page meta tag) to
 * ISO 8601. Feeds break RFC 822 in practice: Portuguese "Seg, 24 Set 2018 10:00:00 -0300", English
 * prose "December 31, 2017", two-digit years, US zone names. An offset or zone, when present, is
 * applied and the result given in UTC (`…Z`); without one the wall time is kept as written.
 * See RFC 822 §5 (https://www.rfc-editor.org/rfc/rfc822#section-5) and RFC 3339.
 */
import { foldDigits, normaliseForMatch, stripFormatChars } from '../normalise.js';
import {
  alternation,
  FEED_MONTHS,
  FEED_WEEKDAY_NAMES,
  formatLocal,
  formatUtc,
  isValidDate,
  toTimeOfDay,
  type TimeOfDay,
} from './calendar.js';
import { scanDates } from './scan.js';

export interface LooseDateOptions {
  /**
   * Read an ambiguous all-numeric date ("02/07/2024") day-first. Set it when the source is known to
   * write DD/MM/YYYY (Arabic and European datasets); otherwise such a value is unparseable.
   */
  dayFirst?: boolean;
}

// RFC 3339 / ISO 8601 extended form, the common case, parsed exactly.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

// Zone abbreviations RFC 822 names, plus the European ones feeds use. Military single letters other
// than Z are unreliable (RFC 1123 §5.2.14) and read as "no zone".
const ZONES: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cet: 60, cest: 120, met: 60, mest: 120, eet: 120, eest: 180, msk: 180,
};

const WEEKDAY_HEAD = new RegExp(
  String.raw`^(?:${alternation(FEED_WEEKDAY_NAMES)})(?:-feira)?(?![\p{L}])\.?[\s,،]*`,
  'u',
);

// What may follow the date: a time, then a zone and/or numeric offset, then an RFC 822 comment.
const TIME_TAIL = new RegExp(
  String.raw`^[\s,،]*(?:(?:at|a|t|um|às|as)\s*)?(\d{1,2})(?::|\s?h\s?)(\d{2})(?::(\d{2})(?:[.,]\d+)?)?` +
    String.raw`(?:\s*(am|pm|a\.m\.|p\.m\.))?`,
  'u',
);
const ZONE_TAIL = /^\s*(?:\(?([a-z]{1,5})\)?)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\s*(?:\([^)]*\))?\s*$/u;

// RFC 822 allows two-digit years ("24 Sep 18"); the text scanner wants four.
const SHORT_YEAR = new RegExp(
  String.raw`^(\d{1,2})[\s-]+(${alternation(FEED_MONTHS.keys())})\.?[\s-]+(\d{2})(?![\p{N}])`,
  'u',
);

function offsetOf(sign: string | undefined, hours: string | undefined, minutes: string | undefined): number {
  if (sign === undefined || hours === undefined) return 0;
  const total = Number(hours) * 60 + Number(minutes ?? '0');
  return sign === '-' ? -total : total;
}

function result(year: number, month: number, day: number, time: TimeOfDay | null, offset: number | null): string {
  if (time === null) return formatLocal(year, month, day, null);
  return offset === null ? formatLocal(year, month, day, time) : formatUtc(year, month, day, time, offset);
}

function parseIso(value: string): string | null | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  if (m[4] === undefined) return formatLocal(year, month, day, null);
  const time = toTimeOfDay(Number(m[4]), Number(m[5]), Number(m[6] ?? '0'), undefined);
  if (!time) return null;
  const zone = m[7];
  if (zone === undefined) return formatLocal(year, month, day, time);
  if (zone.toUpperCase() === 'Z') return formatUtc(year, month, day, time, 0);
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return formatUtc(year, month, day, time, offsetOf(z?.[1], z?.[2], z?.[3]));
}

/** The date part at the start of a normalised value, and where it ends. */
function leadingDate(norm: string, dayFirst: boolean): { year: number; month: number; day: number; end: number } | null {
  const short = SHORT_YEAR.exec(norm);
  if (short) {
    const month = FEED_MONTHS.get(short[2] ?? '');
    const yy = Number(short[3]);
    const year = yy < 50 ? 2000 + yy : 1900 + yy;
    const day = Number(short[1]);
    if (month !== undefined && isValidDate(year, month, day)) return { year, month, day, end: short[0].length };
  }
  const first = scanDates(norm, { dayFirst, months: FEED_MONTHS })[0];
  if (!first || first.start !== 0 || first.year === null) return null;
  // The scanner may have read a time too; the tail is re-read here so the zone is not lost.
  return { year: first.year, month: first.month, day: first.day, end: first.dateEnd };
}

/**
 * A metadata date string as ISO 8601: `YYYY-MM-DD` for a date alone, `YYYY-MM-DDTHH:MM:SSZ` (UTC)
 * when a zone or offset is given, `YYYY-MM-DDTHH:MM:SS` for a time without zone. Null if unparseable
 * (including impossible dates and ambiguous DD/MM vs MM/DD unless options.dayFirst).
 */
export function parseLooseDate(value: string, options: LooseDateOptions = {}): string | null {
  const plain = foldDigits(stripFormatChars(value)).trim();
  if (plain === '') return null;
  const iso = parseIso(plain);
  if (iso !== undefined) return iso;

  const norm = normaliseForMatch(plain).replace(/\s+/g, ' ').replace(WEEKDAY_HEAD, '');
  const date = leadingDate(norm, options.dayFirst ?? false);
  if (!date) return null;
  let rest = norm.slice(date.end);

  let time: TimeOfDay | null = null;
  const t = TIME_TAIL.exec(rest);
  if (t) {
    time = toTimeOfDay(Number(t[1]), Number(t[2]), Number(t[3] ?? '0'), t[4]);
    if (!time) return null;
    rest = rest.slice(t[0].length);
  }
  const z = ZONE_TAIL.exec(rest);
  if (!z) return null;
  const [, name, sign, hours, minutes] = z;
  let offset: number | null = null;
  if (name !== undefined) {
    const named = ZONES[name];
    // An unknown word after the date means we did not understand the value.
    if (named === undefined && !/^[a-y]$/.test(name)) return null;
    offset = named ?? null;
  }
  if (sign !== undefined) offset = (offset ?? 0) + offsetOf(sign, hours, minutes);
  return result(date.year, date.month, date.day, time, offset);
}

/**
 * A brief's period: inclusive calendar days, YYYY-MM-DD. Articles belong to a day by their own date
 * as the outlet printed it (articles.sort_time), so "the week of 16 November" means what readers saw
 * on those pages, whatever the server's time zone.
 */
import { InvalidInput } from '../../src/errors.js';
import { IsoDay } from '../brief/brief-model.js';

export interface Period {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
/** A brief over more than a year is a report, not a digest; it would also cluster too much at once. */
export const MAX_PERIOD_DAYS = 366;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayString(dayNumber(day) + days);
}

export function periodLength(period: Period): number {
  return dayNumber(period.to) - dayNumber(period.from) + 1;
}

/** Validates user-given days; errors name the option (`--from`, `--to`) that was wrong. */
export function parsePeriod(from: string, to: string, names = { from: '--from', to: '--to' }): Period {
  for (const [name, value] of [[names.from, from], [names.to, to]] as const) {
    const result = IsoDay.safeParse(value);
    if (!result.success) throw new InvalidInput(`${name}: "${value}" is not a date (${result.error.issues[0]?.message ?? 'expected YYYY-MM-DD'})`);
  }
  const period = { from, to };
  if (from > to) throw new InvalidInput(`${names.from} ${from} is after ${names.to} ${to}`);
  if (periodLength(period) > MAX_PERIOD_DAYS) throw new InvalidInput(`the period is ${periodLength(period)} days; at most ${MAX_PERIOD_DAYS} are allowed`);
  return period;
}

/** The period of the same length just before this one: what "change vs last week" compares with. */
export function previousPeriod(period: Period): Period {
  const length = periodLength(period);
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

/** The seven days ending on `day` (inclusive): the CLI's default when no period is given. */
export function weekEnding(day: string): Period {
  return { from: addDays(day, -6), to: day };
}

/**
 * Range on sort_time strings: `>= start AND < end`. ISO dates and date-times compare as text by their
 * day prefix, so a date-only value and a timestamp of the same day both fall inside.
 */
export function sortTimeRange(period: Period): { start: string; end: string } {
  return { start: period.from, end: addDays(period.to, 1) };
}

export function periodKey(period: Period): string {
  return `${period.from}..${period.to}`;
}

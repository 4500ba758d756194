/**
 * Wall-clock times in a subscriber's time zone, DST included, with the platform's Intl data — no
 * time-zone library needed for "Monday 08:00 in Africa/Cairo".
 */
import { addDays } from '../../digests/compile/period.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

function partsIn(instant: Date, zone: string): { day: string; minutes: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'long',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
    weekday: WEEKDAYS.indexOf(get('weekday').toLowerCase() as Weekday),
  };
}

/** The calendar day (YYYY-MM-DD) and weekday (0 = Monday) of an instant, in a zone. */
export function localDay(instant: Date, zone: string): { day: string; weekday: number } {
  const { day, weekday } = partsIn(instant, zone);
  return { day, weekday };
}

/** Minutes since local midnight of an instant, in a zone. */
export function localMinutes(instant: Date, zone: string): number {
  return partsIn(instant, zone).minutes;
}

/** Offset of the zone from UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, zone: string): number {
  const { day, minutes } = partsIn(instant, zone);
  const localAsUtc = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  return Math.round((localAsUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a local date and time (HH:MM) happens in a zone. Two passes settle the offset across a
 * DST change; a time skipped by a spring-forward lands just after the gap.
 */
export function zonedInstant(day: string, time: string, zone: string): Date {
  const localAsUtc = Date.parse(`${day}T${time}:00Z`);
  let guess = new Date(localAsUtc);
  for (let i = 0; i < 2; i++) guess = new Date(localAsUtc - offsetMinutes(guess, zone) * 60_000);
  return guess;
}

/**
 * The latest scheduled moment (weekday + HH:MM in the zone) at or before `now`, and the brief period
 * it closes: the seven local days before that day.
 */
export function lastScheduled(now: Date, schedule: { day: string; time: string; zone: string }): { at: Date; period: { from: string; to: string } } {
  const target = WEEKDAYS.indexOf(schedule.day as Weekday);
  if (target < 0) throw new Error(`unknown weekday ${schedule.day}`);
  const today = localDay(now, schedule.zone);
  let day = addDays(today.day, -((today.weekday - target + 7) % 7));
  let at = zonedInstant(day, schedule.time, schedule.zone);
  if (at.getTime() > now.getTime()) {
    day = addDays(day, -7);
    at = zonedInstant(day, schedule.time, schedule.zone);
  }
  return { at, period: { from: addDays(day, -7), to: addDays(day, -1) } };
}

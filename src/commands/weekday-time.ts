/**
 * The day, clock time and time zone of a weekly brief schedule as people type them in chat:
 * "monday 08:00 Africa/Cairo", "mon 8am", "fri 5:30pm", "الاثنين ٠٨:٠٠". Each parser returns null for
 * anything else, so the grammar can name the bad value back to the user.
 */
import { normaliseForMatch } from '../text/normalise.js';

import type { Weekday } from '../delivery/zoned-time.js';

export type { Weekday };

// Arabic names with and without the article; keys go through normaliseForMatch like the input,
// so الإثنين and الاثنين, الأحد and الاحد are one key.
const DAY_WORDS: Record<Weekday, readonly string[]> = {
  monday: ['monday', 'mon', 'الاثنين', 'اثنين'],
  tuesday: ['tuesday', 'tue', 'tues', 'الثلاثاء', 'ثلاثاء'],
  wednesday: ['wednesday', 'wed', 'الأربعاء', 'أربعاء'],
  thursday: ['thursday', 'thu', 'thur', 'thurs', 'الخميس', 'خميس'],
  friday: ['friday', 'fri', 'الجمعة', 'جمعة'],
  saturday: ['saturday', 'sat', 'السبت', 'سبت'],
  sunday: ['sunday', 'sun', 'الأحد', 'أحد'],
};

const DAYS = new Map<string, Weekday>(
  (Object.entries(DAY_WORDS) as [Weekday, readonly string[]][]).flatMap(([day, words]) =>
    words.map((word) => [normaliseForMatch(word), day] as const),
  ),
);

// Trailing punctuation people add in chat ("monday," "8am.") is not part of the value.
const TRAILING_PUNCTUATION = /[.,،;:!?؟]+$/u;

export function parseWeekday(word: string): Weekday | null {
  return DAYS.get(normaliseForMatch(word).replace(TRAILING_PUNCTUATION, '')) ?? null;
}

// ص/م are how Arabic writes am/pm; صباحًا/مساءً lose their tanween in normaliseForMatch.
const MERIDIEM = new Map<string, 'am' | 'pm'>(
  (
    [
      ['am', 'am'],
      ['a.m.', 'am'],
      ['pm', 'pm'],
      ['p.m.', 'pm'],
      ['ص', 'am'],
      ['صباحا', 'am'],
      ['م', 'pm'],
      ['مساء', 'pm'],
      ['مساءا', 'pm'],
    ] as const
  ).map(([word, half]) => [normaliseForMatch(word), half] as const),
);

/** True for a separate am/pm word ("8 am"), so the grammar can join it to the time before. */
export function isMeridiem(word: string): boolean {
  return MERIDIEM.has(normaliseForMatch(word));
}

const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?\s*(\S*)$/u;

/** "08:00", "8:00", "8am", "5:30pm", "17:30", "٠٨:٠٠", "8 ص" → "HH:MM" on the 24-hour clock. */
export function parseClockTime(text: string): string | null {
  // normaliseForMatch folds Eastern Arabic digits and lower-cases AM/PM.
  const match = CLOCK.exec(normaliseForMatch(text).replace(/\s+/gu, ' ').trim());
  if (!match) return null;
  const [, hourText = '', minuteText = '00', suffix = ''] = match;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (minute > 59) return null;
  if (suffix === '') {
    if (hour > 23) return null;
  } else {
    const half = MERIDIEM.get(suffix);
    if (half === undefined || hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

// IANA names only ("Africa/Cairo", "UTC", "Etc/GMT+2"): a stored zone must work in every scheduler,
// and the shape check keeps arbitrary chat text away from Intl.
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

let knownZones: Map<string, string> | undefined;

function zoneSpelling(name: string): string | undefined {
  knownZones ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
  return knownZones.get(name.toLowerCase());
}

/**
 * A valid IANA time zone in its usual spelling ("africa/cairo" → "Africa/Cairo"), or null. Names Intl
 * accepts but does not list as canonical (UTC, Asia/Kolkata on older ICU) are kept as typed rather than
 * swapped for an alias the user would not recognise (Intl resolves "EST" to "America/Panama").
 */
export function parseTimeZone(name: string): string | null {
  if (name.length > 64 || !ZONE_SHAPE.test(name)) return null;
  if (name.toLowerCase() === 'utc') return 'UTC';
  const listed = zoneSpelling(name);
  if (listed !== undefined) return listed;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    return null; // RangeError: not a time zone Intl knows
  }
}

/**
 * The chat command grammar shared by the Slack app (`/migration …`) and the Teams bot (a message to
 * it), after the GitHub app for Slack (`/github subscribe owner/repo`): a verb first, its arguments
 * after, and anything that is not a command is a search. Pure parsing of untrusted chat text: it never
 * throws, and a mistake comes back as `usage` with a sentence the adapter shows beside the help.
 * https://api.slack.com/interactivity/slash-commands
 *
 * Whether words are a command or a search (the rule the tests pin down):
 * - follow, unfollow, subscribe, unsubscribe, track, search: the verb always wins ("follow the money").
 * - list, brief, sources: only alone; with more words it is a search ("list of deportations"). brief
 *   takes one word more to ask for everything («brief all», «brief --all», «موجز الكل»): briefs and
 *   topic cards carry migration news only unless the reader asks for all; a search that ends in
 *   "--all" shows a topic's card with every story.
 *   help: alone, or before one verb or "me"; otherwise a search ("help for refugees in chad").
 * - language, threads, schedule, quiet take a closed set of values: a value that does not fit is a
 *   usage error when one word follows ("language french"), a search when several do and none is a
 *   value ("language barriers for asylum seekers", "schedule of deportation flights", "quiet
 *   diplomacy on returns"); for schedule and quiet, words that look like a time make it a mistake.
 * - unmute takes an outlet's name, like follow takes a topic: the verb always wins.
 * - Did you mean: see `suggestVerb` below.
 */
import { quoteInput } from '../errors.js';
import { isArabicScript, normaliseForMatch, removeInvisible } from '../text/normalise.js';
import { isMeridiem, parseClockTime, parseTimeZone, parseWeekday, type Weekday } from './weekday-time.js';

export type { Weekday } from './weekday-time.js';

export type ParsedCommand =
  /** all: the topic card it may show lists every story, not only migration news. */
  | { kind: 'search'; query: string; all?: true }
  | { kind: 'follow'; topic: string; alerts: boolean }
  | { kind: 'unfollow'; topic: string }
  | { kind: 'subscribe'; topic: string; alerts: boolean }
  | { kind: 'unsubscribe'; topic: string }
  | { kind: 'list' }
  /** all: every story of the followed topics, not only migration news. */
  | { kind: 'brief'; all?: true }
  | { kind: 'schedule'; day: Weekday; time: string; timeZone: string | null }
  | { kind: 'language'; lang: 'en' | 'ar' }
  | { kind: 'track'; name: string; aliases: string[] }
  | { kind: 'threads'; on: boolean }
  /** Quiet hours for alerts, HH:MM in the target's zone; both null: none. */
  | { kind: 'quiet'; start: string | null; end: string | null }
  | { kind: 'unmute'; source: string }
  | { kind: 'sources' }
  | { kind: 'help' }
  | { kind: 'usage'; verb: string | null; message: string; suggestion: string | null };

export const VERBS = [
  'follow',
  'unfollow',
  'subscribe',
  'unsubscribe',
  'list',
  'brief',
  'schedule',
  'language',
  'track',
  'threads',
  'quiet',
  'unmute',
  'sources',
  'search',
  'help',
] as const;

type Verb = (typeof VERBS)[number];

export const MAX_COMMAND_CHARS = 1000;
/** Longest topic, tracked name or alias: a name, not a paragraph. */
export const MAX_NAME_CHARS = 200;

// Arabic verbs, compared in matching form so أ/إ/آ/ا and ة/ه do not matter. Two-word forms first.
const ARABIC_VERBS: ReadonlyMap<string, Verb> = new Map(
  (
    [
      ['إلغاء المتابعة', 'unfollow'],
      ['إلغاء متابعة', 'unfollow'],
      ['إلغاء الاشتراك', 'unsubscribe'],
      ['إلغاء اشتراك', 'unsubscribe'],
      ['تابع', 'follow'],
      ['ألغ', 'unfollow'],
      ['اشترك', 'subscribe'],
      ['قائمة', 'list'],
      ['موجز', 'brief'],
      ['مساعدة', 'help'],
      ['لغة', 'language'],
      ['موعد الموجز', 'schedule'],
      ['موعد', 'schedule'],
      ['المصادر', 'sources'],
      ['ساعات الهدوء', 'quiet'],
      ['هدوء', 'quiet'],
      ['إلغاء الكتم', 'unmute'],
      ['إلغاء كتم', 'unmute'],
    ] as const
  ).map(([phrase, verb]) => [normaliseForMatch(phrase), verb]),
);

const ENGLISH_VERBS: ReadonlySet<string> = new Set(VERBS);

const USAGE: Record<Exclude<Verb, 'list' | 'brief' | 'sources' | 'help'>, string> = {
  follow: 'follow needs a topic, e.g. "follow egypt" or "follow khartoum process alerts"',
  unfollow: 'unfollow needs a topic, e.g. "unfollow egypt"',
  subscribe: 'subscribe needs a topic for this channel, e.g. "subscribe egypt" or "subscribe khartoum process alerts"',
  unsubscribe: 'unsubscribe needs a topic, e.g. "unsubscribe egypt"',
  schedule: 'schedule needs a day and a time, e.g. "schedule monday 08:00 Africa/Cairo" or "schedule fri 5:30pm"',
  language: 'language needs en or ar, e.g. "language ar" or "language english"',
  track:
    'track needs a name, "=" and aliases separated by commas, e.g. "track Tunis MoU = Tunisia memorandum, مذكرة التفاهم مع تونس"',
  threads: 'threads needs on or off, e.g. "threads on"',
  quiet: 'quiet needs a start and an end time for alerts to wait, e.g. "quiet 22:00-07:00" or "quiet 10pm-7am", or "quiet off"',
  unmute: 'unmute needs an outlet\'s name, e.g. "unmute Al-Wasat" (`list` shows the muted ones)',
  search: 'search needs words to look for, e.g. "search IOM Libya"',
};

function usage(verb: Verb | null, message: string, suggestion: string | null = null): ParsedCommand {
  return { kind: 'usage', verb, message, suggestion };
}

/** The escape hatch for a search that starts with a verb, added to usage errors that may be one. */
function searchHint(words: readonly string[]): string {
  return ` To search for these words instead, write ${quoteInput(`search ${words.join(' ')}`)}.`;
}

// ---- cleaning -------------------------------------------------------------------------------------

// Beyond this even cleaning is wasted work: the text cannot shrink to a command.
const MAX_RAW_CHARS = MAX_COMMAND_CHARS * 16;
// Teams leaves the bot's own mention at the start of a message to it.
const LEADING_MENTIONS = /^(?:<at>[^<>]{0,100}<\/at>\s*)+/iu;
// Teams users paste the Slack form, and Slack passes it on when the command is typed twice.
const LEADING_SLASH_COMMAND = /^\/migration(?=\s|$)/iu;
// Slack escapes these three in command text; one pass, so "&amp;lt;" stays "&lt;" as typed.
const SLACK_ENTITIES = /&(amp|lt|gt);/gu;
const ENTITY_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

/**
 * Chat text as words: invisible and bidi controls gone (a U+202E could reverse what we echo back),
 * whitespace collapsed, Slack's escapes decoded, a leading bot mention and "/migration" dropped.
 * The decoded text may hold "<!channel>": renderers must escape anything they echo.
 */
function cleanCommandText(text: string): string {
  const visible = removeInvisible(text).replace(/\s+/gu, ' ').trim();
  const addressed = visible.replace(LEADING_MENTIONS, '').replace(LEADING_SLASH_COMMAND, '').trim();
  return addressed.replace(SLACK_ENTITIES, (_, name: string) => ENTITY_TEXT[name] ?? '').trim();
}

function tooLong(length: number): ParsedCommand {
  return usage(
    null,
    `That message is too long for a command (${length} characters; the limit is ${MAX_COMMAND_CHARS}). Send a shorter command or a few search words.`,
  );
}

// ---- verbs ----------------------------------------------------------------------------------------

// "help?", "list.", "follow: egypt" — chat punctuation on the verb is not part of it.
const TRAILING_PUNCTUATION = /[.,،;:!?؟]+$/u;

function matchForm(word: string): string {
  return normaliseForMatch(word).replace(TRAILING_PUNCTUATION, '');
}

/** The verb the text starts with and how many words it took, or null. */
function readVerb(words: readonly string[]): { verb: Verb; length: number } | null {
  const [first, second] = words;
  if (first === undefined) return null;
  const one = matchForm(first);
  if (second !== undefined) {
    const two = ARABIC_VERBS.get(`${normaliseForMatch(first)} ${matchForm(second)}`);
    if (two !== undefined) return { verb: two, length: 2 };
  }
  if (ENGLISH_VERBS.has(one)) return { verb: one as Verb, length: 1 };
  const arabic = ARABIC_VERBS.get(one);
  return arabic === undefined ? null : { verb: arabic, length: 1 };
}

/** The command for a verb and the words after it; null when those words make the text a search. */
function parseVerb(verb: Verb, rest: readonly string[]): ParsedCommand | null {
  switch (verb) {
    case 'follow':
    case 'subscribe':
      return parseFollow(verb, rest);
    case 'unfollow':
    case 'unsubscribe': {
      const topic = parseTopic(verb, rest);
      return typeof topic === 'string' ? { kind: verb, topic } : topic;
    }
    case 'unmute': {
      const source = parseTopic(verb, rest);
      return typeof source === 'string' ? { kind: 'unmute', source } : source;
    }
    case 'brief':
      if (rest.length === 1 && ALL_WORDS.has(matchForm(rest[0]!))) return { kind: 'brief', all: true };
      return rest.length === 0 ? { kind: verb } : null;
    case 'list':
    case 'sources':
      return rest.length === 0 ? { kind: verb } : null;
    case 'help':
      return isHelpTopic(rest) ? { kind: 'help' } : null;
    case 'schedule':
      return parseSchedule(rest);
    case 'language':
      return parseLanguage(rest);
    case 'track':
      return parseTrack(rest);
    case 'threads':
      return parseThreads(rest);
    case 'quiet':
      return parseQuiet(rest);
    case 'search':
      return rest.length === 0 ? usage('search', USAGE.search) : { kind: 'search', query: rest.join(' ') };
  }
}

function isHelpTopic(rest: readonly string[]): boolean {
  if (rest.length === 0) return true;
  if (rest.length > 2) return false;
  const key = matchForm(rest.join(' '));
  return key === 'me' || ENGLISH_VERBS.has(key) || ARABIC_VERBS.has(key);
}

// Surrounding quotes are how people mark a multi-word topic, not part of it.
const QUOTED = /^(["'“‘«])(.*)(["'”’»])$/u;
const CLOSING_QUOTE: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»' };

function unquote(text: string): string {
  const match = QUOTED.exec(text);
  if (!match) return text;
  const [, open = '', inner = '', close = ''] = match;
  return CLOSING_QUOTE[open] === close ? inner.trim() : text;
}

function parseTopic(verb: Verb, words: readonly string[]): string | ParsedCommand {
  const topic = unquote(words.join(' '));
  const message = USAGE[verb as keyof typeof USAGE];
  if (topic === '') return usage(verb, message);
  if (topic.length > MAX_NAME_CHARS)
    return usage(verb, `A ${verb === 'unmute' ? 'name' : 'topic'} is at most ${MAX_NAME_CHARS} characters; ${quoteInput(topic)} is ${topic.length}.`);
  return topic;
}

const ALERT_WORDS: ReadonlySet<string> = new Set(['alerts', 'تنبيهات', 'التنبيهات'].map(normaliseForMatch));
const WITH_WORDS: ReadonlySet<string> = new Set(['with', 'مع'].map(normaliseForMatch));

/** "follow egypt", "follow egypt alerts", "follow egypt with alerts", "تابع مصر مع التنبيهات". */
function parseFollow(verb: 'follow' | 'subscribe', rest: readonly string[]): ParsedCommand {
  let words = rest;
  const last = words.at(-1);
  const alerts = last !== undefined && ALERT_WORDS.has(matchForm(last));
  if (alerts) {
    words = words.slice(0, -1);
    const before = words.at(-1);
    if (before !== undefined && WITH_WORDS.has(matchForm(before))) words = words.slice(0, -1);
  }
  const topic = parseTopic(verb, words);
  return typeof topic === 'string' ? { kind: verb, topic, alerts } : topic;
}

const LANGUAGES: ReadonlyMap<string, 'en' | 'ar'> = new Map(
  (
    [
      ['en', 'en'],
      ['english', 'en'],
      ['الإنجليزية', 'en'],
      ['إنجليزي', 'en'],
      ['الإنجليزي', 'en'],
      ['إنجليزية', 'en'],
      ['الإنكليزية', 'en'],
      ['ar', 'ar'],
      ['arabic', 'ar'],
      ['العربية', 'ar'],
      ['عربي', 'ar'],
      ['العربي', 'ar'],
      ['عربية', 'ar'],
    ] as const
  ).map(([word, lang]) => [normaliseForMatch(word), lang]),
);

function parseLanguage(rest: readonly string[]): ParsedCommand | null {
  if (rest.length === 0) return usage('language', USAGE.language);
  const lang = LANGUAGES.get(matchForm(rest.join(' ')));
  if (lang !== undefined) return { kind: 'language', lang };
  if (rest.length > 1) return null;
  return usage(
    'language',
    `Mawjaz answers in English (en) or Arabic (ar); ${quoteInput(rest.join(' '))} is not one of them.${searchHint(['language', ...rest])}`,
  );
}

const SWITCH: ReadonlyMap<string, boolean> = new Map([
  ['on', true],
  ['off', false],
]);

function parseThreads(rest: readonly string[]): ParsedCommand | null {
  if (rest.length === 0) return usage('threads', USAGE.threads);
  const on = SWITCH.get(matchForm(rest.join(' ')));
  if (on !== undefined) return { kind: 'threads', on };
  if (rest.length > 1) return null;
  return usage('threads', `threads takes on or off, not ${quoteInput(rest.join(' '))}.`);
}

const QUIET_OFF: ReadonlySet<string> = new Set(['off', 'none', 'إيقاف', 'لا'].map(normaliseForMatch));
// Between the two times: "22:00-07:00", "22:00 – 07:00", "10pm to 7am", "من ١٠ م إلى ٧ ص".
const RANGE_WORDS: ReadonlySet<string> = new Set(['-', 'to', 'until', 'till', 'إلى', 'الى', 'حتى'].map(normaliseForMatch));
const FROM_WORDS: ReadonlySet<string> = new Set(['from', 'من'].map(normaliseForMatch));

/** A clock time that is not a bare number: "10 deportation flights" does not look like a time. */
function looksLikeTime(word: string): boolean {
  return parseClockTime(word) !== null && !/^\d+$/u.test(normaliseForMatch(word));
}

/** Two times from the words, split at a range word or wherever both halves read as times. */
function timeRange(words: readonly string[]): { start: string; end: string } | null {
  const separator = words.findIndex((w) => RANGE_WORDS.has(matchForm(w)));
  const splits = separator > 0 ? [[separator, separator + 1]] : words.map((_, i) => [i, i]).slice(1);
  for (const [endOfStart = 0, startOfEnd = 0] of splits) {
    const start = parseClockTime(words.slice(0, endOfStart).join(' '));
    const end = parseClockTime(words.slice(startOfEnd).join(' '));
    if (start !== null && end !== null) return { start, end };
  }
  return null;
}

/** "quiet 22:00-07:00", "quiet 22:00 07:00", "quiet 10pm-7am", "quiet from 10 pm to 7 am", "quiet off". */
function parseQuiet(rest: readonly string[]): ParsedCommand | null {
  if (rest.length === 0) return usage('quiet', USAGE.quiet);
  if (rest.length === 1 && QUIET_OFF.has(matchForm(rest[0] ?? ''))) return { kind: 'quiet', start: null, end: null };
  // Dashes may touch the times ("22:00-07:00", "10pm–7am"): make them words of their own.
  let words = rest.join(' ').replace(/[-–—]/gu, ' - ').split(' ').filter((w) => w !== '');
  if (words[0] !== undefined && FROM_WORDS.has(matchForm(words[0]))) words = words.slice(1);
  const range = timeRange(words);
  if (range !== null) {
    if (range.start === range.end) return usage('quiet', `Quiet hours need an end different from their start (${range.start}). ${USAGE.quiet}.`);
    return { kind: 'quiet', ...range };
  }
  if (rest.length > 1 && !words.some(looksLikeTime)) return null;
  return usage('quiet', `${quoteInput(rest.join(' '))} is not a start and an end time. ${USAGE.quiet}.`);
}

const AT_WORDS: ReadonlySet<string> = new Set(['at', 'الساعة', 'الساعه', 'في'].map(normaliseForMatch));

/** "monday 08:00", "mon 8am", "friday 17:30 Europe/London", "الاثنين الساعة ٨ ص Africa/Cairo". */
function parseSchedule(rest: readonly string[]): ParsedCommand | null {
  const [dayWord, ...after] = rest;
  if (dayWord === undefined) return usage('schedule', USAGE.schedule);
  const day = parseWeekday(dayWord);
  if (day === null) {
    // "schedule of deportation flights" is a search; "schedule 8am monday" is a mistake to explain.
    // A bare number ("10 deportation flights") is not enough to look like a time.
    const schedulish = rest.some((word) => parseWeekday(word) !== null || looksLikeTime(word));
    if (!schedulish && rest.length > 1) return null;
    return usage('schedule', `${quoteInput(dayWord)} is not a day of the week. ${USAGE.schedule}.`);
  }
  let words = after;
  const first = words[0];
  if (first !== undefined && AT_WORDS.has(matchForm(first))) words = words.slice(1);
  const [timeWord, maybeMeridiem] = words;
  if (timeWord === undefined) return usage('schedule', `schedule needs a time after ${dayWord}. ${USAGE.schedule}.`);
  const joined = maybeMeridiem !== undefined && isMeridiem(maybeMeridiem);
  const timeText = joined ? `${timeWord} ${maybeMeridiem}` : timeWord;
  const time = parseClockTime(timeText);
  if (time === null)
    return usage('schedule', `${quoteInput(timeText)} is not a time; write it like "08:00", "17:30" or "8am".`);
  const zoneWords = words.slice(joined ? 2 : 1);
  const [zoneWord] = zoneWords;
  if (zoneWord === undefined) return { kind: 'schedule', day, time, timeZone: null };
  if (zoneWords.length > 1)
    return usage('schedule', `schedule takes a day, a time and one time zone; ${quoteInput(zoneWords.join(' '))} is more than that.`);
  const timeZone = parseTimeZone(zoneWord);
  if (timeZone === null)
    return usage('schedule', `${quoteInput(zoneWord)} is not a time zone; use a name like "Africa/Cairo", "Europe/London" or "UTC".`);
  return { kind: 'schedule', day, time, timeZone };
}

// Arabic writes lists with "،"; both separate aliases.
const ALIAS_SEPARATOR = /[,،]/u;

/** "track Tunis MoU = Tunisia memorandum, مذكرة التفاهم مع تونس". */
function parseTrack(rest: readonly string[]): ParsedCommand {
  const text = rest.join(' ');
  const equals = text.indexOf('=');
  if (equals < 0) return usage('track', rest.length === 0 ? USAGE.track : `${USAGE.track}.${searchHint(['track', ...rest])}`);
  const name = unquote(text.slice(0, equals).trim());
  if (name === '') return usage('track', `track needs a name before "=". ${USAGE.track}.`);
  const seen = new Set<string>([normaliseForMatch(name)]);
  const aliases: string[] = [];
  for (const part of text.slice(equals + 1).split(ALIAS_SEPARATOR)) {
    const alias = unquote(part.trim());
    const key = normaliseForMatch(alias);
    if (alias === '' || seen.has(key)) continue; // a repeated alias or the name itself adds nothing
    seen.add(key);
    aliases.push(alias);
  }
  if (aliases.length === 0) return usage('track', `track needs at least one alias after "=". ${USAGE.track}.`);
  const long = [name, ...aliases].find((value) => value.length > MAX_NAME_CHARS);
  if (long !== undefined)
    return usage('track', `A name or alias is at most ${MAX_NAME_CHARS} characters; ${quoteInput(long)} is ${long.length}.`);
  return { kind: 'track', name, aliases };
}

// ---- did you mean ---------------------------------------------------------------------------------

// Real words one slip away from a verb that people do search for on their own.
const NOT_TYPOS: ReadonlySet<string> = new Set(['lost', 'lust']);
// Verbs whose argument is free text: any words after them "fit", so the typo itself must be convincing.
const FREE_TEXT: ReadonlySet<Verb> = new Set(['follow', 'unfollow', 'subscribe', 'unsubscribe', 'unmute', 'search']);

/**
 * "folow egypt" → `follow egypt`. The first word is a typo of a verb when it is Latin script, starts
 * with the verb's letter, and is within Damerau–Levenshtein distance 1 of it (2 for verbs of 7+ letters)
 * where a substituted letter counts only if it neighbours the right one on the keyboard. That keeps
 * real words out: "fellow migrants", "hollow promises", "truck", "grief" are searches. Then the words
 * after must parse as that verb's arguments (a valid schedule, an "=", on/off…), so list, brief and
 * sources are only suggested for a lone word ("lst"), and inflections of free-text verbs ("follows
 * talks in Rome") stay searches. Arabic is left out: its three-letter roots put real words one letter
 * from every verb (رابع/تابع, المهاجر/المصادر).
 */
function suggestVerb(words: readonly string[]): ParsedCommand | null {
  const [first, ...rest] = words;
  if (first === undefined || isArabicScript(first)) return null;
  const typed = matchForm(first);
  if (typed.length < 3 || NOT_TYPOS.has(typed) || !/^[a-z]+$/u.test(typed)) return null;
  for (const verb of VERBS) {
    if (verb[0] !== typed[0]) continue;
    if (FREE_TEXT.has(verb) && typed.startsWith(verb)) continue;
    if (typoDistance(typed, verb) > (verb.length >= 7 ? 2 : 1)) continue;
    const parsed = parseVerb(verb, rest);
    if (parsed === null || parsed.kind !== verb) continue;
    const suggestion = [verb, ...rest].join(' ');
    return usage(verb, `${quoteInput(first)} is not a command. Did you mean ${quoteInput(suggestion)}?`, suggestion);
  }
  return null;
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
// Each row sits a little right of the one above; x in key widths.
const ROW_OFFSETS = [0, 0.25, 0.75];
const KEY_POSITIONS = new Map<string, { x: number; y: number }>(
  KEYBOARD_ROWS.flatMap((row, y) => Array.from(row, (key, column) => [key, { x: column + (ROW_OFFSETS[y] ?? 0), y }] as const)),
);

function neighbours(a: string, b: string): boolean {
  const p = KEY_POSITIONS.get(a);
  const q = KEY_POSITIONS.get(b);
  if (p === undefined || q === undefined) return false;
  const dx = Math.abs(p.x - q.x);
  return (p.y === q.y && dx === 1) || (Math.abs(p.y - q.y) === 1 && dx < 1);
}

/** Optimal-string-alignment distance; a substitution costs 1 between neighbouring keys, else 2. */
function typoDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d: number[] = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const x = a.charAt(i - 1);
      const y = b.charAt(j - 1);
      const substitution = x === y ? 0 : neighbours(x, y) ? 1 : 2;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution);
      if (i > 1 && j > 1 && x === b.charAt(j - 2) && a.charAt(i - 2) === y) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

// ---- entry point ----------------------------------------------------------------------------------

/** The command in one chat message: never throws, whatever the text. */
export function parseCommand(text: string): ParsedCommand {
  if (text.length > MAX_RAW_CHARS) return tooLong(text.length);
  const clean = cleanCommandText(text);
  if (clean.length > MAX_COMMAND_CHARS) {
    const characters = Array.from(clean).length; // code points: an emoji is one character to the user
    if (characters > MAX_COMMAND_CHARS) return tooLong(characters);
  }
  if (clean === '') return { kind: 'help' };
  const words = clean.split(' ');
  const found = readVerb(words);
  if (found !== null) return parseVerb(found.verb, words.slice(found.length)) ?? searchFor(words);
  return suggestVerb(words) ?? searchFor(words);
}

/** The words that ask for every story rather than migration news only. */
const ALL_WORDS = new Set(['all', '--all', 'everything', 'tout', 'الكل', 'كل'].map(matchForm));

/** A search; a trailing "--all" asks for every story in the topic card it may show. */
function searchFor(words: readonly string[]): ParsedCommand {
  if (words.length > 1 && words.at(-1) === '--all') return { kind: 'search', query: words.slice(0, -1).join(' '), all: true };
  return { kind: 'search', query: words.join(' ') };
}

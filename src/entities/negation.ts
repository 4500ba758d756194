/**
 * Words that turn the wording after them into its opposite: «الهجرة غير الشرعية» is irregular
 * migration, not the «الهجرة الشرعية» (legal migration) it contains; "non-refoulement" is a principle
 * of refugee protection, not a refoulement; « sans visa », "without papers", «بدون تأشيرة» name the
 * absence of a legal pathway. A theme wording is not read where one of these stands right before it
 * (the article side, ./matcher.ts) or between its words (the query side, ../search/topic-lookup.ts);
 * a wording that holds the negator itself («الهجرة غير الشرعية», "sans-papiers") is read as written.
 * Only words that form such a compound are listed: a clause negation ("not", «لا», « pas », «عدم» before
 * a verbal noun: «عدم منح اللجوء») denies an act ("he was not deported"), and the story is still about it.
 */
import { isArabicScript, normaliseForMatch } from '../text/normalise.js';
import { type Token, textKeys } from '../text/tokens.js';

const NEGATORS = new Set(['غير', 'دون', 'بدون', 'بلا', 'non', 'sans', 'without'].map(normaliseForMatch));

/** «حال دون» is "prevented": «حالت دون ترحيله» (prevented his deportation) is still about the deportation. */
const PREVENT = new Set(['حال', 'حالت', 'يحول', 'تحول', 'حيلولة', 'يحولون', 'تحولان', 'يحولان'].map(normaliseForMatch));
const WITHOUT_OR_BELOW = normaliseForMatch('دون');
/** How many words before «دون» the verb «حال» may stand. */
const PREVENT_REACH = 3;

const keysOf = (norm: string): string[] => (isArabicScript(norm) ? textKeys(norm) : [norm]);

/**
 * Whether tokens[i] negates the wording after it: a negating word, with any Arabic proclitic («وغير»,
 * «بغير», «بدون»), and not the «دون» of «حال دون».
 */
export function negatesNext(tokens: readonly Pick<Token, 'norm'>[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  const keys = keysOf(token.norm);
  if (!keys.some((key) => NEGATORS.has(key))) return false;
  if (!keys.includes(WITHOUT_OR_BELOW)) return true;
  // «حالت دون», «حال بالتالي دون», «حالت الشرطة دون»: the verb stands a few words back.
  return !tokens.slice(Math.max(0, i - PREVENT_REACH), i).some((before) => keysOf(before.norm).some((key) => PREVENT.has(key)));
}

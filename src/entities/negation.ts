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

/** Whether the token is a negating word, with any Arabic proclitic («وغير», «بغير», «ومن دون»). */
export function isNegator(token: Pick<Token, 'norm'>): boolean {
  if (NEGATORS.has(token.norm)) return true;
  return isArabicScript(token.norm) && textKeys(token.norm).some((key) => NEGATORS.has(key));
}

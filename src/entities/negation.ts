/**
 * Words that turn the wording after them into its opposite: «الهجرة غير الشرعية» is irregular
 * migration, not the «الهجرة الشرعية» (legal migration) it contains; "non-refoulement" is a principle
 * of refugee protection, not a refoulement; « sans visa », "without papers", «بدون تأشيرة» name the
 * absence of a legal pathway. A theme wording is not read where one of these stands right before it
 * (the article side, ./matcher.ts) or between its words (the query side, ../search/topic-lookup.ts);
 * a wording that holds the negator itself («الهجرة غير الشرعية», "sans-papiers") is read as written.
 * Only words that form such a compound are listed: a clause negation ("not", «لا», « pas », «عدم» before
 * a verbal noun: «عدم منح اللجوء») denies an act ("he was not deported"), and the story is still about it.
 * A French reflexive pronoun does the same to «réfugié»: « il s'est réfugié en Belgique », « ils se sont
 * réfugiés dans les caves », « s'y réfugier » are the verb se réfugier (took refuge), not refugees.
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

/** « s' », « se »: the reflexive pronoun of « se réfugier ». */
const REFLEXIVE = new Set(['s', 'se']);
/** « être » in the forms that build the reflexive past: « s'est », « se sont », « s'étaient », « se serait »… */
const BE = new Set(['est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'seraient', 'soit', 'soient', 'etre', 'etant', 'fut', 'furent'].map(normaliseForMatch));
const REFUGE_VERB = /^refugi/;

/** Whether tokens[i] ends « s'est », « se sont », « se », « s'y » before a form of « réfugier »: the verb, not refugees. */
function tookRefuge(tokens: readonly Pick<Token, 'norm'>[], i: number): boolean {
  if (!REFUGE_VERB.test(tokens[i + 1]?.norm ?? '')) return false;
  const at = (k: number) => tokens[k]?.norm ?? '';
  // « s'y est réfugié », « s'y sont réfugiés »: the pronoun y between the reflexive and the verb.
  const beforeBe = BE.has(at(i)) ? i - 1 : i;
  const reflexive = at(beforeBe) === 'y' ? beforeBe - 1 : beforeBe;
  return REFLEXIVE.has(at(reflexive));
}

/**
 * Whether tokens[i] negates the wording after it: a negating word, with any Arabic proclitic («وغير»,
 * «بغير», «بدون»), and not the «دون» of «حال دون»; or the reflexive before « réfugié » (tookRefuge).
 */
export function negatesNext(tokens: readonly Pick<Token, 'norm'>[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (tookRefuge(tokens, i)) return true;
  const keys = keysOf(token.norm);
  if (!keys.some((key) => NEGATORS.has(key))) return false;
  if (!keys.includes(WITHOUT_OR_BELOW)) return true;
  // «حالت دون», «حال بالتالي دون», «حالت الشرطة دون»: the verb stands a few words back.
  return !tokens.slice(Math.max(0, i - PREVENT_REACH), i).some((before) => keysOf(before.norm).some((key) => PREVENT.has(key)));
}

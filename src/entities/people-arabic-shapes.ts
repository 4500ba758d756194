/**
 * What one Arabic word looks like to the people finder: a title head, a transliterated foreign word, a family
 * name with the nisba ending, a word a name may not contain.
 */
import { arabicIn } from './people-arabic-keys.js';
import { ARABIC_GIVEN, AR_ARTICLE_ROLES, AR_STOP, AR_TITLES, AR_TITLE_WORDS } from './people-arabic-words.js';
import { normaliseForMatch } from '../text/normalise.js';
import { aliasKey, textKeys } from '../text/tokens.js';

/**
 * A stopword or title word inside a name, read as written or after the conjunction و/ف; a preposition ب/ل/ك before a
 * short particle is not a reading («بلدي» is not ب + «لدى»).
 */
export function readsInName(set: ReadonlySet<string>, norm: string): boolean {
  const own = aliasKey(norm);
  return textKeys(norm).some((key) => set.has(key) && (key === own || key.length >= 4 || /^[وف]/.test(own)));
}

/** A word that is itself (no clitic stripped) a stopword, title or title word. */
export function exactlyIn(norm: string): boolean {
  const own = aliasKey(norm);
  return AR_STOP.has(own) || AR_TITLE_WORDS.has(own) || AR_TITLES.has(own);
}

// «محاميهما», «مستشارتها», «نائبهم»: a title with a possessive ending (their lawyer) is as definite as with the
// article. «ـه» needs no rule: it folds onto the feminine «ة», which the lists already hold.
const POSSESSIVE_ENDING = /^(\S{3,}?)(?:هما|هم|هن|ها|كم|نا)$/;
function possessedTitle(norm: string): boolean {
  const stem = POSSESSIVE_ENDING.exec(norm)?.[1];
  if (stem === undefined) return false;
  // The feminine «ة» is written «ت» before the ending («محاميتها»).
  const noun = stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : stem;
  return !WITH_ARTICLE.test(noun) && (AR_TITLES.has(aliasKey(noun)) || AR_TITLES.has(aliasKey(stem)));
}

// Every Arabic token is checked for a title head, and news vocabulary repeats, so the answer is
// remembered per word (bounded, so a long-running process does not grow it without end).
export const titleHeadMemo = new Map<string, boolean>();
export const TITLE_MEMO_LIMIT = 100_000;

export const WITH_ARTICLE = /^[وف]?(?:ال|لل)/;
// «الأمر» (the matter) folds onto «آمر» (a commander); the commander is written without the article.
export const THE_MATTER = /^[وفبل]?(?:ال|لل)امر$/;

export function isArabicTitleHead(norm: string): boolean {
  let known = titleHeadMemo.get(norm);
  if (known === undefined) {
    if (titleHeadMemo.size >= TITLE_MEMO_LIMIT) titleHeadMemo.clear();
    known = (arabicIn(AR_TITLES, norm) && !THE_MATTER.test(norm) && (!arabicIn(AR_ARTICLE_ROLES, norm) || WITH_ARTICLE.test(norm))) || possessedTitle(norm);
    titleHeadMemo.set(norm, known);
  }
  return known;
}

// A transliterated foreign word: two long vowels inside, no article, no Arabic plural or feminine ending.
export const ARABIC_ENDING = /(?:ات|ين|ون|ان|يه|ه|يا)$|^(?:ال|[وفبلك]ال|[يتنا]ت)/;
/** `family`: a family name may end in ي («سالفيني», «بيانتيدوزي»); a first word so ending is more often a nisba. */
export function foreignShaped(norm: string, family = false): boolean {
  if (norm.length < 5) return false;
  const last = norm.charCodeAt(norm.length - 1);
  // Runs on most Arabic words: the ending and the vowel count are read without a regular expression first.
  if (last === HEH || last === NOON || (last === TEH && norm.charCodeAt(norm.length - 2) === ALEF) || (last === YEH && !family)) return false;
  let vowels = 0;
  for (let i = 1; i < norm.length - 1; i += 1) {
    const c = norm.charCodeAt(i);
    if (c === ALEF || c === WAW || c === YEH) vowels += 1;
  }
  return vowels >= 2 && !ARABIC_ENDING.test(norm);
}
export const [ALEF, WAW, YEH, HEH, NOON, TEH] = ['ا', 'و', 'ي', 'ه', 'ن', 'ت'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number];

// «بأيمان» (by oaths) folds onto ب + «إيمان».
export const PREPOSITION_WORDS = new Set(['إيمان'].map(normaliseForMatch));
// The same after a glued preposition («لجبريل», «بمحمد»), unless that spelling is a name itself.
// Short names are left out: «بيان» (a statement) is not ب + «يان», «بحسن» not ب + «حسن».
export const PREPOSITION_GIVEN = new Set(
  [...ARABIC_GIVEN].filter((name) => name.length >= 4 && !PREPOSITION_WORDS.has(name)).flatMap((name) => [`ل${name}`, `ب${name}`]).filter((form) => !ARABIC_GIVEN.has(form) && !exactlyIn(form)),
);

// «الخديمي», «الغربي»: a family name with the article and the nisba ending.
export const isNisbaFamily = (norm: string) => norm.length >= 6 && norm.startsWith('ال') && norm.endsWith('ي');

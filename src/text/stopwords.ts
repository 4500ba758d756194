/**
 * Stopwords for Arabic, English, French and German, stored as the keys the rest of the text code
 * compares: Arabic in normaliseForMatch form (إلى → الي, التى/التي → التي), Latin words both
 * accent-folded and Porter-stemmed like textKeys does ("this" → "thi", "has" → "ha"). The lists are
 * written in ordinary spelling and folded at load, so they stay readable and can never drift from
 * the normaliser. News reporting verbs (said, قال, a ajouté) are included: every article has them and
 * they say nothing about what it is about.
 */
import { isArabicScript, normaliseForMatch } from './normalise.js';
import { textKeys } from './tokens.js';

const ARABIC = `
في من على إلى الى عن أن إن أنه إنه أنها إنها أنهم إنهم لأن لان مع هذا هذه ذلك تلك هؤلاء هذان هاتان
هو هي هم هن هما أنا نحن أنت أنتم التي التى الذي الذى الذين اللذين اللتين اللاتي اللواتي ما ماذا لماذا
كان كانت كانوا يكون تكون يكونون سيكون ستكون كن ليس ليست لست قد لقد لم لن لا ولا هل إلا الا أما إما
كما لما مما بما عما فيما كل كلا بعض أي أية أيضا ايضا فقط جدا منذ خلال ضد نحو حول دون لدى عبر وفق وفقا
أثناء بينما أمام وراء تحت فوق داخل خارج بين بعد قبل عند عندما حتى ثم أو أم بل لكن لكنه لكنها غير سوى
إذا اذا إذ حيث حين حينما مثل مثلا تم يتم سيتم يمكن يجب هناك هنا الآن الان بشأن إطار اطار لدي
فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه إليها إليهم له لها لهم لنا لي به بها بهم
عنه عنها عنهم معه معها معهم بينهم لديه لديها لديهم نفسه نفسها أكثر أقل جميع عدة عدد ذات ذاته
قال قالت يقول تقول أضاف أضافت يضيف أكد أكدت يؤكد أشار أشارت يشير أوضح أوضحت ذكر ذكرت تابع تابعت
صرح صرحت بحسب حسب وذلك وهو وهي أيضاً إنّ أنّ
`;

const ENGLISH = `
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves may might must shall via per said says say told according also mr mrs ms
`;

// Elided words (l' d' qu' j' jusqu' lorsqu' puisqu'…) are separate tokens once the apostrophe splits
// them, so they are listed bare. Left out on purpose, though they are function words: words whose key
// is also an English content word's (environ → "environment", faire → "fair", telle → "tell", eu →
// "EU", comment), since a query drops a word that is a stopword in English or French.
const FRENCH = `
a à au aux avec ce ces cet cette dans de des du elle elles en est et été être eux il ils je la le les
leur leurs lui ma mais me même mes moi mon ne ni nos notre nous on ont ou où par pas pour qu que qui sa
se ses si son sont sur ta te tes toi ton tu un une vos votre vous y ainsi alors aussi autre avait avoir
c ça car comme d dont donc entre fait il l leur lors m n plus peu s sans selon sous t tout tous toute
toutes très trop avant après depuis encore déjà chez vers cela celui celle ceux celles ici là
dit déclaré a déclaré ajouté affirmé estimé indiqué précisé selon m mme
j jusqu lorsqu puisqu quoiqu presqu aujourd hui
ai as avons avez avaient aura auront aurait auraient était étaient sera seront serait seraient
peut peuvent pourrait pourraient doit doivent devrait devraient va vont font
ceci lequel laquelle lesquels lesquelles duquel auquel auxquels auxquelles quel quelle quels quelles
quand pourquoi chaque plusieurs certains certaines aucun aucune autres mêmes tel tels
lorsque puisque tandis afin puis enfin cependant toutefois néanmoins pourtant également notamment
seulement surtout toujours jamais rien bien beaucoup moins tant autant parmi pendant durant malgré
sauf outre hors contre près souligné expliqué rappelé
`;

const GERMAN = `
der die das den dem des ein eine einer einen einem eines und oder aber auch als an am auf aus bei bis
da damit dass denn doch durch es für gegen hat haben hatte hatten ich ihr ihre im in ist ja jetzt kann
kein keine mehr mit muss nach nicht noch nun nur ob ohne sein seine sich sie sind so soll sollen über um
unter vom von vor war waren was weil wenn wer wie wir wird werden wurde wurden zu zum zur zwischen
sagte sagt laut
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}

/** Arabic stopwords in normalised form; a token is a stopword when any of its textKeys is here. */
export const ARABIC_STOPWORDS: ReadonlySet<string> = new Set(words(ARABIC).map(normaliseForMatch));

/** Latin-script stopwords under every key textKeys gives them (accent-folded, stemmed). */
function latinKeys(list: string): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const word of words(list)) {
    const norm = normaliseForMatch(word);
    keys.add(norm);
    for (const key of textKeys(norm)) keys.add(key);
  }
  return keys;
}

export const ENGLISH_STOPWORDS: ReadonlySet<string> = latinKeys(ENGLISH);
export const FRENCH_STOPWORDS: ReadonlySet<string> = latinKeys(FRENCH);
/**
 * The French stopwords exactly as written (normalised, not stemmed). A query of unknown language drops
 * a word by these: stemmed, «estimé», «déclaré» or «sans» would also drop "estimated", "declaration"
 * or "San" (Diego) from an English query.
 */
export const FRENCH_STOPWORD_FORMS: ReadonlySet<string> = new Set(words(FRENCH).map(normaliseForMatch));
export const GERMAN_STOPWORDS: ReadonlySet<string> = latinKeys(GERMAN);

const BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ar', ARABIC_STOPWORDS],
  ['en', ENGLISH_STOPWORDS],
  ['fr', FRENCH_STOPWORDS],
  ['de', GERMAN_STOPWORDS],
]);

/**
 * The Latin-script stopword set for `lang` (English when we have none for it: a Latin word inside an
 * Arabic article is most often an English name or acronym).
 */
export function latinStopwords(lang: string): ReadonlySet<string> {
  return lang === 'ar' ? ENGLISH_STOPWORDS : (BY_LANGUAGE.get(lang) ?? ENGLISH_STOPWORDS);
}

/**
 * True when a token (normaliseForMatch form) is a stopword of `lang`, deciding by its script:
 * Arabic words against the Arabic list with their clitics stripped ("وفي", "لهذا"), Latin words
 * against the list of `lang`.
 */
export function isStopword(norm: string, lang: string): boolean {
  return isStopwordKeys(norm, textKeys(norm), lang);
}

/** isStopword for a caller that already holds textKeys(norm). */
export function isStopwordKeys(norm: string, keys: readonly string[], lang: string): boolean {
  if (isArabicScript(norm)) return keys.some((key) => ARABIC_STOPWORDS.has(key));
  const set = latinStopwords(lang);
  return set.has(norm) || keys.some((key) => set.has(key));
}

/**
 * A person's name as a script-independent key, so "Matteo Salvini" and «ماتيو سالفيني», "Gérald
 * Darmanin" and «جيرالد دارمانان», "Filippo Grandi" and «فيليبو غراندي» are one entity even when the
 * gazetteer has never heard of them. The idea is EMM JRC-Names': reduce every spelling to a normalised
 * key and compare keys, not strings.
 *
 * The key keeps what Arabic and Latin spellings of a name share, its consonant skeleton, and drops what
 * they do not: short vowels (unwritten in Arabic), long vowels and glides (ا و ي / a e i o u y w, written
 * differently by every transliteration), hamza and ʿayn, doubled letters and the article (al-/el-/ال).
 * Consonants fold to one class per sound family that the scripts confuse: b/p, f/v, s/z/sh/ch, g/j/gh
 * (غراندي, جراندي, Grandi), k/q/c/kh; t/th and d/dh stay apart, since Arabic keeps them apart too.
 */
import { normaliseForMatch } from '../text/normalise.js';

// Arabic letters after normaliseForMatch (hamza forms already folded into ا, ى into ي, ة into ه).
const ARABIC_CLASS: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ط: 't', ث: 't', د: 'd', ض: 'd', ذ: 'd', ظ: 's',
  ج: 'g', غ: 'g', گ: 'g', ق: 'k', ك: 'k', خ: 'k', ح: 'h', ه: 'h',
  س: 's', ص: 's', ز: 's', ش: 's', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n', ر: 'r',
  // ظ is written z in most Latin spellings of names (Hafiz, Kazem), so it sits with the sibilants.
};

// Latin spellings, longest first: a digraph is one sound ("kh" is خ, "sh" and French "ch" are ش).
const LATIN_RULES: ReadonlyArray<[RegExp, string]> = [
  // Italian -chi/-che endings are "ki"/"ke" (Bianchi, بيانكي); elsewhere "ch" is French ش (Chirac, شيراك).
  [/ch(?=[ie]$)/g, 'k'],
  [/sch|tsch|tch|sh|ch|ts|tz|zz|ss|sz|cz|x/g, 's'],
  [/kh|ck|qu|q|k/g, 'k'],
  [/gh|dj|dg|j/g, 'g'],
  [/ph|v/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/c(?=[eiy])|ç|z/g, 's'],
  [/c/g, 'k'],
  [/p/g, 'b'],
];

const ARTICLE_TOKENS = new Set(['al', 'el', 'ال']);
/** Particles written apart in one script and joined in the other ("Le Pen" / «لوبان»): joined to the next word. */
const PARTICLES = new Set(['le', 'la', 'de', 'du', 'di', 'da', 'van', 'von', 'der', 'den', 'dos', 'del', 'لو', 'لا', 'دو', 'دي', 'فان', 'فون', 'دير']);
// A word opening on a vowel keeps a mark of it, so "Ali Hadid" and "Leila Haddad" stay apart.
const LATIN_INITIAL_VOWEL = /^[aeiouyw]/;
const ARABIC_INITIAL_VOWEL = /^[اعيو]/;

/** The key of one name token ("Salvini" and «سالفيني» → "slfn"); '' when nothing consonantal is left. */
export function nameTokenKey(token: string): string {
  const norm = normaliseForMatch(token).replace(/[^\p{L}]/gu, '');
  if (norm.length === 0 || ARTICLE_TOKENS.has(norm)) return '';
  let skeleton = '';
  if (/[\u0600-\u06FF]/.test(norm)) {
    // The article is written joined in Arabic ("الأسد", "عبدالعزيز"); a final ه is most often ta marbuta (فاطمة).
    const word = (norm.length > 4 && norm.startsWith('ال') ? norm.slice(2) : norm).replace(/^عبدال/, 'عبد').replace(/(.)ه$/, '$1');
    if (ARABIC_INITIAL_VOWEL.test(word)) skeleton = 'a';
    for (const letter of word) skeleton += ARABIC_CLASS[letter] ?? '';
  } else {
    // "Abdel", "Abdul": عبد with the article glued on, as "Abdelaziz" is عبد العزيز.
    let word = norm.replace(/[^a-z]/g, '').replace(/^abd[eua]l/, 'abd');
    if (LATIN_INITIAL_VOWEL.test(word)) skeleton = 'a';
    for (const [pattern, replacement] of LATIN_RULES) word = word.replace(pattern, replacement);
    skeleton += word.replace(/[^bdfghklmnrst]/g, '');
  }
  // "ts" is one sound written two ways (Scholz, شولتس).
  return skeleton.replace(/ts/g, 's').replace(/(.)\1+/g, '$1');
}

/**
 * The keys of a name's words, in order: articles left out, particles joined to the word after them,
 * since the scripts do not agree on where such names split («لوبان» is "Le Pen").
 */
export function nameTokenKeys(name: string): string[] {
  const keys: string[] = [];
  let pending = '';
  for (const word of name.split(/[\s\u00A0\-\u2010\u2011'’]+/)) {
    const key = nameTokenKey(word);
    if (!key) continue;
    if (PARTICLES.has(normaliseForMatch(word))) pending += key;
    else {
      keys.push((pending + key).replace(/(.)\1+/g, '$1'));
      pending = '';
    }
  }
  if (pending) keys.push(pending);
  return keys;
}

/** The key of a full name ("Gérald Darmanin" and «جيرالد دارمانان» → "grld-drmn"). */
export function personKey(name: string): string {
  return nameTokenKeys(name).join('-');
}

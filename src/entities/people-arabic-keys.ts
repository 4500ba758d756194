/** How Arabic words are looked up in the people finder's word lists: by matching key, under every proclitic reading. */
import { normaliseForMatch } from '../text/normalise.js';
import { aliasKey, textKeys } from '../text/tokens.js';

/**
 * Arabic word lists are compared by matching key (article dropped), and a text token is looked up under
 * every proclitic reading, so "للداخلية" finds "الداخلية" and "وقال" finds "قال". A reading that strips
 * a proclitic must keep three letters, or names like "بان" would turn into the particle "أن".
 */
export const keySet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((w) => aliasKey(normaliseForMatch(w))));

/** A word in `set` as written or under a proclitic reading that keeps three letters. */
export function arabicIn(set: ReadonlySet<string>, norm: string): boolean {
  const own = aliasKey(norm);
  return textKeys(norm).some((key) => set.has(key) && (key === own || key.length >= 3));
}

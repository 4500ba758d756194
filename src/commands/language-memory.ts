/**
 * The language each person last answered in, kept in memory: a failure must be said in the person's
 * language too, and the failure may be the database itself being away, so it cannot be looked up then.
 * Bounded (oldest forgotten first); a person it does not know yet is guessed from what they typed.
 */
import type { UiLang } from '../i18n/interface-text.js';
import { readsRightToLeft } from '../text/direction.js';

/** About 100 bytes an entry: a megabyte for the people of a large organisation. */
const REMEMBERED = 10_000;

export interface LanguageMemory {
  remember(person: string, lang: UiLang): void;
  /** The person's language as last seen; else Arabic when they typed Arabic script, English otherwise. */
  recall(person: string, typed?: string): UiLang;
}

export function createLanguageMemory(limit = REMEMBERED): LanguageMemory {
  const known = new Map<string, UiLang>();
  return {
    remember(person, lang) {
      // Re-inserted so the map's order is last use: the first key is the one to forget.
      known.delete(person);
      known.set(person, lang);
      if (known.size > limit) known.delete(known.keys().next().value!);
    },
    recall(person, typed) {
      return known.get(person) ?? (typed !== undefined && readsRightToLeft(typed) ? 'ar' : 'en');
    },
  };
}

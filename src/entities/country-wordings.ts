/**
 * Wordings derived from the country data (./gazetteer/countries-extra.json) that decide what a capital
 * or a language name means where it stands. Blockers (./matcher.ts) consume their words and yield
 * nothing; aliases win over them by being longer.
 *
 * - A capital counts for its country only as a metonym for the government («Rome refuse», "Tripoli
 *   said", "officials in Rabat", «السلطات في طرابلس»); after a preposition of place, or as the whole
 *   of which a district is part, it is the city («à Paris», "in Cairo", «في باريس», «بباريس», «le nord
 *   de Paris», «جنوب طرابلس»), and a city is not its country (the labelling rule of the dev set, as for
 *   Calais or Lampedusa). Only wordings that always mean the place are blocked: «de Rome» alone may be
 *   the government («la position de Rome»), so it is left alone.
 * - French names its languages with the masculine demonym: «en anglais», «la langue anglaise»,
 *   «parle allemand» are languages, not England or Germany. The feminine («langue anglaise») is
 *   reached through the inflection key of ../text/french-inflection.ts, so the masculine is enough.
 */

export interface PlacePhrases {
  en?: readonly string[];
  ar?: readonly string[];
  fr?: readonly string[];
}

const ENGLISH_PLACE = ['in', 'near', 'outside', 'throughout', 'around', 'across'];
const ARABIC_PLACE = ['في', 'قرب', 'بالقرب من'];
/** A part of a city, before "of X" / «de X» / «X» in Arabic: «le nord de Paris», "the outskirts of Tripoli". */
const ENGLISH_PART = ['north of', 'south of', 'east of', 'west of', 'outskirts of', 'suburbs of', 'streets of', 'port of', 'centre of', 'center of'];
const FRENCH_PART = [
  'nord', 'sud', 'est', 'ouest', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest', 'banlieue', 'périphérie', 'environs',
  'centre', 'rues', 'port', 'aéroport', 'quartiers',
];
const ARABIC_PART = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'ضواحي', 'وسط', 'شوارع', 'ميناء', 'مطار'];
/** The Arabic preposition "in", written glued to its noun («بباريس», «بالرباط»). */
const ARABIC_GLUED_IN = 'ب';

/** Forms of «parler» (to speak) that take a language directly: «parle anglais», «parlant allemand». */
const SPEAK = ['parle', 'parles', 'parlent', 'parlons', 'parlez', 'parlait', 'parlaient', 'parlant', 'parler'];

/** French elides de/le before a vowel or a mute h: «près d'Athènes», «de l'anglais». */
function startsWithVowel(word: string): boolean {
  return /^[aeiouyhàâäéèêëîïôöûüœ]/iu.test(word);
}

const de = (word: string): string => (startsWithVowel(word) ? `d'${word}` : `de ${word}`);

/** Who governs, before "in X" / «à X» / «في X»: the authorities in a capital are its government. */
const ENGLISH_GOVERNMENT = ['officials', 'authorities', 'government', 'leaders'];
const FRENCH_GOVERNMENT = ['autorités', 'gouvernement', 'responsables', 'dirigeants'];
const ARABIC_GOVERNMENT = ['مسؤولون', 'المسؤولون', 'مسؤولين', 'المسؤولين', 'السلطات', 'الحكومة', 'حكومة'];

/** Aliases of the country: its government named through the capital ("officials in Rabat"). */
export function capitalGovernmentAliases(capitals: PlacePhrases): { en: string[]; ar: string[]; fr: string[] } {
  return {
    en: (capitals.en ?? []).flatMap((name) => ENGLISH_GOVERNMENT.map((noun) => `${noun} in ${name}`)),
    fr: (capitals.fr ?? []).flatMap((name) => FRENCH_GOVERNMENT.map((noun) => `${noun} à ${name}`)),
    ar: (capitals.ar ?? []).flatMap((name) => ARABIC_GOVERNMENT.map((noun) => `${noun} في ${name}`)),
  };
}

/** The capital after a preposition of place, in the language each name is listed for. */
export function capitalPlaceTraps(capitals: PlacePhrases): string[] {
  const out: string[] = [];
  for (const name of capitals.en ?? []) {
    for (const preposition of [...ENGLISH_PLACE, ...ENGLISH_PART]) out.push(`${preposition} ${name}`);
  }
  for (const name of capitals.fr ?? []) {
    out.push(`à ${name}`, `dans ${name}`, `près ${de(name)}`);
    for (const part of FRENCH_PART) out.push(`${part} ${de(name)}`);
  }
  for (const name of capitals.ar ?? []) {
    for (const preposition of [...ARABIC_PLACE, ...ARABIC_PART]) out.push(`${preposition} ${name}`);
    out.push(`${ARABIC_GLUED_IN}${name}`);
  }
  return out;
}

/** French phrases in which a masculine demonym («anglais») is the language. */
export function frenchLanguageTraps(languages: readonly string[]): string[] {
  const out: string[] = [];
  for (const language of languages) {
    out.push(`en ${language}`, `langue ${language}`, `cours ${de(language)}`);
    out.push(startsWithVowel(language) ? `traduit de l'${language}` : `traduit du ${language}`);
    for (const verb of SPEAK) out.push(`${verb} ${language}`);
  }
  return out;
}

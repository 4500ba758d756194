/**
 * Demonyms and nisba adjectives for the countries whose hand data has none (./gazetteer/demonyms.json),
 * merged into the country data before the gazetteer builds countries and national bodies from it: then
 * "Chilean", «التشيلية» and « chilien » name Chile, and "the Chilean navy" or «البحرية التشيلية» is
 * org:cl-navy like any other country's.
 *
 * The Arabic list gives the masculine singular only; the other forms are regular, so they are derived
 * here rather than written 4 times a country.
 */
import { z } from 'zod';

const phraseList = z.array(z.string().trim().min(1));

export const demonymsSchema = z.strictObject({
  note: z.string().optional(),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.strictObject({ en: phraseList.optional(), ar: phraseList.optional(), fr: phraseList.optional() })),
});
export type Demonyms = z.infer<typeof demonymsSchema>;

/** The endings a masculine nisba takes: feminine, then the plural as object and as subject. */
const NISBA_ENDINGS = ['ة', 'ين', 'ون'] as const;

/**
 * A masculine nisba with its feminine and plurals (تشيلي → تشيلية، تشيليين، تشيليون). Every word of a
 * phrase that ends in ي agrees («الكوري الجنوبي» → «الكورية الجنوبية»).
 */
export function arabicNisbaForms(masculine: string): string[] {
  const words = masculine.split(/\s+/);
  const inflect = (ending: string) => words.map((word) => (word.endsWith('ي') ? word + ending : word)).join(' ');
  return [masculine, ...NISBA_ENDINGS.map(inflect)];
}

/** What demonyms.json adds to one country's alias lists. */
export interface DemonymLists {
  en: string[];
  ar: string[];
  fr: string[];
}

/** The words demonyms.json gives each country, with the Arabic forms derived. */
export function demonymLists(data: Demonyms): Map<string, DemonymLists> {
  return new Map(
    Object.entries(data.countries).map(([code, lists]) => [code, { en: lists.en ?? [], ar: (lists.ar ?? []).flatMap(arabicNisbaForms), fr: lists.fr ?? [] }]),
  );
}

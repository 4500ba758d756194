/**
 * French feminine and plural endings folded to the masculine singular, so that «libyennes»,
 * «maltaises», «grecques», «réfugiées» or «nationaux» meet «libyen», «maltais», «grec», «réfugié» and
 * «national». The Porter stemmer the Latin keys use (./tokens.ts) is English: it already joins
 * «migrants» and «migrante» to «migrant», but not a feminine in -enne, -aise, -que or -ère to its
 * masculine, nor -aux to -al.
 *
 * Matching keys carry no language (an article's entities and a user's query are matched the same way
 * whatever they are written in), so this runs on every Latin word. Only endings that English words
 * practically never have are folded, and the folded form is an extra key beside the word's own
 * (textKeys), never a replacement: an English word keeps every match it had. Accents are already gone
 * (normaliseForMatch), so «réfugiée» arrives as "refugiee".
 */

interface Fold {
  /** The ending, with a plural "s" or "x" written out when the rule needs it. */
  suffix: string;
  replacement: string;
  /** Shortest word the rule applies to: short words are mostly English ("raise", "morale"). */
  minLength: number;
}

// Longest ending first within a family, so "-iennes" is read before "-ennes".
const FOLDS: readonly Fold[] = [
  // réfugiée(s) → réfugié; English has no "-iee". The general "-ée" is left alone: "refugee" → "refuge".
  { suffix: 'iees', replacement: 'ie', minLength: 6 },
  { suffix: 'iee', replacement: 'ie', minLength: 5 },
  // libyenne(s), européenne(s), érythréenne → -en.
  { suffix: 'ennes', replacement: 'en', minLength: 7 },
  { suffix: 'enne', replacement: 'en', minLength: 6 },
  // bretonne, personne(s) → -on.
  { suffix: 'onnes', replacement: 'on', minLength: 8 },
  { suffix: 'onne', replacement: 'on', minLength: 7 },
  // maltaise(s), française, anglaise → -ais; chinoise, suédoise → -ois.
  { suffix: 'aises', replacement: 'ais', minLength: 8 },
  { suffix: 'aise', replacement: 'ais', minLength: 7 },
  { suffix: 'oises', replacement: 'ois', minLength: 8 },
  { suffix: 'oise', replacement: 'ois', minLength: 7 },
  // marocaine(s), africaine, humaines → -ain. (The general "-ine" would turn "wine" into "win".)
  { suffix: 'aines', replacement: 'ain', minLength: 8 },
  { suffix: 'aine', replacement: 'ain', minLength: 7 },
  // grecque(s) → grec, turque(s) → turc.
  { suffix: 'cques', replacement: 'c', minLength: 7 },
  { suffix: 'cque', replacement: 'c', minLength: 6 },
  { suffix: 'rques', replacement: 'rc', minLength: 7 },
  { suffix: 'rque', replacement: 'rc', minLength: 6 },
  // irrégulière(s), étrangère → -er.
  { suffix: 'eres', replacement: 'er', minLength: 8 },
  { suffix: 'ere', replacement: 'er', minLength: 7 },
  // passeuse(s) → passeur; directrice(s), ambassadrice → -teur, -deur.
  { suffix: 'euses', replacement: 'eur', minLength: 8 },
  { suffix: 'euse', replacement: 'eur', minLength: 7 },
  { suffix: 'trices', replacement: 'teur', minLength: 9 },
  { suffix: 'trice', replacement: 'teur', minLength: 8 },
  { suffix: 'drices', replacement: 'deur', minLength: 10 },
  { suffix: 'drice', replacement: 'deur', minLength: 9 },
  // ressortissante(s), présidente, urgente → -ant, -ent: Porter cuts "-ant" from the masculine
  // ("ressortiss") but not from the feminine ("ressortissant").
  { suffix: 'antes', replacement: 'ant', minLength: 8 },
  { suffix: 'ante', replacement: 'ant', minLength: 7 },
  { suffix: 'entes', replacement: 'ent', minLength: 8 },
  { suffix: 'ente', replacement: 'ent', minLength: 7 },
  // officielle(s), naturelle → -el.
  { suffix: 'elles', replacement: 'el', minLength: 8 },
  { suffix: 'elle', replacement: 'el', minLength: 7 },
  // nationale(s), illégale → -al; nationaux, journaux → -al; bateaux, bureaux → -eau.
  { suffix: 'ales', replacement: 'al', minLength: 8 },
  { suffix: 'ale', replacement: 'al', minLength: 7 },
  { suffix: 'eaux', replacement: 'eau', minLength: 6 },
  { suffix: 'aux', replacement: 'al', minLength: 6 },
];

/**
 * The masculine singular of a French adjective or noun in matching form ("libyennes" → "libyen"),
 * or the word itself when no French ending applies. Lower-case ASCII letters only (the caller's
 * normalised Latin words).
 */
export function foldFrenchInflection(norm: string): string {
  for (const fold of FOLDS) {
    if (norm.length >= fold.minLength && norm.endsWith(fold.suffix)) {
      return norm.slice(0, norm.length - fold.suffix.length) + fold.replacement;
    }
  }
  return norm;
}

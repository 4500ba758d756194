/**
 * Every country's national bodies (interior and foreign ministries, coast guard, navy, police…) from
 * one template per body (./gazetteer/national-bodies.json) instead of an entry per country: «خفر
 * السواحل اليوناني», "Greece's coast guard" and « la garde côtière grecque » are all org:gr-coast-guard.
 * The wordings are generated once, when the gazetteer loads, and enter the matcher's trie like any
 * alias, so matching costs nothing more per article.
 *
 * The country's words come from the country data: English demonyms and names, Arabic nisba
 * adjectives (يوناني، يونانية، يونانيين) and French demonyms (grec). A hand-written entry of
 * organisations.json keeps its id and its special names when it says it is a country's body
 * ("nationalBody": the Home Office is GB's interior ministry); the template then adds its wordings
 * to it. Wordings another entity or a blocker already claims are left to them (./gazetteer.ts).
 */
import { z } from 'zod';

const phraseList = z.array(z.string().trim().min(1));

const bodySchema = z.strictObject({
  /** The id suffix: org:<cc>-<body>. */
  body: z.string().regex(/^[a-z][a-z-]*$/),
  /** A body the desk follows only when it acts on migration (a navy, a supreme court). */
  onTopicOnly: z.literal(true).optional(),
  /** Wordings without the country («وزارة الداخلية», "the coast guard"): the article's country is meant. */
  bare: z.strictObject({ en: phraseList, ar: phraseList, fr: phraseList }).optional(),
  names: z.strictObject({ en: z.string().min(1), ar: z.string().min(1), fr: z.string().min(1) }),
  en: phraseList,
  ar: phraseList,
  fr: phraseList,
});

export const nationalBodiesSchema = z.strictObject({
  note: z.string().optional(),
  bodies: z.array(bodySchema),
  blockers: z.strictObject({ note: z.string().optional(), ar: phraseList, en: phraseList }),
});
export type NationalBodies = z.infer<typeof nationalBodiesSchema>;

/** The words of one country that fill the template slots. */
export interface CountryWords {
  /** ISO alpha-2, upper case. */
  code: string;
  /** {D}: demonyms and short names ("Greek", "US"). */
  demonyms: string[];
  /** {C}: names, for the possessive ("Greece's"). */
  names: string[];
  /** {Nm} {Nf} {Np}: Arabic nisba adjectives with the article. */
  nisbaMasculine: string[];
  nisbaFeminine: string[];
  nisbaPlural: string[];
  /** {F}: French demonyms. */
  french: string[];
}

/** What the country data holds for one country (the parts the slots read). */
export interface CountrySource {
  code: string;
  displayName: string;
  /** English names of the ISO library, already filtered. */
  libraryEnglish: readonly string[];
  en: readonly string[];
  ar: readonly string[];
  fr: readonly string[];
}

const ARTICLE = 'ال';
/** English demonyms' usual endings, so that a display name reads "American", not "America". */
const DEMONYM_ENDING = /(?:an|ese|ish|i|ch|ek|ss|ot|ic|er|ine)$/;

/**
 * Sorts a country's data into slot words. Its alias lists mix names and adjectives, but their shapes
 * tell them apart: an Arabic nisba is one word ending in ي/ية/يين/يون, a French demonym is written in
 * lower case (a name is capitalised), and an English alias in the demonym slot reads well either way
 * ("Syria coast guard" is headline English).
 */
export function countryWords(source: CountrySource): CountryWords {
  const masculine = new Set<string>();
  const feminine = new Set<string>();
  const plural = new Set<string>();
  for (const word of source.ar) {
    if (/\s/.test(word)) continue;
    const bare = word.startsWith(ARTICLE) ? word.slice(ARTICLE.length) : word;
    if (bare.length < 3) continue;
    if (bare.endsWith('يين') || bare.endsWith('يون')) plural.add(ARTICLE + bare);
    else if (bare.endsWith('ية')) {
      feminine.add(ARTICLE + bare);
      masculine.add(ARTICLE + bare.slice(0, -1));
    } else if (bare.endsWith('ي')) {
      masculine.add(ARTICLE + bare);
      feminine.add(`${ARTICLE}${bare}ة`);
    }
  }
  const shortNames = source.libraryEnglish.filter((name) => !/\s/.test(name) && name.replace(/\./g, '').length <= 3);
  const french = source.fr.filter((word) => /^\p{Ll}/u.test(word) && !/[\s']/.test(word));
  return {
    code: source.code,
    demonyms: unique([...source.en, ...shortNames]).sort((a, b) => Number(!DEMONYM_ENDING.test(a)) - Number(!DEMONYM_ENDING.test(b))),
    // Long official names ("United States of America's navy") are not how the press writes a possessive.
    names: unique([source.displayName, ...source.libraryEnglish.filter((name) => !shortNames.includes(name) && name.split(' ').length <= 2)]),
    nisbaMasculine: [...masculine],
    nisbaFeminine: [...feminine],
    nisbaPlural: [...plural],
    // The matcher folds «grecque» and «grecs» to «grec», so the masculine alone is kept.
    french: french.filter((word) => !french.some((other) => other !== word && word.startsWith(other))),
  };
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

const SLOT = /\{(D|C|Nm|Nf|Np|F)\}/;

function slotWords(slot: string, words: CountryWords): readonly string[] {
  switch (slot) {
    case 'D':
      return words.demonyms;
    case 'C':
      return words.names;
    case 'Nm':
      return words.nisbaMasculine;
    case 'Nf':
      return words.nisbaFeminine;
    case 'Np':
      return words.nisbaPlural;
    default:
      return words.french;
  }
}

/** Each wording with its slot filled by each of the country's words (none when it has no such word). */
function fill(pattern: string, words: CountryWords): string[] {
  const slot = SLOT.exec(pattern)?.[1];
  if (slot === undefined) return [pattern];
  return slotWords(slot, words).map((word) => pattern.replace(`{${slot}}`, word));
}

/** One generated body of one country: its id, display names and wordings by language. */
export interface NationalBody {
  id: string;
  /** "GR coast-guard": how a hand-written entry refers to it (nationalBody). */
  key: string;
  onTopicOnly: boolean;
  names: { en: string; ar?: string; fr?: string };
  aliases: { en: string[]; ar: string[]; fr: string[] };
}

/**
 * Every body of every country. `handIds` maps "GR coast-guard" to a hand-written entry's id when one
 * says it is that body.
 */
export function nationalBodies(data: NationalBodies, countries: readonly CountryWords[], handIds: ReadonlyMap<string, string>): NationalBody[] {
  const out: NationalBody[] = [];
  for (const words of countries) {
    for (const body of data.bodies) {
      const key = `${words.code} ${body.body}`;
      const aliases = { en: body.en.flatMap((p) => fill(p, words)), ar: body.ar.flatMap((p) => fill(p, words)), fr: body.fr.flatMap((p) => fill(p, words)) };
      if (aliases.en.length + aliases.ar.length + aliases.fr.length === 0) continue;
      const displayEn = fill(body.names.en, words)[0] ?? `${words.names[0] ?? words.code}'s ${body.names.en.replace('{D} ', '')}`;
      const displayAr = fill(body.names.ar, words)[0];
      const displayFr = fill(body.names.fr, words)[0];
      out.push({
        id: handIds.get(key) ?? `org:${words.code.toLowerCase()}-${body.body}`,
        key,
        onTopicOnly: body.onTopicOnly === true,
        names: { en: displayEn, ...(displayAr ? { ar: displayAr } : {}), ...(displayFr ? { fr: displayFr } : {}) },
        aliases,
      });
    }
  }
  return out;
}

/** A wording that names a body without its country, and which body. */
export interface BareBodyWording {
  text: string;
  lang: 'en' | 'ar' | 'fr';
  body: string;
}

export function bareBodyWordings(data: NationalBodies): BareBodyWording[] {
  return data.bodies.flatMap((body) =>
    (['en', 'ar', 'fr'] as const).flatMap((lang) => (body.bare?.[lang] ?? []).map((text) => ({ text, lang, body: body.body }))),
  );
}

/** What the matcher needs to read a bare wording: the wordings, and each country's body ids by "<CC> <body>". */
export interface NationalBodyContext {
  bare: readonly BareBodyWording[];
  idOf: ReadonlyMap<string, string>;
}

/**
 * The country an article is about, for its bare wordings: the one it names most, when no other is
 * named as often (a story about Greek and Turkish coast guards leaves "the coast guard" unresolved).
 */
export function mainCountry(countryCounts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  let tied = false;
  for (const [code, count] of countryCounts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
      tied = false;
    } else if (count === bestCount) tied = true;
  }
  return tied ? undefined : best;
}

/** A country's mention: its ISO code and where it is written. */
export interface CountryAt {
  code: string;
  start: number;
  end: number;
}

// What a country's adjective qualifies when the article speaks of its state acting: "the British
// government", « les ministres britanniques », «السلطات الإيطالية», "UK officials".
const AUTHORITY_AFTER = /^[ \u00A0]+(?:government|authorities|officials|ministers?|home secretary|cabinet)\b/i;
const AUTHORITY_BEFORE = /(?:gouvernement|autorités|ministres?|exécutif|الحكومة|السلطات|وزير|وزيرة|وزراء)[ \u00A0]+$/i;
const AUTHORITY_WINDOW = 20;
/** Evidence a country needs, ahead of every other, to be the one whose state the article shows acting. */
const GOVERNING_EVIDENCE = 2;

/**
 * The country whose state the article shows acting: its adjective next to "government", "authorities",
 * "ministers", and its other national bodies the article names (`bodyCodes`, one per mention), when
 * one country has `evidence` such signs (two by default) and more than any other. A story about Britain's flights to
 * Rwanda names Rwanda most, as a place, but speaks of « les ministres britanniques » and the Foreign
 * Office: its bare « ministère de l'Intérieur » is Britain's.
 */
export function governingCountry(text: string, countries: readonly CountryAt[], bodyCodes: readonly string[], evidence = GOVERNING_EVIDENCE): string | undefined {
  const counts = new Map<string, number>();
  for (const code of bodyCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  for (const { code, start, end } of countries) {
    const before = text.slice(Math.max(0, start - AUTHORITY_WINDOW), start);
    const after = text.slice(end, end + AUTHORITY_WINDOW);
    if (AUTHORITY_AFTER.test(after) || AUTHORITY_BEFORE.test(before)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= evidence && (!second || second[1] < first[1]) ? first[0] : undefined;
}

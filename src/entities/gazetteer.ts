/**
 * The built-in gazetteer: every country that i18n-iso-countries names (en/ar/fr, official and
 * alternative names) merged with the hand-kept data files in ./gazetteer/ (organisations, processes,
 * themes, people, extra country aliases, blockers). The data lives in JSON so that analysts can
 * review and extend it without touching code; this module validates it, turns it into EntityRecords
 * and refuses data that would make matching ambiguous (one wording claimed by two entities).
 *
 * How the data is written matters to the matcher (./matcher.ts): an alias written with capitals
 * ("Libya") needs a capital in the text, one in lower case matches in any case (so French demonyms,
 * written in lower case in French, are listed that way), and an Arabic word written with the article
 * ("اليمن") needs the article in the text. Every data entry may carry a "note" saying why it is shaped
 * as it is.
 *
 * A country entry lists its capitals apart ("capitals"), the French names of its language
 * ("languages") and phrases that contain its name without meaning it ("traps": «baie de Gibraltar»,
 * «France Inter»): capitals are aliases (a metonym for the government), and ./country-wordings.ts turns
 * all three into blockers — «à Paris» is the city, «en anglais» the language — and the capitals into
 * wordings of the government ("officials in Rabat").
 *
 * The data files are read relative to this module, so a build that moves the code must copy
 * ./gazetteer/ alongside it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { InvalidInput } from '../errors.js';
import { phraseKeys } from '../text/tokens.js';
import { isArabicScript } from '../text/normalise.js';
import { capitalGovernmentAliases, capitalPlaceTraps, frenchLanguageTraps } from './country-wordings.js';
import { demonymLists, demonymsSchema } from './demonyms.js';
import {
  bareBodyWordings,
  type CountryWords,
  countryWords,
  type NationalBody,
  type NationalBodyContext,
  nationalBodies,
  nationalBodiesSchema,
} from './national-bodies.js';
import { type Alias, type EntityKind, type EntityRecord, entityRecordSchema } from './types.js';

const DATA_DIR = new URL('./gazetteer/', import.meta.url);
const LANGS = ['en', 'ar', 'fr'] as const;
type Lang = (typeof LANGS)[number];

const phraseList = z.array(z.string().trim().min(1));
const namesSchema = z.strictObject({ en: z.string().min(1), ar: z.string().min(1).optional(), fr: z.string().min(1).optional() });
const aliasListsSchema = {
  ar: phraseList.optional(),
  en: phraseList.optional(),
  fr: phraseList.optional(),
  /** Language-neutral strings: acronyms, Latin names used in every language. */
  any: phraseList.optional(),
};

/** One entry of organisations.json, processes.json, themes.json or people.json. */
const entityEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9._-]*$/, 'ids look like kind:slug (lower case ASCII)'),
  names: namesSchema,
  aliases: z.strictObject(aliasListsSchema),
  /**
   * false for an organisation named after a country it is no body of ("Norwegian Refugee Council",
   * «المرصد السوري لحقوق الإنسان»): the country in its name is then not a mention of the country.
   */
  countryInNameCounts: z.literal(false).optional(),
  /**
   * The national bodies of ./gazetteer/national-bodies.json this entry is ("GB interior-ministry" for
   * the Home Office), when its id is not org:<cc>-<body>: the template's wordings then name it.
   */
  nationalBody: z.array(z.string().regex(/^[A-Z]{2} [a-z][a-z-]*$/, 'a national body is "<CC> <body>"')).optional(),
  /**
   * true for a body the desk follows only when it acts on migration (the Pentagon, the US Justice
   * Department): an article that is not about migration does not keep it (./theme-support.ts).
   */
  onTopicOnly: z.literal(true).optional(),
  /**
   * true for a theme whose single-word wordings (bare «réfugiés», "refugees", «اللاجئين») are used
   * loosely in stories on other subjects: each counts as half a mention towards the theme's support
   * (./theme-support.ts), a phrase ("refugee camp") as a whole one.
   */
  bareWordsWeak: z.literal(true).optional(),
  /**
   * A theme's wordings (each one of its aliases) that name an actor or a scene more often than the
   * theme ("coast guard" in a rescue story is the rescuer, not border control): each counts as half a
   * mention, like a bare word of a bareWordsWeak theme (./theme-support.ts).
   */
  weakWordings: phraseList.optional(),
  /** Why the entry is shaped as it is (JSON has no comments). */
  note: z.string().optional(),
});
type EntityEntry = z.infer<typeof entityEntrySchema>;

/** One entry of countries-extra.json, keyed by ISO alpha-2 code. */
const countryExtraSchema = z.strictObject({
  /** Display names to use instead of the library's official ones ("Syria", not "Syrian Arab Republic"). */
  name: z.strictObject({ en: z.string().min(1).optional(), ar: z.string().min(1).optional(), fr: z.string().min(1).optional() }).optional(),
  ...aliasListsSchema,
  /** Capitals (seats of government) by language: aliases, except after a preposition of place. */
  capitals: z.strictObject({ en: phraseList.optional(), ar: phraseList.optional(), fr: phraseList.optional() }).optional(),
  /** French names of the country's language, when they are its masculine demonym («anglais»). */
  languages: z.strictObject({ fr: phraseList.optional() }).optional(),
  /** Phrases holding the country's name that do not mean it (a bay, a radio station, a treaty). */
  traps: z.strictObject({ en: phraseList.optional(), ar: phraseList.optional(), fr: phraseList.optional() }).optional(),
  /** Library names that must not be matched (ambiguous words such as Arabic "مالي" = financial). */
  exclude: phraseList.optional(),
  note: z.string().optional(),
});
type CountryExtra = z.infer<typeof countryExtraSchema>;

/** blockers.json: groups of phrases (the group name says why they exist). */
const blockersSchema = z.record(z.string(), phraseList);

const ENTITY_FILES: ReadonlyArray<{ file: string; kind: EntityKind; prefix: string }> = [
  { file: 'organisations.json', kind: 'organisation', prefix: 'org' },
  { file: 'processes.json', kind: 'process', prefix: 'process' },
  { file: 'themes.json', kind: 'theme', prefix: 'theme' },
  { file: 'people.json', kind: 'person', prefix: 'person' },
];
const COUNTRIES_FILE = 'countries-extra.json';
const DEMONYMS_FILE = 'demonyms.json';
const NATIONAL_BODIES_FILE = 'national-bodies.json';
const BLOCKERS_FILE = 'blockers.json';

interface LoadedGazetteer {
  entities: EntityRecord[];
  blockers: string[];
  namedAfterAPlace: ReadonlySet<string>;
  bareWordsWeak: ReadonlySet<string>;
  weakWordings: ReadonlyMap<string, readonly string[]>;
  onTopicOnly: ReadonlySet<string>;
  bodies: NationalBodyContext;
  templateOnly: ReadonlySet<string>;
  version: string;
}

let cache: LoadedGazetteer | undefined;

/** All gazetteer entities (countries, organisations, processes, themes, people), validated. Cached. */
export function loadGazetteer(): EntityRecord[] {
  return load().entities;
}

/** Phrases that consume their span and yield nothing ("أمريكا اللاتينية", "New Mexico"). Cached. */
export function loadBlockers(): string[] {
  return load().blockers;
}

/** Ids of organisations whose name holds a country they are no body of (see countryInNameCounts). Cached. */
export function organisationsNamedAfterAPlace(): ReadonlySet<string> {
  return load().namedAfterAPlace;
}

/** Ids of themes whose single-word wordings count as half a mention (see bareWordsWeak). Cached. */
export function themesWithWeakBareWords(): ReadonlySet<string> {
  return load().bareWordsWeak;
}

/** Each theme's weakWordings (themes.json), by theme id; themes without any are absent. Cached. */
export function themeWeakWordings(): ReadonlyMap<string, readonly string[]> {
  return load().weakWordings;
}

/** Ids of bodies that an article keeps only when it is about migration (see onTopicOnly). Cached. */
export function organisationsOnlyOnTopic(): ReadonlySet<string> {
  return load().onTopicOnly;
}

/** The wordings that name a national body without its country, and the bodies' ids (see ./matcher.ts). Cached. */
export function nationalBodyContext(): NationalBodyContext {
  return load().bodies;
}

/**
 * Ids of the national bodies only the template writes (every country's navy, labour ministry…): a
 * few thousand, listed as topics once an article names them rather than all at once. Cached.
 */
export function templateOnlyBodies(): ReadonlySet<string> {
  return load().templateOnly;
}

/** A short hash of everything the gazetteer yields, so stored entities can be re-synced when it changes. */
export function gazetteerVersion(): string {
  return load().version;
}

function load(): LoadedGazetteer {
  if (cache) return cache;
  const countryExtras = readCountryExtras();
  const files = ENTITY_FILES.map(loadEntityFile);
  const bodies = parseOrThrow(nationalBodiesSchema, readJson(NATIONAL_BODIES_FILE), `gazetteer/${NATIONAL_BODIES_FILE}`);
  const blockers = [...new Set([...loadBlockerFile(), ...countryTraps(countryExtras), ...bodies.blockers.ar, ...bodies.blockers.en])];
  const written = [...loadCountries(countryExtras), ...files.flatMap((f) => f.records)];
  const handIds = new Map(files.flatMap((f) => f.nationalBodies));
  const keyOf = memoisedPhraseKey();
  const generated = nationalBodies(bodies, countrySlotWords(countryExtras), handIds);
  const entities = withNationalBodies(written, blockers, generated, keyOf);
  const writtenIds = new Set(written.map((entity) => entity.id));
  const templateOnly = new Set(generated.map((body) => body.id).filter((id) => !writtenIds.has(id)));
  const namedAfterAPlace = new Set(files.flatMap((f) => f.namedAfterAPlace));
  const bareWordsWeak = new Set(files.flatMap((f) => f.bareWordsWeak));
  const weakWordings = new Map(files.flatMap((f) => f.weakWordings));
  const claimed = new Set(entities.filter((e) => e.kind !== 'theme').flatMap((e) => e.aliases.map((a) => keyOf(a.text))));
  for (const blocker of blockers) claimed.add(keyOf(blocker));
  const bodyContext: NationalBodyContext = {
    // A bare wording an entity or a blocker already owns stays theirs.
    bare: bareBodyWordings(bodies).filter((wording) => !claimed.has(keyOf(wording.text))),
    idOf: new Map(generated.map((body) => [body.key, body.id])),
  };
  const onTopicOnly = new Set([...files.flatMap((f) => f.onTopicOnly), ...generated.filter((b) => b.onTopicOnly).map((b) => b.id)]);
  checkUniqueIds(entities);
  checkNoSharedWordings(entities, blockers, keyOf);
  const version = createHash('sha256')
    .update(JSON.stringify({ entities, blockers, namedAfterAPlace: [...namedAfterAPlace], onTopicOnly: [...onTopicOnly], bareWordsWeak: [...bareWordsWeak], weakWordings: [...weakWordings], bare: bodyContext.bare }))
    .digest('hex')
    .slice(0, 16);
  cache = { entities, blockers, namedAfterAPlace, bareWordsWeak, weakWordings, onTopicOnly, bodies: bodyContext, templateOnly, version };
  return cache;
}

function readJson(file: string): unknown {
  const text = readFileSync(new URL(file, DATA_DIR), 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidInput(`gazetteer/${file} is not valid JSON`, { cause: error });
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidInput(`${where}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * Aliases with an acronym written in capitals ("UN", "IOM", "U.S.", "UN refugee agency") are marked
 * case-sensitive, so the French article "un", the pronoun "us" or the word "ice" never match them
 * (the matcher then requires capitals for the acronym's tokens only). Deriving the flag here means no
 * entry can forget it.
 */
function hasAcronym(text: string): boolean {
  if (isArabicScript(text)) return false;
  const isUpper = (letters: string) => letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && isUpper(letters)) return true;
  return text.split(/[^\p{L}]+/u).some((word) => word.length >= 2 && isUpper(word));
}

function toAlias(text: string, lang: Lang | undefined): Alias {
  return {
    text,
    ...(lang ? { lang } : {}),
    ...(hasAcronym(text) ? { caseSensitive: true } : {}),
  };
}

/** Aliases in a stable order, each wording once (names first, then the listed aliases). */
function lowerCaseNames(names: Partial<Record<Lang, string | undefined>>): Partial<Record<Lang, string | undefined>> {
  return Object.fromEntries(Object.entries(names).map(([lang, name]) => [lang, name?.toLowerCase()]));
}

function collectAliases(lists: Partial<Record<Lang | 'any', string[] | undefined>>, names: Partial<Record<Lang, string | undefined>>): Alias[] {
  const seen = new Set<string>();
  const out: Alias[] = [];
  const add = (text: string, lang: Lang | undefined) => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push(toAlias(text, lang));
  };
  for (const lang of LANGS) {
    const name = names[lang];
    if (name) add(name, lang);
  }
  for (const lang of LANGS) for (const text of lists[lang] ?? []) add(text, lang);
  for (const text of lists.any ?? []) add(text, undefined);
  return out;
}

/** One data file's records, the ids of its entries flagged countryInNameCounts: false, onTopicOnly or bareWordsWeak, and their weakWordings. */
function loadEntityFile({ file, kind, prefix }: { file: string; kind: EntityKind; prefix: string }): {
  records: EntityRecord[];
  namedAfterAPlace: string[];
  onTopicOnly: string[];
  bareWordsWeak: string[];
  weakWordings: Array<[string, string[]]>;
  nationalBodies: Array<[string, string]>;
} {
  const raw = readJson(file);
  const records = parseEntityEntries(file, kind, prefix, raw);
  // parseEntityEntries has validated every entry, so the flags are read as the schema defines them.
  const entries = (raw as unknown[]).map((value) => entityEntrySchema.parse(value));
  const namedAfterAPlace = entries.flatMap((entry) => (entry.countryInNameCounts === false ? [entry.id] : []));
  const nationalBodies = entries.flatMap((entry) => (entry.nationalBody ?? []).map((key): [string, string] => [key, entry.id]));
  const onTopicOnly = entries.flatMap((entry) => (entry.onTopicOnly ? [entry.id] : []));
  const bareWordsWeak = entries.flatMap((entry) => (entry.bareWordsWeak === true ? [entry.id] : []));
  const weakWordings = entries.flatMap((entry): Array<[string, string[]]> => (entry.weakWordings === undefined ? [] : [[entry.id, entry.weakWordings]]));
  for (const [id, wordings] of weakWordings) {
    const aliases = new Set(records.find((record) => record.id === id)?.aliases.map((alias) => alias.text));
    const strays = wordings.filter((wording) => !aliases.has(wording));
    if (strays.length > 0) throw new InvalidInput(`gazetteer/${file} entry ${id}: weakWordings must be among its aliases: ${strays.join(', ')}`);
  }
  return { records, namedAfterAPlace, onTopicOnly, bareWordsWeak, weakWordings, nationalBodies };
}

/** The slot words of every country the country data describes (see ./national-bodies.ts). */
function countrySlotWords(extras: ReadonlyMap<string, CountryExtra>): CountryWords[] {
  return [...extras.keys()].sort().map((code) => {
    const extra = extras.get(code) ?? {};
    const excluded = new Set(extra.exclude ?? []);
    return countryWords({
      code,
      displayName: extra.name?.en ?? countries.getName(code, 'en') ?? code,
      libraryEnglish: libraryNames(code, 'en').filter((name) => !excluded.has(name)),
      en: extra.en ?? [],
      ar: extra.ar ?? [],
      fr: extra.fr ?? [],
    });
  });
}

/**
 * The written entities with the national bodies' wordings added: to the hand-written entry that is
 * the body, or to a new organisation. A wording another entity or a blocker claims stays theirs (the
 * hand data is the finer judgement), and one two bodies would claim names neither.
 */
function withNationalBodies(
  written: readonly EntityRecord[],
  blockers: readonly string[],
  bodies: readonly NationalBody[],
  keyOf: (text: string) => string,
): EntityRecord[] {
  const claimedBy = new Map<string, string>();
  for (const entity of written) {
    if (entity.kind === 'theme') continue;
    for (const alias of entity.aliases) claimedBy.set(keyOf(alias.text), entity.id);
  }
  for (const blocker of blockers) claimedBy.set(keyOf(blocker), '');
  const generatedBy = new Map<string, string | null>();
  for (const body of bodies) {
    for (const lang of LANGS) {
      for (const text of body.aliases[lang]) {
        const key = keyOf(text);
        const previous = generatedBy.get(key);
        generatedBy.set(key, previous === undefined || previous === body.id ? body.id : null);
      }
    }
  }
  const free = (text: string, id: string): boolean => {
    const key = keyOf(text);
    const owner = claimedBy.get(key);
    return (owner === undefined || owner === id) && generatedBy.get(key) === id;
  };
  const byId = new Map(written.map((entity) => [entity.id, { ...entity, aliases: [...entity.aliases] }]));
  for (const body of bodies) {
    let entity = byId.get(body.id);
    if (!entity) {
      entity = { id: body.id, kind: 'organisation', names: body.names, aliases: [], origin: 'gazetteer' };
      byId.set(body.id, entity);
    }
    // One wording per matching key and case: "U.S.A" and "U.S.A." would only cost a second alias.
    const seen = new Set(entity.aliases.map((alias) => `${alias.caseSensitive === true} ${keyOf(alias.text)}`));
    for (const lang of LANGS) {
      for (const text of body.aliases[lang]) {
        const alias = toAlias(text, lang);
        const seenKey = `${alias.caseSensitive === true} ${keyOf(text)}`;
        if (seen.has(seenKey) || !free(text, body.id)) continue;
        seen.add(seenKey);
        entity.aliases.push(alias);
      }
    }
  }
  return [...byId.values()].filter((entity) => entity.aliases.length > 0);
}

/**
 * Validates the parsed content of one entity data file (organisations.json…) and turns it into
 * records. Exported for tests: errors name the file and the entry.
 */
export function parseEntityEntries(file: string, kind: EntityKind, prefix: string, raw: unknown): EntityRecord[] {
  if (!Array.isArray(raw)) throw new InvalidInput(`gazetteer/${file}: expected an array of entries`);
  return raw.map((value: unknown, index) => {
    const label = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : `#${index}`;
    const entry: EntityEntry = parseOrThrow(entityEntrySchema, value, `gazetteer/${file} entry ${label}`);
    if (!entry.id.startsWith(`${prefix}:`)) {
      throw new InvalidInput(`gazetteer/${file} entry ${entry.id}: ids in this file start with "${prefix}:"`);
    }
    const record: EntityRecord = {
      id: entry.id,
      kind,
      names: entry.names,
      // A theme's display name is a common-noun phrase ("Forced labour"); capitalised as an alias it
      // would only match at the start of a sentence, so it is matched in lower case.
      aliases: collectAliases(kind === 'theme' ? entry.aliases : withFrenchLowerCase(entry.aliases, entry.names.fr), kind === 'theme' ? lowerCaseNames(entry.names) : entry.names),
      origin: 'gazetteer',
    };
    return parseOrThrow(entityRecordSchema, record, `gazetteer/${file} entry ${entry.id}`);
  });
}

/**
 * Library names in a form worth matching. ISO-style inversions and qualifiers ("Korea, Republic of",
 * "Saint Martin (French part)") are never written in news and, stripped, would collide with each other.
 */
function libraryNames(code: string, lang: Lang): string[] {
  const names = (countries.getName(code, lang, { select: 'all' }) ?? []).filter((name) => !/[(),]/.test(name));
  return lang === 'fr' ? names.flatMap(withFrenchCase) : names;
}

/**
 * The library capitalises every word of some French names («République Centrafricaine», «Émirats
 * Arabes Unis»); French writes only the first («République centrafricaine»). A lower-case alias word
 * matches in any case, so adding the sentence-case form loses nothing.
 */
function withFrenchCase(name: string): string[] {
  const [first, ...rest] = name.split(' ');
  if (rest.length === 0) return [name];
  const sentenceCase = [first, ...rest.map((word) => word.toLowerCase())].join(' ');
  return sentenceCase === name ? [name] : [name, sentenceCase];
}

// Long enough that, in lower case, the words still name only the body (« défenseur des droits » could be anyone).
const LOWER_CASE_FRENCH_MIN_WORDS = 4;

/**
 * A French body's or framework's long name as the press also writes it, every word in lower case but
 * its acronyms (« fonds fiduciaire d'urgence de l'UE pour l'Afrique », « haut-commissariat des nations
 * unies pour les réfugiés »): a capitalised alias word matches only a capitalised word, and French
 * capitalises little.
 */
function withFrenchLowerCase<T extends { fr?: string[] | undefined }>(lists: T, name: string | undefined): T {
  const written = [...(name ? [name] : []), ...(lists.fr ?? [])];
  const lower = written.flatMap((text) => {
    const words = text.split(/[\s'’-]+/).filter(Boolean);
    if (words.length < LOWER_CASE_FRENCH_MIN_WORDS) return [];
    const variant = text.replace(/\p{L}+/gu, (word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()));
    return variant === text || written.includes(variant) ? [] : [variant];
  });
  return lower.length === 0 ? lists : { ...lists, fr: [...(lists.fr ?? []), ...new Set(lower)] };
}

/** countries-extra.json with demonyms.json merged in, validated, by ISO code. */
function readCountryExtras(): Map<string, CountryExtra> {
  const raw = parseOrThrow(z.record(z.string(), z.unknown()), readJson(COUNTRIES_FILE), `gazetteer/${COUNTRIES_FILE}`);
  const extras = new Map<string, CountryExtra>();
  const known = countries.getAlpha2Codes();
  for (const [code, value] of Object.entries(raw)) {
    if (!(code in known)) throw new InvalidInput(`gazetteer/${COUNTRIES_FILE} entry ${code}: not an ISO 3166-1 alpha-2 code`);
    extras.set(code, parseOrThrow(countryExtraSchema, value, `gazetteer/${COUNTRIES_FILE} entry ${code}`));
  }
  // The demonyms of countries the hand data left without them join each country's lists.
  const demonyms = demonymLists(parseOrThrow(demonymsSchema, readJson(DEMONYMS_FILE), `gazetteer/${DEMONYMS_FILE}`));
  for (const [code, lists] of demonyms) {
    if (!(code in known)) throw new InvalidInput(`gazetteer/${DEMONYMS_FILE} entry ${code}: not an ISO 3166-1 alpha-2 code`);
    const extra = extras.get(code) ?? {};
    const merged = (lang: Lang) => [...new Set([...(extra[lang] ?? []), ...lists[lang]])];
    extras.set(code, { ...extra, en: merged('en'), ar: merged('ar'), fr: merged('fr') });
  }
  return extras;
}

/** The blockers the country data implies: capitals as places, languages, and the listed traps. */
function countryTraps(extras: ReadonlyMap<string, CountryExtra>): string[] {
  const out: string[] = [];
  for (const extra of extras.values()) {
    out.push(...capitalPlaceTraps(extra.capitals ?? {}), ...frenchLanguageTraps(extra.languages?.fr ?? []));
    for (const lang of LANGS) out.push(...(extra.traps?.[lang] ?? []));
  }
  return out;
}

function loadCountries(extras: ReadonlyMap<string, CountryExtra>): EntityRecord[] {
  const known = countries.getAlpha2Codes();
  return Object.keys(known)
    .sort()
    .map((code) => {
      const extra = extras.get(code) ?? {};
      const official = (lang: Lang) => countries.getName(code, lang, { select: 'official' });
      const names = {
        en: extra.name?.en ?? official('en') ?? code,
        ar: extra.name?.ar ?? official('ar'),
        fr: extra.name?.fr ?? official('fr'),
      };
      const excluded = new Set(extra.exclude ?? []);
      const fromLibrary = Object.fromEntries(LANGS.map((lang) => [lang, libraryNames(code, lang)])) as Record<Lang, string[]>;
      for (const text of excluded) {
        if (!LANGS.some((lang) => fromLibrary[lang].includes(text))) {
          throw new InvalidInput(`gazetteer/${COUNTRIES_FILE} entry ${code}: excluded name "${text}" is not a library name of ${code}`);
        }
      }
      const government = capitalGovernmentAliases(extra.capitals ?? {});
      const lists = {
        en: [...fromLibrary.en, ...(extra.en ?? []), ...(extra.capitals?.en ?? []), ...government.en].filter((t) => !excluded.has(t)),
        ar: [...fromLibrary.ar, ...(extra.ar ?? []), ...(extra.capitals?.ar ?? []), ...government.ar].filter((t) => !excluded.has(t)),
        fr: [...fromLibrary.fr, ...(extra.fr ?? []), ...(extra.capitals?.fr ?? []), ...government.fr].filter((t) => !excluded.has(t)),
        any: extra.any ?? [],
      };
      // A display name can be an excluded (ambiguous) word such as "مالي": keep it as a name, not an alias.
      const matchableNames = {
        en: excluded.has(names.en) ? undefined : names.en,
        ar: names.ar && !excluded.has(names.ar) ? names.ar : undefined,
        fr: names.fr && !excluded.has(names.fr) ? names.fr : undefined,
      };
      const record: EntityRecord = {
        id: `country:${code}`,
        kind: 'country',
        names: { en: names.en, ...(names.ar ? { ar: names.ar } : {}), ...(names.fr ? { fr: names.fr } : {}) },
        countryCode: code,
        aliases: collectAliases(lists, matchableNames),
        origin: 'gazetteer',
      };
      return parseOrThrow(entityRecordSchema, record, `gazetteer/${COUNTRIES_FILE} entry ${code}`);
    });
}

function loadBlockerFile(): string[] {
  const groups = parseOrThrow(blockersSchema, readJson(BLOCKERS_FILE), `gazetteer/${BLOCKERS_FILE}`);
  return [...new Set(Object.values(groups).flat())];
}

/** A wording's matching keys as one string, each wording computed once per load. */
function memoisedPhraseKey(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) {
      key = phraseKeys(text).join(' ');
      keys.set(text, key);
    }
    return key;
  };
}

function checkUniqueIds(entities: readonly EntityRecord[]): void {
  const seen = new Set<string>();
  for (const entity of entities) {
    if (seen.has(entity.id)) throw new InvalidInput(`gazetteer: id ${entity.id} is defined twice`);
    seen.add(entity.id);
  }
}

/**
 * Two entities (or an entity and a blocker) claiming the same wording would make matches depend on
 * load order; such data is rejected with both owners named. Wordings are compared by matching keys,
 * so "الأمم المتحدة" and "الامم المتحده" count as the same. Exported for tests.
 */
export function checkNoSharedWordings(entities: readonly EntityRecord[], blockers: readonly string[], keyOf = memoisedPhraseKey()): void {
  const owner = new Map<string, string>();
  const claim = (text: string, who: string, space: 'named' | 'theme') => {
    const key = `${space} ${keyOf(text)}`;
    if (key === `${space} `) throw new InvalidInput(`gazetteer: ${who} has a wording without letters: "${text}"`);
    const previous = owner.get(key);
    // Two themes may share a wording that names both («quotas pour l'immigration professionnelle» is a
    // legal pathway for labour migrants): the matcher yields every theme of the longest match.
    const bothThemes = space === 'theme' && previous?.startsWith('theme:') === true && who.startsWith('theme:');
    if (previous !== undefined && previous !== who && !bothThemes) {
      throw new InvalidInput(`gazetteer: "${text}" is claimed by both ${previous} and ${who}`);
    }
    owner.set(key, who);
  };
  // A theme answers "what is this about", the others "who or what is named": one wording may be both
  // ("DACA" is a programme and a legal pathway), and the matcher then yields both, in any load order.
  for (const entity of entities) {
    for (const alias of entity.aliases) claim(alias.text, entity.id, entity.kind === 'theme' ? 'theme' : 'named');
  }
  // Blockers all mean the same thing (match nothing) and cancel either reading, so they claim both
  // spaces; two spellings of one blocker are fine.
  for (const blocker of blockers) {
    claim(blocker, 'a blocker', 'named');
    claim(blocker, 'a blocker', 'theme');
  }
}

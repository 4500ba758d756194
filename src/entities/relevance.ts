/**
 * Migration relevance: is this article about migration at all, or does it only name a country that
 * migration news names too? A score in [0, 1] computed at enrichment from what the article says, where:
 *  - migration vocabulary (./gazetteer/migration-vocabulary.json: migrants, réfugiés, اللاجئين…) in the
 *    title, in the lead and its density over the whole text: a story about migration says so early and
 *    keeps saying it, a football transfer or an investment story names a migrant once if at all;
 *  - the themes the article is found to be about (after ./theme-support.ts) and how often they occur;
 *  - organisations and frameworks of the migration field (IOM, UNHCR, Frontex, the Dublin regulation…).
 * The features are combined by a logistic function whose weights were fitted on the labels `relevant`
 * of the dev set's tuning articles (test/understanding/dev-set.json, never the held-out ones) and
 * rounded; RELEVANCE_THRESHOLD is where "about migration" starts for briefs, alerts and search.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InvalidInput } from '../errors.js';
import { normaliseForMatch } from '../text/normalise.js';
import { type Token, phraseKeys, textKeys } from '../text/tokens.js';

/** An article scoring at least this is about migration (briefs and alerts keep it; search may rank on it). */
export const RELEVANCE_THRESHOLD = 0.5;

/** Organisations whose mention is itself a migration signal (general bodies such as the UN or the EU are not). */
const MIGRATION_ORGANISATIONS = new Set([
  'org:iom', 'org:unhcr', 'org:unrwa', 'org:frontex', 'org:euaa', 'org:ly-dcim', 'org:us-ice', 'org:us-cbp',
  'org:us-border-patrol', 'org:sos-mediterranee', 'org:sea-watch', 'org:open-arms', 'org:us-tip-office',
  'org:eg-nccpim-tip', 'org:sd-ncct', 'org:uk-home-office',
]);

const vocabularySchema = z.object({
  note: z.string(),
  words: z.object({ en: z.array(z.string().min(1)), fr: z.array(z.string().min(1)), ar: z.array(z.string().min(1)) }),
  notAfterNumber: z.object({ note: z.string(), ar: z.array(z.string().min(1)) }),
});

interface Vocabulary {
  keys: Set<string>;
  /** Normalised words that do not count where they date by the Hijri era («1440 للهجرة»). */
  notAfterNumber: Set<string>;
}

let vocabulary: Vocabulary | undefined;

function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const file = new URL('./gazetteer/migration-vocabulary.json', import.meta.url);
  const parsed = vocabularySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new InvalidInput(`gazetteer/migration-vocabulary.json: ${z.prettifyError(parsed.error)}`);
  const { words, notAfterNumber } = parsed.data;
  const keys = new Set([...words.en, ...words.fr, ...words.ar].flatMap((word) => phraseKeys(word)));
  vocabulary = { keys, notAfterNumber: new Set(notAfterNumber.ar.map(normaliseForMatch)) };
  return vocabulary;
}

const NUMBER = /^\d+$/;
/** Words that date by the Hijri era within two words before it: «عام 450 للهجرة», «القرن الخامس للهجرة». */
const ERA_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه', 'قرن', 'القرن'].map(normaliseForMatch));

function datesAnEra(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  return NUMBER.test(before) || ERA_WORDS.has(before) || ERA_WORDS.has(tokens[i - 2]?.norm ?? '');
}

/**
 * Whether tokens[i] is a migration word (any of its proclitic or stem readings). «للهجرة» is "for
 * migration" («في محاولة للهجرة غير الشرعية») except after a year or a century, where it names the Hijri era.
 */
function isMigrationWord(tokens: readonly Token[], i: number, words: Vocabulary): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (words.notAfterNumber.has(token.norm) && datesAnEra(tokens, i)) return false;
  if (token.facts) return (token.facts.migrationWord ??= isVocabulary(token.norm, words));
  return isVocabulary(token.norm, words);
}

declare module '../text/tokens.js' {
  interface WordFacts {
    /** Whether the word is migration vocabulary under any of its readings (./relevance.ts). */
    migrationWord?: boolean;
  }
}

/** Every token of every article is looked up: a word's answer is kept (bounded), not its keys rebuilt. */
const vocabularyMemo = new Map<string, boolean>();
const VOCABULARY_MEMO_LIMIT = 100_000;

function isVocabulary(norm: string, words: Vocabulary): boolean {
  let known = vocabularyMemo.get(norm);
  if (known === undefined) {
    if (vocabularyMemo.size >= VOCABULARY_MEMO_LIMIT) vocabularyMemo.clear();
    known = textKeys(norm).some((key) => words.keys.has(key));
    vocabularyMemo.set(norm, known);
  }
  return known;
}

/** How many words of the lead (the text's first words) are read with the title. */
const LEAD_TOKENS = 80;

export interface RelevanceFeatures {
  titleWords: number;
  leadWords: number;
  /** Migration words per 100 words of the text. */
  density: number;
  /** Themes the article is about, and their mentions in all; themes its title names in a phrase. */
  themes: number;
  titleThemes: number;
  themeMentions: number;
  organisations: number;
}

export interface EntityCount {
  entityId: string;
  count: number;
  /** Offset of the first mention in title + "\n\n" + text. */
  firstOffset: number;
  /** The wordings found, as written. */
  surfaces: readonly string[];
}

/** A wording of several words ("foreign workers", «traite des êtres humains») has one sense; a single word (expulsion, boat) has others. */
const isPhrase = (surface: string): boolean => /\s/.test(surface.trim());

export function relevanceFeatures(titleTokens: readonly Token[], textTokens: readonly Token[], entities: readonly EntityCount[], titleLength: number): RelevanceFeatures {
  const words = loadVocabulary();
  let titleWords = 0;
  for (let i = 0; i < titleTokens.length; i++) if (isMigrationWord(titleTokens, i, words)) titleWords += 1;
  let leadWords = 0;
  let textWords = 0;
  textTokens.forEach((_, i) => {
    if (!isMigrationWord(textTokens, i, words)) return;
    textWords += 1;
    if (i < LEAD_TOKENS) leadWords += 1;
  });
  let themes = 0;
  let titleThemes = 0;
  let themeMentions = 0;
  let organisations = 0;
  for (const entity of entities) {
    if (entity.entityId.startsWith('theme:')) {
      themes += 1;
      themeMentions += entity.count;
      if (entity.firstOffset < titleLength && entity.surfaces.some(isPhrase)) titleThemes += 1;
    } else if (MIGRATION_ORGANISATIONS.has(entity.entityId) || entity.entityId.startsWith('process:')) {
      organisations += entity.count;
    }
  }
  const density = textTokens.length === 0 ? 0 : (100 * textWords) / textTokens.length;
  return { titleWords, leadWords, density, themes, titleThemes, themeMentions, organisations };
}

/**
 * Weights fitted on the tuning articles' labels (logistic regression), then rounded; each feature
 * capped. The title-theme weight was then raised from the fitted 0.8 to 1.6, which changes no tuning
 * article's side: a theme in the title ("foreign workers", "sex trafficking") says what a short report
 * is about even when it never writes "migrant".
 */
const WEIGHTS = { bias: -2.9, titleWords: 1.2, leadWords: 0.4, density: 1.3, themes: 1.2, titleThemes: 1.6, themeMentions: 0.1, organisations: 1 } as const;
const CAPS = { titleWords: 2, leadWords: 3, density: 4, themes: 3, titleThemes: 2, themeMentions: 10, organisations: 3 } as const;

export function relevanceScore(features: RelevanceFeatures): number {
  let z = WEIGHTS.bias;
  for (const name of Object.keys(CAPS) as Array<keyof typeof CAPS>) z += WEIGHTS[name] * Math.min(features[name], CAPS[name]);
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

/**
 * Tokens with their surface form and offsets in the original text, plus the keys used to match them
 * against entity aliases and to index them for full-text search.
 *
 * Arabic attaches proclitics to the word: و/ف (and), ب/ك/ل (in, like, to), ال (the), and لل (to the).
 * "بليبيا" is "in Libya", "لعملية الرباط" is "to the Rabat Process". A text token therefore matches
 * every form obtained by stripping one valid proclitic chain; an alias token is stored without its
 * article only (ال/لل), since a single letter like the ل of ليبيا is part of the word.
 * Latin tokens are Porter-stemmed on both sides so "migrants" matches "migrant". A Latin text token
 * with a French feminine or plural ending has a second key, its masculine singular stemmed the same
 * way (./french-inflection.ts), so «libyennes» and «maltaises» match the aliases «libyen» and
 * «maltais». Aliases keep one key: they are written in the masculine singular.
 *
 * French elisions need no rule: the apostrophe (' or ’) separates words, so «l'OIM», «d'Italie» and
 * «qu'Athènes» give the tokens "l", "OIM", "d", "Italie"… and the elided article is a stopword.
 */
import { stemmer } from 'stemmer';
import { foldFrenchInflection } from './french-inflection.js';
import { isArabicScript, normaliseForMatch } from './normalise.js';
import { SpanMemo } from './span-memo.js';
import { wordBounds } from './word-bounds.js';

export interface Token {
  /** The token exactly as written in the text. */
  surface: string;
  start: number;
  end: number;
  /** normaliseForMatch(surface). */
  norm: string;
  /** Shared by every token written this way (set by tokenise; absent on tokens built elsewhere). */
  facts?: WordFacts;
}

/**
 * One written word form and what the passes that read every token learnt about it. Each pass (the
 * matcher's readings, the migration vocabulary, the index terms) used to look the word up in its own
 * memo table, and with a news vocabulary of 10⁵ forms every such lookup misses the CPU cache; here the
 * token carries its answers. Those modules add their fields to this interface (`declare module`),
 * so src/text depends on none of them; a field is filled on first use and depends on the word only.
 */
export interface WordFacts {
  readonly norm: string;
}

// Letters, combining marks (diacritics), digits and tatweel make a word; everything else separates.
export const WORD = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]+/gu;

/**
 * Word forms repeat heavily in news (Zipf), and normalisation (NFKC, NFD, several regexes) costs about
 * a microsecond a word; a bounded memo makes ingestion several times cheaper. The word facts are found
 * by the word's span in the text (./span-memo.ts), so a word seen before is neither sliced nor hashed
 * as a new string. Stated sizes: at most MEMO_LIMIT entries each, emptied when full.
 * 100,000: the shared corpus (2,316 articles, 947,087 words) has 95,160 distinct forms, so the memo
 * never fills on it and hits 89.95% of words, as at 200,000 (50,000: 88.0%). Each form held costs about
 * 140 bytes of heap (its WordFacts and table slots), so a full memo is ~14 MB instead of ~28 MB, in every
 * enrichment worker.
 */
const MEMO_LIMIT = 100_000;
const factsMemo = new SpanMemo<WordFacts>(MEMO_LIMIT);
const keysMemo = new Map<string, string[]>();

const aliasKeyMemo = new Map<string, string>();

/** `compute(input)`, remembered in `memo` (cleared when full). */
function remembered<T>(memo: Map<string, T>, input: string, compute: (input: string) => T): T {
  let value = memo.get(input);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = compute(input);
    memo.set(input, value);
  }
  return value;
}

/** The token for text[start, end); its surface is the memo's copy of the word when it has one. */
function tokenAt(text: string, start: number, end: number): Token {
  const slot = factsMemo.find(text, start, end);
  if (slot >= 0) {
    const facts = factsMemo.valueAt(slot);
    return { surface: factsMemo.keyAt(slot), start, end, norm: facts.norm, facts };
  }
  const surface = text.slice(start, end);
  const facts: WordFacts = { norm: normaliseForMatch(surface) };
  factsMemo.add(surface, facts);
  return { surface, start, end, norm: facts.norm, facts };
}

export function tokenise(text: string): Token[] {
  const bounds = wordBounds(text);
  if (bounds === undefined) return tokeniseByRegex(text);
  const tokens: Token[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const token = tokenAt(text, bounds[i]!, bounds[i + 1]!);
    if (token.norm.length !== 0) tokens.push(token);
  }
  return tokens;
}

/**
 * The first token of `text` whose normalised form passes `test`, as tokenise would give it, reading
 * no further than that token (a search snippet needs only the first place an article names the query).
 */
export function findToken(text: string, test: (norm: string) => boolean): Token | undefined {
  for (const match of text.matchAll(WORD)) {
    const token = tokenAt(text, match.index, match.index + match[0].length);
    if (token.norm.length !== 0 && test(token.norm)) return token;
  }
  return undefined;
}

/** tokenise for a text with surrogate pairs, which the char-code scan leaves to the regex. */
function tokeniseByRegex(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const token = tokenAt(text, match.index, match.index + match[0].length);
    if (token.norm.length !== 0) tokens.push(token);
  }
  return tokens;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const ARTICLES = ['', 'ال'];
/** Every proclitic chain, longest first: (و|ف)? then (ب|ك|ل)?(ال)? or لل. */
const PROCLITIC_CHAINS: readonly string[] = (() => {
  const chains = new Set<string>();
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) for (const a of ARTICLES) chains.add(c + p + a);
    chains.add(c + 'لل');
  }
  chains.delete('');
  return [...chains].sort((a, b) => b.length - a.length);
})();

const MIN_STEM = 2;

/** Forms of a normalised Arabic token with one proclitic chain removed (the token itself first). */
export function arabicCandidates(norm: string): string[] {
  const out = [norm];
  for (const chain of PROCLITIC_CHAINS) {
    if (norm.length - chain.length >= MIN_STEM && norm.startsWith(chain)) {
      const rest = norm.slice(chain.length);
      if (!out.includes(rest)) out.push(rest);
    }
  }
  return out;
}

/**
 * The key an alias token is stored under: Latin stemmed, Arabic without its article (ال/لل).
 * Remembered: the gazetteer repeats its words thousands of times (every country's "interior ministry").
 */
export function aliasKey(norm: string): string {
  return remembered(aliasKeyMemo, norm, computeAliasKey);
}

function computeAliasKey(norm: string): string {
  if (!isArabicScript(norm)) return latinKey(norm);
  for (const article of ['ال', 'لل']) {
    if (norm.startsWith(article) && norm.length - article.length >= MIN_STEM) return norm.slice(article.length);
  }
  return norm;
}

/** Keys under which a text token can match an alias token (see aliasKey). Shared arrays: do not mutate. */
export function textKeys(norm: string): string[] {
  return remembered(keysMemo, norm, computeTextKeys);
}

function computeTextKeys(norm: string): string[] {
  return isArabicScript(norm) ? arabicCandidates(norm) : latinKeys(norm);
}

/** The word's own key, then the key of its French masculine singular when that differs. */
function latinKeys(norm: string): string[] {
  const own = latinKey(norm);
  const folded = foldFrenchInflection(norm);
  if (folded === norm) return [own];
  const masculine = latinKey(folded);
  return masculine === own ? [own] : [own, masculine];
}

function latinKey(norm: string): string {
  // The stemmer expects lower-case ASCII-ish words; digits and short tokens pass through.
  return norm.length > 2 && /^[a-z]+$/.test(norm) ? stemmer(norm) : norm;
}

/** The shortest proclitic-stripped form (for the index; queries expand to all candidates). */
export function arabicStem(norm: string): string {
  const candidates = arabicCandidates(norm);
  return candidates.reduce((shortest, c) => (c.length < shortest.length ? c : shortest), norm);
}

/** Split an alias or phrase into its matching keys. */
export function phraseKeys(phrase: string): string[] {
  return tokenise(phrase).map((t) => aliasKey(t.norm));
}

/**
 * The lexemes the full-text index stores and the query groups that search them. Normalisation happens
 * here, in JS, so SQLite FTS5 and PostgreSQL (tsvector 'simple') index exactly the same terms:
 * - Arabic tokens are indexed by their shortest proclitic-stripped form; a query token expands to
 *   every proclitic-stripped form of itself, which always includes that form for the same word with
 *   other clitics, so "ليبيا" finds "بليبيا" and "وليبيا", and "المهاجرين" finds "للمهاجرين".
 * - Latin tokens are Porter-stemmed on both sides ("trafficked" finds "trafficking"). A French feminine
 *   or plural is indexed under its own stem and its masculine singular's (textKeys), and a query word
 *   searches both of its keys, so «migrant» finds «migrantes», «libyenne» finds «libyens» and «national»
 *   finds «nationaux». Indexing both (not only the masculine) keeps every English match the plain stem
 *   gave, and keeps finding articles indexed before the French keys existed.
 * - French elisions are separate words once tokenised («l'immigration» → "l", "immigration"), and the
 *   elided article is a French stopword, dropped from queries; accents are folded, so "refugies" finds
 *   «réfugiés».
 */
import { isArabicScript } from '../text/normalise.js';
import { FRENCH_STOPWORD_FORMS, isStopword } from '../text/stopwords.js';
import { arabicCandidates, arabicStem, type Token, textKeys, tokenise } from '../text/tokens.js';

const MAX_TERM_LENGTH = 64;
/** Queries are user strings of any size; only the first words take part. */
export const MAX_QUERY_TOKENS = 24;

/**
 * Index terms of one word, memoised: news vocabulary repeats, and stems cost more than a lookup.
 * 100,000 normalised words, emptied when full: the shared corpus has 87,022, so it hits 90.8% of words
 * as at 200,000 (50,000: 88.5%), while a full memo holds about half the heap (~150 bytes a word with the
 * text keys it computes).
 */
const termMemo = new Map<string, string>();
const TERM_MEMO_LIMIT = 100_000;

function termsOf(norm: string): string {
  let terms = termMemo.get(norm);
  if (terms === undefined) {
    if (isArabicScript(norm)) {
      terms = arabicStem(norm);
    } else {
      terms = textKeys(norm).join(' ');
    }
    if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
    termMemo.set(norm, terms);
  }
  return terms;
}

/** `tokens` may be passed when the caller already tokenised the text. */
export function indexTerms(text: string, tokens: readonly Token[] = tokenise(text)): string {
  const terms: string[] = [];
  for (const token of tokens) {
    if (token.norm.length > MAX_TERM_LENGTH) continue;
    terms.push(token.facts ? (token.facts.indexTerms ??= termsOf(token.norm)) : termsOf(token.norm));
  }
  return terms.join(' ');
}

declare module '../text/tokens.js' {
  interface WordFacts {
    /** The word's index terms, space-separated (./index-terms.ts). */
    indexTerms?: string;
  }
}

/**
 * A query's language is unknown: a word is dropped when it is an English stopword (by stem) or a
 * French one as written (so "estimated" is kept though «estimé» is dropped); Arabic words by script.
 */
export function isQueryStopword(norm: string): boolean {
  return isStopword(norm, 'en') || FRENCH_STOPWORD_FORMS.has(norm);
}

/** A hyphen with nothing around it joins two words into one compound («sans-papiers», "non-EU"). */
const HYPHEN = /^[-\u2010\u2011]$/;

/**
 * The words of a query that take part in search: stopwords dropped (all kept when nothing else is
 * left), except inside a hyphenated compound, capped at MAX_QUERY_TOKENS.
 */
export function queryContentTokens(query: string, dropWord: (norm: string) => boolean = isQueryStopword): Token[] {
  const { content, all } = queryWords(query, dropWord);
  return (content.length > 0 ? content : all).slice(0, MAX_QUERY_TOKENS);
}

/** The query's words (`all`) and those that are not stopwords, or are inside a hyphenated compound (`content`). */
export function queryWords(query: string, dropWord: (norm: string) => boolean = isQueryStopword): { content: Token[]; all: Token[] } {
  const all = tokenise(query).filter((t) => t.norm.length <= MAX_TERM_LENGTH);
  const inCompound = (i: number): boolean => {
    const hyphenated = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && HYPHEN.test(query.slice(a.end, b.start));
    return hyphenated(all[i - 1], all[i]) || hyphenated(all[i], all[i + 1]);
  };
  return { content: all.filter((t, i) => !dropWord(t.norm) || inCompound(i)), all };
}

/** The index term a word is stored under first: what a phrase or proximity search looks for. */
export function primaryTerm(norm: string): string {
  const terms = termsOf(norm);
  const space = terms.indexOf(' ');
  return space < 0 ? terms : terms.slice(0, space);
}

/**
 * The query as the index stores it, from its first content word to its last, stopwords between
 * included ("drowned off the coast"): an article holding these terms in a row holds the exact phrase.
 */
export function queryPhraseTerms(tokens: readonly Token[]): string[] {
  return indexTerms('', tokens).split(' ').filter((t) => t !== '');
}

/**
 * One group per query word; a document matches a group when it contains any of its terms. Stopwords
 * are dropped, except inside a hyphenated compound: «sans-papiers» (undocumented migrants) is not
 * «papiers» (papers).
 */
export function queryTermGroups(query: string, dropWord: (norm: string) => boolean = isQueryStopword): string[][] {
  const chosen = queryContentTokens(query, dropWord);
  const groups: string[][] = [];
  for (const token of chosen) {
    const terms = isArabicScript(token.norm) ? arabicCandidates(token.norm) : textKeys(token.norm);
    const key = terms.join(' ');
    if (!groups.some((g) => g.join(' ') === key)) groups.push(terms);
  }
  return groups;
}

/**
 * A full-text query with alternatives: every group must match (or, relaxed, any group), a group
 * matches when one of its conjunctions does, and a conjunction when each of its words is present as
 * one of that word's index terms. Plain queries have one single-word conjunction per group; a query
 * naming a lexicon concept has that concept's wording in three languages as one group.
 */
export type MatchGroup = string[][][];

/** Plain groups of alternative terms (queryTermGroups) in MatchGroup form: each a one-word conjunction. */
export function asMatchGroups(groups: readonly string[][]): MatchGroup[] {
  return groups.map((terms) => [[terms]]);
}

/**
 * Per-article features for story clustering, computed once per candidate so that pair scoring is
 * only sparse-vector arithmetic: normalised content terms of title and body (stopwords dropped,
 * English stemmed, Arabic clitics stripped), language-neutral numbers, and the day of publication.
 * The body is read up to a cap: news puts the event in the lead, and the cap bounds the cost.
 */
import { foldDigits, normaliseForMatch } from '../../src/text/normalise.js';
import { isStopwordKeys } from '../../src/text/stopwords.js';
import { textKeys, WORD } from '../../src/text/tokens.js';

export interface StoryCandidate {
  /** Article id. */
  id: string;
  title: string;
  /** Plain body. */
  text: string;
  /** 'ar' | 'en' | 'fr' | … */
  lang: string;
  /** ISO date or date-time (publication, else ingestion time). */
  time: string;
  /** Entities the article mentions, e.g. 'country:EG', 'org:iom', 'theme:smuggling', 'person:…'. */
  entityIds: string[];
  /**
   * Outlet, when known. Two outlets reporting alike in the same days are usually one event told twice;
   * one outlet's articles alike are more often successive developments of a running story.
   */
  source?: string;
}

export interface Features {
  index: number;
  candidate: StoryCandidate;
  /** Days since the epoch (fractional); NaN when the time does not parse. */
  day: number;
  /** Term → count in title + body. */
  terms: Map<string, number>;
  titleTerms: Set<string>;
  /** Term → count in the title and the lead (the body's first LEAD_CHARS), where the event is stated. */
  leadTerms: Map<string, number>;
  /** Numbers of two or more significant digits, separators removed ("19,000" → "19000"). */
  numbers: Set<string>;
  /** Numbers in the title alone ("Trump on Twitter (Dec 21)", "27 dead off Sfax"). */
  titleNumbers: Set<string>;
  entities: Set<string>;
}

/** Characters of body read per article. */
export const BODY_CHARS = 2500;
/** Characters of body that make the lead. */
export const LEAD_CHARS = 500;

const NUMBER = /\d(?:[\d,.\u066B\u066C]*\d)?/g;

function termOf(norm: string, lang: string): string | null {
  if (norm.length < 2 || /^\d+$/.test(norm)) return null;
  const keys = textKeys(norm);
  if (isStopwordKeys(norm, keys, lang)) return null;
  // Arabic: the shortest clitic-stripped form, so "بليبيا" and "ليبيا" meet; Latin: the stem.
  return keys.reduce((shortest, k) => (k.length < shortest.length ? k : shortest), keys[0] ?? norm);
}

// Word → term, per language: one lookup per word instead of normalising, stripping clitics, stemming
// and checking stopwords each time (word forms repeat heavily in news). Bounded; cleared when full.
const TERM_MEMO_LIMIT = 300_000;
const termMemos = new Map<string, Map<string, string | null>>();
let memoSize = 0;

function memoFor(lang: string): Map<string, string | null> {
  let memo = termMemos.get(lang);
  if (memo === undefined) {
    memo = new Map();
    termMemos.set(lang, memo);
  }
  return memo;
}

function memoTerm(memo: Map<string, string | null>, surface: string, lang: string): string | null {
  let term = memo.get(surface);
  if (term === undefined) {
    if (memoSize >= TERM_MEMO_LIMIT) {
      // Every language's memo is cleared, `memo` included: the caller's reference stays valid.
      for (const m of termMemos.values()) m.clear();
      memoSize = 0;
    }
    const norm = normaliseForMatch(surface);
    term = norm.length === 0 ? null : termOf(norm, lang);
    memo.set(surface, term);
    memoSize += 1;
  }
  return term;
}

/** Calls `visit` with each content term of `text` and its offset (the words tokenise() would yield). */
function forEachTerm(text: string, lang: string, visit: (term: string, start: number) => void): void {
  const memo = memoFor(lang);
  // exec with lastIndex rather than matchAll: no iterator or match-array copies on the hot path.
  const word = new RegExp(WORD.source, WORD.flags);
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const term = memoTerm(memo, match[0], lang);
    if (term !== null) visit(term, match.index);
  }
}

function numbersOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of foldDigits(text).matchAll(NUMBER)) {
    const raw = match[0];
    // "19,000" and "19.000" are the same figure; "2.5" keeps its point as a decimal only when short.
    const digits = /[.,\u066B\u066C]\d{3}(?!\d)/.test(raw) ? raw.replace(/[.,\u066B\u066C]/g, '') : raw.replace(/[\u066B,]/g, '.');
    const value = digits.replace(/^0+/, '');
    if (value.length < 2) continue;
    // Years and day-of-month figures are shared by unrelated news of the same period.
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1900 && n <= 2100) continue;
    out.add(value);
  }
  return out;
}

export function featuresOf(candidate: StoryCandidate, index: number): Features {
  const terms = new Map<string, number>();
  const titleTerms = new Set<string>();
  forEachTerm(candidate.title, candidate.lang, (term) => {
    titleTerms.add(term);
    terms.set(term, (terms.get(term) ?? 0) + 1);
  });
  const leadTerms = new Map(terms);
  const body = candidate.text.slice(0, BODY_CHARS);
  forEachTerm(body, candidate.lang, (term, start) => {
    terms.set(term, (terms.get(term) ?? 0) + 1);
    if (start < LEAD_CHARS) leadTerms.set(term, (leadTerms.get(term) ?? 0) + 1);
  });
  return {
    index,
    candidate,
    day: Date.parse(candidate.time) / 86_400_000,
    terms,
    titleTerms,
    leadTerms,
    numbers: numbersOf(`${candidate.title}\n${body}`),
    titleNumbers: numbersOf(candidate.title),
    entities: new Set(candidate.entityIds),
  };
}

/**
 * Extractive summaries for digests: two or three sentences of the article itself, in its own
 * language, never rewritten or translated — analysts quote them, so every word must be the outlet's.
 *
 * Sentences are scored by TextRank centrality (PageRank over TF-IDF cosine similarity, Mihalcea &
 * Tarau 2004), similarity to the headline, and a light preference for early sentences; news puts
 * the gist first, but a pure lead summary often repeats the headline or opens on a dateline.
 * Words are compared through textKeys, so an Arabic word matches its clitic forms
 * (المهاجرين / والمهاجرين / للمهاجرين), English words match by Porter stem and French ones their
 * masculine singular too («libyennes» / «libyen»); stopwords are the article's language's.
 * Web boilerplate (related links, bylines, captions, app promotions) is dropped before scoring.
 * https://aclanthology.org/W04-3252/
 */
import { normaliseForMatch } from './normalise.js';
import { splitSentences } from './sentences.js';
import { isStopwordKeys } from './stopwords.js';
import { cosine, type SparseVector } from './sparse-vector.js';
import { SpanMemo } from './span-memo.js';
import { textKeys } from './tokens.js';
import { wordBounds } from './word-bounds.js';

export interface SummaryOptions {
  /** Exact number of sentences wanted; by default 3, or 2 when three would run long. */
  sentences?: number;
  /** The headline: sentences close to it are preferred, and a sentence repeating it is skipped. */
  title?: string;
}

/** Sentences scored per article: keeps the O(n²) similarity step bounded on long pieces. */
const MAX_CANDIDATES = 20;
/** Enough text for MAX_CANDIDATES news sentences (about 250 characters each); the rest is never scored. */
const MAX_INPUT_CHARS = 5_000;
const DEFAULT_SENTENCES = 3;
/** Three sentences longer than this together make a digest entry too long to skim; use two. */
const LONG_SUMMARY_CHARS = 650;
/** A longer sentence is a run-on (often a scraped paragraph without full stops) and is cut. */
const MAX_SENTENCE_CHARS = 400;
const MIN_WORDS = 4;
const MIN_LETTERS = 20;
/** Unpunctuated lines this short are subheadings, captions or related-article links. */
const HEADING_MAX_WORDS = 15;
/** Two sentences this similar say the same thing; the digest needs only one. */
const REDUNDANT_SIMILARITY = 0.45;

const DAMPING = 0.85;
const PAGERANK_ITERATIONS = 30;
const WEIGHT_CENTRALITY = 0.45;
const WEIGHT_TITLE = 0.35;
const WEIGHT_POSITION = 0.2;
/** Centrality and position share the title's weight when there is no title. */
const WEIGHT_CENTRALITY_NO_TITLE = 0.7;
const WEIGHT_POSITION_NO_TITLE = 0.3;
/** Sentences with fewer content words than this carry little information; their score is scaled down. */
const INFORMATIVE_WORDS = 8;

/** Separators between words: the complement of tokens.ts's WORD. */
const NON_WORD_GLOBAL = /[^\p{L}\p{M}\p{N}\u0640\u200C\u200D]+/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
const TERMINAL_PUNCTUATION = /[.!?؟…"”»'’):]$/u;
const LINK = /https?:\/\/|www\.|[\w.-]+@[\w-]+\.\p{L}/u;

/**
 * Boilerplate, matched on normaliseForMatch text (lower case, no accents or hamza): "اقرأ أيضاً"
 * becomes "اقرا ايضا", "À lire aussi" becomes "a lire aussi".
 */
const START = '^[^\\p{L}\\p{N}]*';
// \b and \W know only ASCII word characters, so they would misfire on Arabic.
const END = '(?![\\p{L}\\p{N}])';
const JUNK = new RegExp(
  [
    // Arabic: related links, app promotions, credits and disclaimers.
    START + '(?:اقرا|للمزيد|قد يهمك|شاهد(?: ايضا| بالفيديو| الفيديو)?:?|مصدر الصوره|الصوره ?:|تصوير ?:|المصدر ?:|تابعونا)' + END,
    'يمكنكم (?:تسلم|استلام)', 'تطبيق بي بي سي', 'جميع المقالات المنشوره', 'جميع الحقوق محفوظه',
    START + 'فرانس ?24 ?/',
    // English: credits, calls to action, syndication notes, sidebar teasers.
    START + '(?:photo|credit|copyright|read more|click here|follow us|subscribe|sign up|advertisement|share this|see also|editing by|reporting by|writing by|additional reporting|(?:related|watch|listen|image|updated|source) ?:)' + END,
    'getty images', 'ap photo', 'afp via', 'opinions expressed', 'all rights reserved', 'our (?:free )?newsletter',
    'donate today', 'make a donation', 'republish', 'staff reporter', 'lea este articulo', '\\[(?:\\.\\.\\.|…)\\]',
    '^(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}, \\d{4}',
    // French and German.
    START + '(?:a lire aussi|lire aussi|voir aussi|a voir aussi|lire la suite|credit photo|credits? ?:|photo d.illustration|lesen sie auch|mehr zum thema|foto ?:|bild ?:|unbegrenzt weiterlesen)' + END,
    'tous droits reserves', 'abonnez-vous', 'inscrivez-vous a (?:notre|la) newsletter', 'externen inhalt', 'datenschutz',
  ].join('|'),
  'u',
);
/** "By Jane Doe, Reuters" — on the original text, where names still have capitals. */
const BYLINE = /^(?:By|Par)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*(?:[,|]|$|(?:and|et)\s+\p{Lu})/u;
/**
 * A photo credit or related-link teaser glued to the front of a real sentence by the scraper:
 * "(AP Photo/Jane Doe) The mayor said…". The sentence after it is kept.
 */
const LEADING_CREDIT = /^(?:[(\[][^()[\]]*(?:photo|getty|afp|reuters|related|image|credit|foto|صوره|الصورة)[^()[\]]*[)\]]\s*)+/iu;

interface Candidate extends SparseVector {
  text: string;
  contentWords: number;
}

/**
 * A summary of `text` in its own language: by default the 2–3 most central and informative
 * sentences, in article order, joined by a space; each is cut to ~400 characters with "…".
 * Short texts give what they have; an empty text gives ''. Deterministic.
 */
export function summarise(text: string, lang: string, options: SummaryOptions = {}): string {
  return summarySentences(text, lang, options).join(' ');
}

/** The sentences summarise joins, for callers that render them separately (e.g. as a list). */
export function summarySentences(text: string, lang: string, options: SummaryOptions = {}): string[] {
  // Only the first MAX_CANDIDATES sentences are scored, so a very long text need not be split whole;
  // the sentence cut in half at the end is dropped.
  const truncated = text.length > MAX_INPUT_CHARS;
  const all = splitSentences(truncated ? text.slice(0, MAX_INPUT_CHARS) : text, lang);
  if (truncated && all.length > 1) all.pop();
  if (all.length === 0) return [];
  const requested = options.sentences !== undefined ? Math.max(1, Math.floor(options.sentences)) : undefined;
  const wanted = requested ?? DEFAULT_SENTENCES;

  const words = wordCache(lang);
  const titleNorm = options.title !== undefined ? normaliseForMatch(options.title).trim() : '';
  const seen = new Set<string>();
  const kept: Array<{ text: string; terms: TermCounts }> = [];
  for (const raw of all) {
    if (kept.length >= MAX_CANDIDATES) break;
    const sentence = raw.replace(LEADING_CREDIT, '');
    if (sentence === '') continue;
    const norm = normaliseForMatch(sentence);
    // Outlets repeat a paragraph or the headline inside the body; one copy is enough.
    if (seen.has(norm) || (titleNorm !== '' && norm === titleNorm)) continue;
    seen.add(norm);
    const terms = termCounts(norm, lang, words);
    if (!isJunk(sentence, norm, terms)) kept.push({ text: sentence, terms });
  }
  // Everything looked like boilerplate (or the text is a single fragment): give what there is.
  if (kept.length === 0) return all.slice(0, wanted).map(capLength);
  if (kept.length <= wanted) return kept.map((s) => capLength(s.text));

  const df = new Map<number, number>();
  for (const { terms } of kept) for (const id of terms.ids) df.set(id, (df.get(id) ?? 0) + 1);
  const idf = new Map<number, number>();
  for (const [id, d] of df) idf.set(id, Math.log(1 + kept.length / d));
  const candidates: Candidate[] = kept.map((s) => {
    const { ids, weights } = toVector(s.terms, idf);
    return { text: s.text, contentWords: s.terms.contentWords, ids, weights };
  });

  const n = candidates.length;
  const similarity = pairwiseCosine(candidates, n);
  const centrality = pageRank(similarity, n);
  const maxCentrality = Math.max(...centrality);

  let titleScores: number[] | undefined;
  if (options.title !== undefined && titleNorm !== '') {
    const titleVector = toVector(termCounts(titleNorm, lang, words), idf);
    if (titleVector.ids.length > 0) titleScores = candidates.map((c) => cosine(c, titleVector));
  }

  const scores = candidates.map((c, i) => {
    const central = maxCentrality > 0 ? (centrality[i] ?? 0) / maxCentrality : 0;
    const position = 1 / (1 + i / 3);
    const base = titleScores
      ? WEIGHT_CENTRALITY * central + WEIGHT_TITLE * Math.min(1, 2 * (titleScores[i] ?? 0)) + WEIGHT_POSITION * position
      : WEIGHT_CENTRALITY_NO_TITLE * central + WEIGHT_POSITION_NO_TITLE * position;
    return base * Math.min(1, c.contentWords / INFORMATIVE_WORDS);
  });

  const ranked = candidates.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const chosen: number[] = [];
  for (const i of ranked) {
    if (chosen.length >= wanted) break;
    if (chosen.some((j) => (similarity[i * n + j] ?? 0) > REDUNDANT_SIMILARITY)) continue;
    chosen.push(i);
  }
  // Redundancy may have skipped too many; fill up in rank order rather than return too little.
  for (const i of ranked) {
    if (chosen.length >= wanted) break;
    if (!chosen.includes(i)) chosen.push(i);
  }
  if (requested === undefined && chosen.length > 2) {
    const length = chosen.reduce((sum, i) => sum + Math.min(MAX_SENTENCE_CHARS, candidates[i]?.text.length ?? 0), 0);
    if (length > LONG_SUMMARY_CHARS) chosen.pop(); // the lowest-ranked of the three
  }
  return chosen
    .sort((a, b) => a - b)
    .map((i) => capLength(candidates[i]?.text ?? ''));
}

function isJunk(sentence: string, norm: string, terms: TermCounts): boolean {
  const { words, letters, digits } = terms;
  if (letters < MIN_LETTERS || digits > 0.3 * (letters + digits)) return true;
  if (words < MIN_WORDS) return true;
  if (words < HEADING_MAX_WORDS && !TERMINAL_PUNCTUATION.test(sentence)) return true;
  const mayLink = sentence.includes('@') || sentence.includes('http') || sentence.includes('www.');
  return (mayLink && LINK.test(sentence)) || BYLINE.test(sentence) || JUNK.test(norm);
}

/**
 * Every key gets a small integer id, so sentence vectors are sorted integer arrays and cosine is a
 * merge. Words map to the ids of their content keys ([] for a stopword), per language: news
 * vocabulary repeats heavily from article to article, and stemming plus clitic expansion is the
 * costliest step per word. Both tables are dropped together when they grow large (only between
 * summaries, so ids never change under a running one); memory stays bounded.
 */
const keyIds = new Map<string, number>();
/** Keyed by the word's span in the normalised sentence (./span-memo.ts): a known word is neither sliced nor hashed as a new string. */
const wordCaches = new Map<string, SpanMemo<WordKeys>>();
const CACHE_LIMIT = 200_000;

interface WordKeys {
  ids: readonly number[];
  /** Weight of each key: the readings of one Arabic word share it (see wordKeys). */
  share: number;
  /** All digits: left out of the vectors, and counted against a sentence by the junk filter. */
  numeric: boolean;
}

interface TermCounts {
  /** Content-word key ids, in order of first occurrence, and their weighted counts. */
  ids: number[];
  counts: number[];
  /** All words, stopwords included (for the junk filter). */
  words: number;
  /** Words that are not stopwords or numbers. */
  contentWords: number;
  /** Characters in words made of letters, and in numbers (for the junk filter). */
  letters: number;
  digits: number;
}

/**
 * Scratch counts by key id, all zero between uses: summing fractional counts in a Map boxes a number
 * at every word, and this runs on every word of every article's first sentences.
 */
let scratch = new Float64Array(4096);

function scratchFor(id: number): Float64Array {
  if (id >= scratch.length) {
    const grown = new Float64Array(Math.max(2 * scratch.length, id + 1));
    grown.set(scratch);
    scratch = grown;
  }
  return scratch;
}

function wordCache(lang: string): SpanMemo<WordKeys> {
  if (keyIds.size > CACHE_LIMIT) {
    keyIds.clear();
    wordCaches.clear();
  }
  let cache = wordCaches.get(lang);
  if (!cache) {
    cache = new SpanMemo(CACHE_LIMIT);
    wordCaches.set(lang, cache);
  }
  return cache;
}

function wordKeys(word: string, lang: string): WordKeys {
  if (DIGITS_ONLY.test(word)) return NUMBER;
  if (word.length < 2) return NO_KEYS;
  const keys = textKeys(word);
  if (isStopwordKeys(word, keys, lang)) return NO_KEYS;
  const ids = keys.map((key) => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyIds.size;
      keyIds.set(key, id);
    }
    return id;
  });
  // Every clitic reading of an Arabic word counts: بليبيا → {بليبيا, ليبيا} meets ليبيا → {ليبيا, يبيا}
  // on ليبيا; so do both keys of a French feminine or plural («libyennes» → its stem and «libyen»'s).
  // Wrong readings rarely meet anything; 1/√k keeps a many-reading word from dominating.
  return { ids, share: 1 / Math.sqrt(ids.length), numeric: false };
}
const NO_KEYS: WordKeys = { ids: [], share: 0, numeric: false };
const NUMBER: WordKeys = { ids: [], share: 0, numeric: true };

/** Content-word key counts of a normalised sentence (stopwords and numbers left out). */
function termCounts(norm: string, lang: string, cache: SpanMemo<WordKeys>): TermCounts {
  const ids: number[] = [];
  let words = 0;
  let contentWords = 0;
  let letters = 0;
  let digits = 0;
  const bounds = wordBounds(norm) ?? boundsBySplit(norm);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b]!;
    const end = bounds[b + 1]!;
    if (end === start) continue;
    words++;
    const slot = cache.find(norm, start, end);
    let keys: WordKeys;
    if (slot >= 0) keys = cache.valueAt(slot);
    else {
      const word = norm.slice(start, end);
      keys = wordKeys(word, lang);
      cache.add(word, keys);
    }
    if (keys.numeric) digits += end - start;
    else letters += end - start;
    if (keys.ids.length === 0) continue;
    contentWords++;
    for (const id of keys.ids) {
      const sums = scratchFor(id);
      const sum = sums[id]!;
      if (sum === 0) ids.push(id);
      sums[id] = sum + keys.share;
    }
  }
  const counts = new Array<number>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    counts[i] = scratch[id]!;
    scratch[id] = 0;
  }
  return { ids, counts, words, contentWords, letters, digits };
}

/** Word offsets (as wordBounds gives them) by the regex, for a sentence with surrogate pairs. */
function boundsBySplit(norm: string): number[] {
  const bounds: number[] = [];
  let start = 0;
  for (const separator of norm.matchAll(NON_WORD_GLOBAL)) {
    bounds.push(start, separator.index);
    start = separator.index + separator[0].length;
  }
  bounds.push(start, norm.length);
  return bounds;
}

/** A sparse TF-IDF vector, sorted by key id and scaled to unit length (built in place: this runs per sentence at ingest). */
function toVector(terms: TermCounts, idf: ReadonlyMap<number, number>): SparseVector {
  let kept = 0;
  for (const id of terms.ids) if (idf.has(id)) kept++;
  const ids = new Int32Array(kept);
  let k = 0;
  // The counts wait in the scratch table while the ids are sorted.
  for (let i = 0; i < terms.ids.length; i++) {
    const id = terms.ids[i]!;
    if (!idf.has(id)) continue;
    ids[k++] = id;
    scratchFor(id)[id] = terms.counts[i]!;
  }
  ids.sort();
  const weights = new Float64Array(kept);
  let sumSquares = 0;
  for (let i = 0; i < kept; i++) {
    const id = ids[i]!;
    const w = scratch[id]! * (idf.get(id) ?? 0);
    scratch[id] = 0;
    weights[i] = w;
    sumSquares += w * w;
  }
  const norm = Math.sqrt(sumSquares) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
  return { ids, weights };
}

/**
 * All pairwise cosines at once through postings: a term shared by k sentences adds to k² cells, and
 * most terms occur in one or two sentences, so this beats n² vector merges by a wide margin.
 */
function pairwiseCosine(vectors: readonly SparseVector[], n: number): Float64Array {
  // Each posting list holds (sentence, weight) pairs flattened, in sentence order.
  const postings = new Map<number, number[]>();
  vectors.forEach((v, sentence) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] ?? 0;
      let list = postings.get(id);
      if (!list) {
        list = [];
        postings.set(id, list);
      }
      list.push(sentence, v.weights[k] ?? 0);
    }
  });
  const similarity = new Float64Array(n * n);
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x += 2) {
      const a = list[x]!;
      const wa = list[x + 1]!;
      for (let y = x + 2; y < list.length; y += 2) {
        const b = list[y]!;
        const wb = list[y + 1]!;
        similarity[a * n + b] = (similarity[a * n + b] ?? 0) + wa * wb;
        similarity[b * n + a] = (similarity[b * n + a] ?? 0) + wa * wb;
      }
    }
  }
  return similarity;
}

/** Weighted PageRank over a symmetric similarity matrix; a fixed iteration count keeps it deterministic. */
function pageRank(similarity: Float64Array, n: number): number[] {
  const rowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += similarity[i * n + j] ?? 0;
    rowSums[i] = sum;
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < PAGERANK_ITERATIONS; iteration++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      const out = rowSums[j] ?? 0;
      if (out === 0) continue;
      const share = (DAMPING * (rank[j] ?? 0)) / out;
      for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) + share * (similarity[j * n + i] ?? 0);
    }
    rank = next;
  }
  return Array.from(rank);
}

/** Cuts a run-on sentence at a word boundary near MAX_SENTENCE_CHARS and marks the cut with "…". */
function capLength(sentence: string): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  const head = sentence.slice(0, MAX_SENTENCE_CHARS);
  const cut = head.lastIndexOf(' ');
  return `${(cut > MAX_SENTENCE_CHARS / 2 ? head.slice(0, cut) : head).replace(/[\s,،;؛:–—-]+$/u, '')}…`;
}

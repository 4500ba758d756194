/**
 * A short passage of an article around the first place it mentions the query's words or topics,
 * cut at word boundaries. Plain text: renderers escape it for their platform.
 *
 * Built once per query (`snippetsFor`): the query's keys and each topic's alias keys are worked out
 * once for the page, not for each result, and each word form's verdict is remembered for the page.
 * An article is read in growing windows, since most name the query in their first lines, and no
 * further than SCAN_CHARS: past that, its summary stands in.
 */
import type { EntityRecord } from '../entities/types.js';
import { phraseKeys, type Token, textKeys, tokenise } from '../text/tokens.js';

const SNIPPET_CHARS = 200;
/**
 * Half the results name the query in their first 50 characters, nine in ten within 700 (scale corpus):
 * the first window is a snippet's length, each next one twice the last.
 */
const FIRST_WINDOW = 200;
/** The 99th percentile of article length in the shared corpora: longer articles are read this far. */
export const SCAN_CHARS = 10_000;
const MIN_KEY = 3;
/** The most of an article's text a snippet reads: one char more, so that it knows the text goes on. */
export const SNIPPET_TEXT_CHARS = SCAN_CHARS + SNIPPET_CHARS + 1;

/** The single-word alias keys of a topic (the words an article names it by), kept per record. */
const topicKeysMemo = new WeakMap<EntityRecord, readonly string[]>();

function topicKeys(topic: EntityRecord): readonly string[] {
  let keys = topicKeysMemo.get(topic);
  if (keys === undefined) {
    const found = new Set<string>();
    for (const alias of topic.aliases) {
      const aliasKeys = phraseKeys(alias.text);
      if (aliasKeys.length === 1 && aliasKeys[0]!.length >= MIN_KEY) found.add(aliasKeys[0]!);
    }
    keys = [...found];
    topicKeysMemo.set(topic, keys);
  }
  return keys;
}

declare module '../text/tokens.js' {
  interface WordFacts {
    /** textKeys of the word, kept on it: every result of every search reads its first words (./snippet.ts). */
    snippetKeys?: readonly string[];
  }
}

const keysOf = (token: Token): readonly string[] => (token.facts ? (token.facts.snippetKeys ??= textKeys(token.norm)) : textKeys(token.norm));

export interface Snippets {
  /** The snippet of one result: `topics` are the query's topics the article mentions. */
  of(text: string, topics: readonly EntityRecord[], fallback: string): string;
}

/** Snippets for the results of one query. */
export function snippetsFor(query: string): Snippets {
  const queryKeys = new Set<string>();
  for (const t of tokenise(query.slice(0, 2_000))) for (const k of textKeys(t.norm)) if (k.length >= MIN_KEY) queryKeys.add(k);
  // Results share their topics: one word test per set of topics.
  const tests = new Map<string, (token: Token) => boolean>();
  const testFor = (topics: readonly EntityRecord[]) => {
    const id = topics.map((t) => t.id).join('\n');
    let test = tests.get(id);
    if (test === undefined) {
      const wanted = new Set(queryKeys);
      for (const topic of topics) for (const k of topicKeys(topic)) wanted.add(k);
      test = (token) => keysOf(token).some((k) => wanted.has(k));
      tests.set(id, test);
    }
    return test;
  };
  return {
    of(text, topics, fallback) {
      const start = firstMatch(text, testFor(topics));
      if (start < 0) return shorten(fallback || text, 0);
      return shorten(text, Math.max(0, start - SNIPPET_CHARS / 3));
    },
  };
}

/** One result's snippet; a page of results shares `snippetsFor(query)`. */
export function makeSnippet(text: string, query: string, topics: readonly EntityRecord[], fallback: string): string {
  return snippetsFor(query).of(text, topics, fallback);
}

/**
 * Offset of the first word of text[0, SCAN_CHARS) that passes `test`, or -1. Windows end at
 * whitespace, so every word is read whole and once, as tokenise reads the whole text.
 */
function firstMatch(text: string, test: (token: Token) => boolean): number {
  const end = Math.min(text.length, SCAN_CHARS);
  let size = FIRST_WINDOW;
  for (let from = 0; from < end; size *= 2) {
    const to = windowEnd(text, from, Math.min(end, from + size));
    for (const token of tokenise(text.slice(from, to))) if (test(token)) return from + token.start;
    from = to;
  }
  return -1;
}

const SPACE = /\s/;

/** Where a window from `from` ends: the last whitespace up to `at`, else the first after it (a long URL). */
function windowEnd(text: string, from: number, at: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i > from; i--) if (SPACE.test(text[i]!)) return i;
  for (let i = at + 1; i < text.length; i++) if (SPACE.test(text[i]!)) return i;
  return text.length;
}

function shorten(text: string, from: number): string {
  let start = from;
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space > start - 30 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_CHARS / 2) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

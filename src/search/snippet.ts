/**
 * A short passage of an article around the first place it mentions the query's words or topics,
 * cut at word boundaries. Plain text: renderers escape it for their platform.
 */
import type { EntityRecord } from '../entities/types.js';
import { findToken, phraseKeys, textKeys, tokenise } from '../text/tokens.js';

const SNIPPET_CHARS = 200;
const SCAN_CHARS = 30_000;

/** Every result of every search reads its topics' aliases: their keys are kept (bounded). */
const aliasKeysMemo = new Map<string, string[]>();
const ALIAS_MEMO_LIMIT = 50_000;

function aliasKeys(alias: string): string[] {
  let keys = aliasKeysMemo.get(alias);
  if (keys === undefined) {
    if (aliasKeysMemo.size >= ALIAS_MEMO_LIMIT) aliasKeysMemo.clear();
    keys = phraseKeys(alias);
    aliasKeysMemo.set(alias, keys);
  }
  return keys;
}

export function makeSnippet(text: string, query: string, topics: readonly EntityRecord[], fallback: string): string {
  const wanted = new Set<string>();
  for (const t of tokenise(query.slice(0, 2_000))) for (const k of textKeys(t.norm)) if (k.length >= 3) wanted.add(k);
  for (const topic of topics) {
    for (const alias of topic.aliases) {
      const keys = aliasKeys(alias.text);
      if (keys.length === 1 && keys[0]!.length >= 3) wanted.add(keys[0]!);
    }
  }
  const head = text.slice(0, SCAN_CHARS);
  const hit = findToken(head, (norm) => textKeys(norm).some((k) => wanted.has(k)));
  if (!hit) return shorten(fallback || text, 0);
  return shorten(head, Math.max(0, hit.start - SNIPPET_CHARS / 3));
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

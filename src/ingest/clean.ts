/**
 * Normalise stage: what every draft goes through before enrichment, whatever its reader. Display text
 * keeps its letters (diacritics included) but loses what only does harm: NUL bytes, bidi controls
 * that can reorder a Slack line (a classic spoofing trick), runs of spaces, absurd sizes.
 */
import { InvalidInput } from '../errors.js';
import type { ArticleDraft } from './types.js';

const MAX_TITLE = 500;
/** Longer bodies are cut: a news article is rarely over 100 KB; a 10 MB "article" is a broken page. */
export const MAX_TEXT = 200_000;

// Bidi embeddings/overrides/isolates, LRM/RLM/ALM, BOM, NUL and other C0 controls except \n and \t.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE, '')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function cleanDraft(draft: ArticleDraft): ArticleDraft {
  const title = cleanText(draft.title).replace(/\s+/g, ' ').slice(0, MAX_TITLE);
  let text = cleanText(draft.text);
  if (text.length > MAX_TEXT) text = `${text.slice(0, MAX_TEXT)}…`;
  if (title === '') throw new InvalidInput('article has no title');
  // Headline-only feed items are common; the headline is then the whole text.
  return { ...draft, title, text: text === '' ? title : text };
}

/**
 * Normalise stage: what every draft goes through before enrichment, whatever its reader. Display text
 * keeps its letters (diacritics included) but loses what only does harm: NUL bytes, bidi controls
 * that can reorder a Slack line (a classic spoofing trick), runs of spaces, absurd sizes.
 */
import { InvalidInput } from '../errors.js';
import { removeInvisible } from '../text/normalise.js';
import type { ArticleDraft } from './types.js';

const MAX_TITLE = 500;
/** Longer bodies are cut: a news article is rarely over 100 KB; a 10 MB "article" is a broken page. */
export const MAX_TEXT = 200_000;

/** Invisible characters removed (see removeInvisible), line ends unified, spaces and blank lines collapsed. */
export function cleanText(text: string): string {
  return removeInvisible(text.replace(/\r\n?/g, '\n'))
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

/**
 * Plain-text and Markdown article files (.txt, .md): the title/body/date conventions are
 * parseTextArticle's; this module only turns the file into a string and gives it a file:// URL.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

import { parseTextArticle } from '../text-article.js';
import type { ArticleDraft } from '../types.js';
import { decodeBytes } from './decode.js';

/** `path` must be absolute. Throws InvalidInput (from parseTextArticle) when there is no title or body. */
export async function readTextFile(path: string): Promise<ArticleDraft> {
  // Text files saved by Windows tools are often windows-1252; decodeBytes falls back to it.
  const raw = decodeBytes(await readFile(path), { kind: 'text' });
  const { title, text, published } = parseTextArticle(raw);
  return { url: pathToFileURL(path).href, title, text, published };
}

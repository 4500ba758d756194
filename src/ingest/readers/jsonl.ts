/**
 * JSON Lines reader (https://jsonlines.org): one article object per line, streamed line by line so a
 * 100k-line export never sits in memory whole. A bad line is reported as `file:line` with the zod
 * issue and the other lines are still read.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

import { z } from 'zod';

import { parseLooseDate } from '../../text/dates.js';
import type { ArticleDraft, ReadOutcome } from '../types.js';
import { languageCode } from './metadata.js';

// Messages are short on purpose: they follow "file:line: field:" in reports.
const requiredString = z.string({ error: (issue) => (issue.input === undefined ? 'required' : 'expected string') });
const optionalString = z.string({ error: 'expected string' }).nullish();

const ArticleLine = z.object(
  {
    title: requiredString.trim().min(1, 'empty'),
    text: requiredString.refine((text) => text.trim() !== '', 'empty'),
    url: optionalString.refine((url) => url == null || isAbsoluteUrl(url), 'not an absolute URL'),
    published: optionalString,
    lang: optionalString,
    source: optionalString,
  },
  { error: 'expected a JSON object' },
);

/** `path` must be absolute (it becomes the file:// URL of lines without one); `input` is the name to report. */
export async function* readJsonl(path: string, input: string): AsyncGenerator<ReadOutcome> {
  const fileUrl = pathToFileURL(path).href;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const rawLine of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    const where = `${input}:${lineNumber}`;

    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { ok: false, input: where, reason: `invalid JSON (${error instanceof Error ? error.message : String(error)})` };
      continue;
    }
    const parsed = ArticleLine.safeParse(value);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
        .join('; ');
      yield { ok: false, input: where, reason };
      continue;
    }

    const { title, text, url, published, lang, source } = parsed.data;
    const draft: ArticleDraft = {
      url: url ?? `${fileUrl}#L${lineNumber}`,
      title,
      text,
      // An unreadable date loses the date, not the article.
      published: published ? parseLooseDate(published) : null,
    };
    const code = languageCode(lang);
    if (code) draft.lang = code;
    if (source) draft.source = source;
    yield { ok: true, draft, input: where };
  }
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

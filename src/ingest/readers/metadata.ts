/** Small normalisers shared by the readers for metadata fields (language tags, one-line titles). */

/** The ISO 639-1 code of a language tag ("en-gb" → "en", "AR_EG" → "ar"), or undefined if it has none. */
export function languageCode(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

/** Collapses all whitespace (newlines included) to single spaces: for titles and names. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const DERIVED_TITLE_MAX = 120;

/**
 * A title for an untitled item (RSS 2.0 allows items with only a description): the first line of the
 * text, cut at a word boundary.
 */
export function titleFromText(text: string): string {
  const firstLine = oneLine(text.split('\n')[0] ?? '');
  if (firstLine.length <= DERIVED_TITLE_MAX) return firstLine;
  const cut = firstLine.slice(0, DERIVED_TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > DERIVED_TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

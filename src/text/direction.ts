/** Which way a text reads, for renderers that must say so (Slack RLMs, Teams `rtl`). */

// Arabic letters (the main block and presentation forms) against Latin ones.
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;

/** True when a text (an article's summary, say) is mostly Arabic letters: it reads right to left even inside an English answer. */
export function readsRightToLeft(text: string): boolean {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return arabic > 0 && arabic >= latin;
}

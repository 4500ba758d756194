/**
 * Where the words of a text are, by one pass over its char codes: the same words as tokens.ts's WORD
 * regex (letters, marks, digits, tatweel, ZWNJ/ZWJ), found without a match object per word. The
 * tokeniser and the summary's term counts read every word of every article through this.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u;

/** Per BMP char code: 0 not seen yet, 1 word character, 2 separator (learnt from WORD_CHAR on first sight). */
const WORD = 1;
const SEPARATOR = 2;
const charKind = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  let kind = charKind[code]!;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : SEPARATOR;
    charKind[code] = kind;
  }
  return kind === WORD;
}

/**
 * Start and end offsets of every word, flattened ([start0, end0, start1, end1, …]), or undefined
 * when the text holds surrogate pairs (astral letters and emoji): the caller then uses the regex.
 */
export function wordBounds(text: string): number[] | undefined {
  const bounds: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    if (isWordCode(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bounds.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) bounds.push(start, text.length);
  return bounds;
}

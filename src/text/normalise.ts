/**
 * Normalisation for matching and indexing (never for display). Arabic news text spells the same word
 * many ways: hamza and madda on alef (أ إ آ ٱ), alef maqsura (ى) for ya, ta marbuta (ة) for ha,
 * diacritics, tatweel, Eastern Arabic (٠-٩) and Persian (۰-۹) digits, presentation forms, and
 * invisible bidi controls pasted from web pages. All of these fold to one form here, and so do Latin
 * accents and the ligatures French and German keyboards often type out («sœur» / "soeur", «cœur»,
 * "Straße" / "Strasse").
 */

// Characters NFD leaves alone that still vary between outlets.
const LETTER_FOLDS: Record<string, string> = {
  'ى': 'ي', // alef maqsura → ya
  'ة': 'ه', // ta marbuta → ha
  'ٱ': 'ا', // alef wasla
  'ک': 'ك', // Persian kaf
  'ی': 'ي', // Persian ya
  'ۀ': 'ه',
  'ە': 'ه',
  'ـ': '', // tatweel
  'œ': 'oe',
  'Œ': 'oe',
  'æ': 'ae',
  'Æ': 'ae',
  'ß': 'ss',
};

const FOLD_PATTERN = /[ىةٱکیۀەـœŒæÆß]/g;
const COMBINING_MARKS = /\p{Mn}/gu;
// Format characters: bidi controls (LRM, RLM, LRE…PDF, LRI…PDI, ALM), ZWJ/ZWNJ, soft hyphen, BOM.
const FORMAT_CHARS = /\p{Cf}/gu;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Eastern Arabic and Persian digits to ASCII; everything else unchanged. Safe for display text. */
export function foldDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Characters display text never keeps: bidi embeddings, overrides, isolates and marks (they can
 * reorder a chat line — a spoofing trick), zero-width space and word joiners that only hide text, BOM,
 * soft hyphen, Unicode tag characters, and C0/C1 controls. Tab and line breaks are kept, and so are
 * ZWNJ/ZWJ (U+200C/U+200D): Persian and Urdu spelling needs them.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/** Removes the invisible characters above from text meant for display. */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Removes bidi controls and other invisible format characters; safe for display text. */
export function stripFormatChars(text: string): string {
  return text.replace(FORMAT_CHARS, '');
}

/**
 * The matching form of any text: compatibility forms unified (NFKC), hamza/madda and all
 * diacritics dropped (NFD then combining marks removed — this also strips Latin accents, so
 * "réfugiés" matches "refugies"), Arabic letter variants folded, digits ASCII, lower case.
 */
export function normaliseForMatch(text: string): string {
  const decomposed = text.normalize('NFKC').normalize('NFD');
  return (dropAndFold(decomposed) ?? foldByRegex(decomposed)).toLowerCase();
}

/** The reference steps after NFD, one regex each; used for text with characters outside the BMP. */
function foldByRegex(decomposed: string): string {
  return foldDigits(decomposed.replace(COMBINING_MARKS, '').replace(FORMAT_CHARS, '').replace(FOLD_PATTERN, (c) => LETTER_FOLDS[c] ?? c));
}

/**
 * What each BMP character becomes after NFD, learnt from the regexes above on first sight: this
 * runs on every sentence the summary reads and every new word, and one pass over the char codes
 * costs a fraction of four Unicode-class regex scans. 0: not seen yet.
 */
const KEEP = 1;
const DROP = 2;
const REPLACE = 3;
const charAction = new Uint8Array(0x10000);
const replacements = new Map<number, string>();

function actionOf(code: number): number {
  let action = charAction[code]!;
  if (action === 0) {
    const c = String.fromCharCode(code);
    const folded = foldByRegex(c);
    action = folded === c ? KEEP : folded === '' ? DROP : REPLACE;
    if (action === REPLACE) replacements.set(code, folded);
    charAction[code] = action;
  }
  return action;
}

/** foldByRegex in one pass, or undefined when the text has surrogate pairs (astral marks and tags). */
function dropAndFold(text: string): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII has no marks, format characters, Arabic letters or digits to fold.
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    const action = actionOf(code);
    if (action === KEEP) continue;
    out += text.slice(from, i);
    if (action === REPLACE) out += replacements.get(code) ?? '';
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * True when the (normalised or raw) token holds an Arabic letter (U+0620–U+064A, U+0671–U+06D3,
 * U+06FA–U+06FF). A char-code scan, not a regex: every pass asks this of nearly every token.
 */
export function isArabicScript(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x0620 || code > 0x06ff) continue;
    if (code <= 0x064a || (code >= 0x0671 && code <= 0x06d3) || code >= 0x06fa) return true;
  }
  return false;
}

/**
 * Untrusted article text (titles, summaries, outlet and entity names) made inert for Adaptive Card
 * TextBlocks. Teams renders a Markdown subset in TextBlock text — `**bold**`, `_italic_`, `[label](url)`,
 * `- item` / `1. item` lists, and more than the spec promises (headings, quotes, code) — and the
 * Adaptive Cards `{{DATE(…)}}` / `{{TIME(…)}}` functions.
 * https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/text-features
 * https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format
 *
 * There is no escape Teams documents for that subset, so, as for Slack (adapters/slack/blocks/mrkdwn.ts),
 * every control character becomes a look-alike Markdown does not parse, always: `*` `_` `~` `` ` `` `[`
 * `]` `#` `\` anywhere, a list or quote marker at the start. Parentheses stay: without `[` `]` they cannot
 * form a link, and news copy is full of them ("(AFP)"). Bidi and control characters are removed and
 * whitespace collapsed, so each piece is one line. Our own words are plain too: emphasis is the
 * TextBlock's `weight`, never Markdown, so nothing we add can pair with article text.
 */
import { removeInvisible } from '../../../src/text/normalise.js';

/** Longest article URL we link; a longer one is left unlinked rather than cut (a cut URL is a wrong URL). */
export const MAX_CARD_URL = 2000;

const ELLIPSIS = '…';

const LOOKALIKE: Record<string, string> = {
  '*': '\u2217',
  _: '\uFF3F',
  '~': '\u223C',
  '`': '\u02CB',
  '[': '\uFF3B',
  ']': '\uFF3D',
  '#': '\uFF03',
  '\\': '\u29F5',
};

/** At the start of the text these open a list or a quote: "- ", "+ ", "> ", "1. ", "1) ". */
const LEADING_MARKER = /^(?:([-+>])|(\d{1,9})([.)]))(?=\s|$)/u;
const LEADING_LOOKALIKE: Record<string, string> = { '-': '\u2010', '+': '\uFF0B', '>': '\u203A', '.': '\u2024', ')': '\uFF09' };

/** Strips invisible and bidi controls and collapses all whitespace, so article text stays on one line. */
export function cleanCardText(text: string): string {
  return removeInvisible(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Untrusted text → plain text for a TextBlock, at most `max` UTF-16 code units (cut on a code-point
 * boundary, ending with "…"). Empty when nothing visible is left.
 */
export function cardText(text: string, max = Number.POSITIVE_INFINITY): string {
  const defanged = cleanCardText(text)
    .replace(/[*_~`[\]#\\]/gu, (c) => LOOKALIKE[c] ?? c)
    // `{{DATE(…)}}` is a card function: one full-width brace keeps it literal.
    .replace(/\{\{/gu, '{\uFF5B')
    .replace(LEADING_MARKER, (whole, sign: string | undefined, digits: string | undefined, end: string | undefined) =>
      sign !== undefined ? (LEADING_LOOKALIKE[sign] ?? sign) : `${digits ?? ''}${LEADING_LOOKALIKE[end ?? ''] ?? end ?? ''}`,
    );
  return cut(Array.from(defanged), max);
}

function cut(chars: readonly string[], max: number): string {
  const whole = chars.join('');
  if (whole.length <= max) return whole;
  if (max < ELLIPSIS.length) return '';
  let out = '';
  for (const c of chars) {
    if (out.length + c.length > max - ELLIPSIS.length) break;
    out += c;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/**
 * An article URL for Action.OpenUrl / selectAction: http(s) only (a `file:` URL of a locally ingested
 * article means nothing in Teams; `javascript:` and `data:` are never links), normalised by WHATWG URL.
 * Null when not linkable or longer than MAX_CARD_URL.
 */
export function safeCardUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(cleanCardText(url));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.length <= MAX_CARD_URL ? parsed.href : null;
}

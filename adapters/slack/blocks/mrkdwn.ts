/**
 * Escaping untrusted article text (titles, summaries, source and entity names, URLs) for Slack mrkdwn.
 * Spec: https://docs.slack.dev/messaging/formatting-message-text#escaping (formerly
 * https://api.slack.com/reference/surfaces/formatting#escaping).
 *
 * Slack decodes exactly three entities, `&amp;` `&lt;` `&gt;`, and treats a raw `<…>` as a control
 * sequence (`<!channel>`, `<@U123>`, `<#C123>`, `<!subteam^…>`, `<!date^…>`, `<url|label>`). So after
 * stripping invisible/bidi controls and collapsing whitespace we replace `&` first, then `<` and `>`:
 * feed text that already reads `&lt;!channel&gt;` becomes `&amp;lt;!channel&amp;gt;` and shows the
 * same literal characters — it can never decode into a live mention.
 *
 * Emphasis and code (`*` `_` `~` `` ` ``): mrkdwn has no backslash escape, and its pairing rules are not
 * specified. We also wrap escaped text in our own markup (`*<url|headline>*`, `_label_`), so even a lone
 * `*` in a headline could pair with our closing `*` and break the layout; "replace only when the
 * characters would form markup" therefore means "replace always" for us. Decision: in untrusted text
 * every one of them becomes a look-alike that Slack does not parse — `∗` U+2217, `＿` U+FF3F, `∼` U+223C,
 * `ˋ` U+02CB. News copy rarely contains them ("~200 people" reads the same); nothing is dropped.
 *
 * Bare `@channel`/`@here`/`@everyone` only notify when the poster asks Slack to parse names
 * (`link_names`/`parse: full`); every mrkdwn object we emit sets `verbatim: true`, and as a second line
 * of defence the `@` of those three words becomes `＠` (U+FF20), so no posting option can make them live.
 * Emoji shortcodes (`:flag-ly:`) are left alone: no escape exists and replacing `:` would mangle times.
 */
import { uiText, type UiLang } from '../../../src/i18n/interface-text.js';
import { removeInvisible } from '../../../src/text/normalise.js';

/** Slack's limits, in characters (we count UTF-16 code units, which is never fewer than Slack counts). */
export const SLACK_TEXT_LIMITS = {
  sectionText: 3000,
  contextElementText: 2000,
  contextElements: 10,
  headerText: 150,
  fallbackText: 3000,
  blocksPerMessage: 50,
} as const;

/** Longest article URL we link; a longer one is shown as plain text rather than cut (a cut URL is a wrong URL). */
export const MAX_LINK_URL = 1000;

const ELLIPSIS = '…';

/** Look-alikes for mrkdwn's emphasis and code characters; see the header for why they are always replaced. */
const MARKUP_LOOKALIKE: Record<string, string> = {
  '*': '\u2217',
  _: '\uFF3F',
  '~': '\u223C',
  '`': '\u02CB',
};

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const BROADCAST = /@(channel|here|everyone)(?![\p{L}\p{N}_])/giu;

/** Strips invisible and bidi controls and collapses all whitespace, so article text stays on one line. */
export function cleanText(text: string): string {
  return removeInvisible(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Untrusted text → inert mrkdwn. `max` bounds the *escaped* length (so callers can add lengths against
 * Slack's limits); a cut falls on a code-point boundary, never inside an entity, and ends with "…".
 */
export function escapeMrkdwn(text: string, max = Number.POSITIVE_INFINITY): string {
  const defanged = cleanText(text)
    .replace(BROADCAST, '\uFF20$1')
    .replace(/[*_~`]/g, (c) => MARKUP_LOOKALIKE[c] ?? c);
  // One piece per code point, already escaped, so a cut can never split a surrogate pair or an entity.
  return cut(Array.from(defanged, (c) => ENTITY[c] ?? c), max);
}

/**
 * Our own fixed mrkdwn, whose markup (`*bold*`, `` `code` ``) is meant: only Slack's three control
 * characters are escaped, so a placeholder such as `<topic>` shows as typed instead of being read as a
 * link. Untrusted text goes through escapeMrkdwn instead.
 */
export function ownMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITY[c] ?? c);
}

/** Joins `pieces`, or as many as fit in `max` UTF-16 code units with "…" appended. */
function cut(pieces: readonly string[], max: number): string {
  const whole = pieces.join('');
  if (whole.length <= max) return whole;
  if (max < ELLIPSIS.length) return '';
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > max - ELLIPSIS.length) break;
    out += piece;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/**
 * Text for a `plain_text` object (Slack renders it as is: no markup, mentions or entities), cleaned and
 * cut to `max` UTF-16 code units on a code-point boundary, ending with "…". NOT for a message's
 * top-level `text` fallback: Slack parses that as mrkdwn, so it needs escapeMrkdwn.
 */
export function plainText(text: string, max = Number.POSITIVE_INFINITY): string {
  return cut(Array.from(cleanText(text)), max);
}

/**
 * An article URL that may go inside `<url|label>`: http(s) only — `file:` URLs of locally ingested
 * articles mean nothing on a Slack client, and `javascript:`/`data:` are never links. Normalised by
 * WHATWG URL; `|`, `<`, `>` and whitespace (which would end the URL or the control sequence) are
 * percent-encoded, and `&` becomes `&amp;` because Slack entity-decodes the whole sequence. Null when
 * not linkable or longer than MAX_LINK_URL.
 */
export function safeSlackUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(cleanText(url));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const href = parsed.href
    .replace(/[|<>\s]/gu, (c) => encodeURIComponent(c))
    .replace(/&/g, '&amp;');
  return href.length <= MAX_LINK_URL ? href : null;
}

/** `<url|escaped text>`, or just the escaped text when the URL is not linkable; `max` bounds the label. */
export function link(text: string, url: string, max?: number): string {
  const label = escapeMrkdwn(text, max);
  const href = safeSlackUrl(url);
  return href === null || label === '' ? label : `<${href}|${label}>`;
}

/**
 * An instant Slack shows in each reader's own time zone ("Nov 23, 2026 at 09:30"), with the UTC
 * ISO time as the fallback for clients that cannot. https://api.slack.com/reference/surfaces/formatting#date-formatting
 */
export function slackDate(iso: string, lang: UiLang = 'en'): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeMrkdwn(iso, 40);
  const fallback = new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  // Slack words the date in the reader's client language; the joining "at" is ours.
  const format = lang === 'en' ? '{date_short_pretty} at {time}' : '{date_short_pretty} {time}';
  return `<!date^${Math.floor(ms / 1000)}^${format}|${uiText(lang).atUtc(fallback)}>`;
}

/**
 * Secrets out of every log line, whoever wrote it. pino's path redaction only sees fields of objects we
 * log ourselves; a dependency's debug output (Bolt, the OAuth installer and the Web API client print
 * request bodies, headers and answers as text) reaches the logger as one message string. So the
 * finished line is scrubbed just before it is written (pino's `hooks.streamWrite`), at every level:
 *
 * - by value: each configured secret, also as it appears JSON-escaped (once, or twice when a
 *   dependency logs a JSON.stringify'd body), URL-encoded and form-encoded;
 * - by shape: Slack tokens (xoxb-, xoxp-, xoxe.xoxp-, xapp-… — also those of OAuth-installed
 *   workspaces, which are in no configuration), `Bearer …`/`Basic …` credentials, values of keys such
 *   as `client_secret=` / `"client_secret":"…"` / `access_token`, and response_url-style Slack hook URLs
 *   (whoever holds one can post to the channel).
 *
 * Every replacement is `[redacted]`, never starts after an escaping backslash and never swallows one,
 * so a JSON line stays valid JSON (pino-pretty parses it after us). Hand-written: no maintained library scrubs free text by
 * value and shape; pino's own redaction is kept for the structured fields.
 */

export const REDACTED = '[redacted]';

/** Shorter values are no real secret, and scrubbing them would eat ordinary words. */
const MIN_SECRET_CHARS = 6;

/** Not right after an odd number of backslashes: a match must not split a JSON escape such as `\n`. */
const NOT_ESCAPED = String.raw`(?<!(?:^|[^\\])(?:\\\\)*\\)`;

const SHAPES: ReadonlyArray<[RegExp, string]> = [
  // Slack tokens of every kind, rotating ones (xoxe.xoxp-…) included.
  [/(?:xox[a-z](?:\.xox[a-z])?|xapp)-[A-Za-z0-9-]+/g, REDACTED],
  // Authorization header values. Capitalised scheme names only, so "the bearer of" stays prose.
  [/(Bearer|Basic)(\s+|%20)[A-Za-z0-9\-._~+/]{8,}=*/g, `$1$2${REDACTED}`],
  // key=value (forms, query strings) and "key":"value" (JSON, possibly escaped once or twice).
  [
    /(client_secret|client_assertion|access_token|refresh_token|id_token|password|api[_-]?key|ticket)((?:\\*"\s*:\s*\\*")|=|%3D|%22%3A%22)([^"\\&\s]+)/gi,
    `$1$2${REDACTED}`,
  ],
  // Slack's response_url and incoming-webhook URLs are credentials in their own right.
  [/(hooks\.slack\.com(?:\\?\/|%2F))[A-Za-z0-9/_\-%.]+/gi, `$1${REDACTED}`],
];

/** The forms a secret takes inside a JSON log line: as text, JSON-escaped (once, twice), URL- and form-encoded. */
function variants(secret: string): string[] {
  const escape = (text: string): string => JSON.stringify(text).slice(1, -1);
  const encoded = [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)];
  return [...new Set(encoded.flatMap((text) => [escape(text), escape(escape(text))]))];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that returns a log line (JSON or text) with `secrets` and anything shaped like a credential replaced. */
export function createLogScrubber(secrets: readonly string[]): (line: string) => string {
  const forms = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_CHARS).flatMap(variants))].sort((a, b) => b.length - a.length);
  const byValue = forms.length > 0 ? new RegExp(`${NOT_ESCAPED}(?:${forms.map(escapeRegExp).join('|')})`, 'g') : null;
  return (line) => {
    let out = byValue === null ? line : line.replace(byValue, REDACTED);
    for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
    return out;
  };
}

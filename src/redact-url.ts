/**
 * URLs as they may appear in messages and logs. Feed URLs often carry secrets: `user:pass@` for
 * private feeds, API keys or session tokens in the query string, OAuth tokens in the fragment; a
 * database URL carries its password (and sometimes more in its query).
 */

/** The URL without credentials, query or fragment; a removed query shows as `?…` so the reader knows it existed. */
export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    // Not a URL: cut at the first `?`/`#` and drop anything before an `@` in the authority.
    const text = String(url);
    return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1').replace(/[?#].*$/s, '');
  }
  const hadQuery = parsed.search !== '';
  const copy = new URL(parsed.href);
  copy.username = '';
  copy.password = '';
  copy.search = '';
  copy.hash = '';
  return hadQuery ? `${copy.href}?…` : copy.href;
}

/** The URL without credentials (query and fragment kept): what an ArticleDraft may store. */
export function withoutCredentials(url: string | URL): string {
  const copy = new URL(typeof url === 'string' ? url : url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

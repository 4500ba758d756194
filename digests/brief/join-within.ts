/**
 * A renderer's bounded list: already-escaped items joined while they fit in `max` characters; the
 * rest are counted ("+3"), never cut in half (an item may be a link). Shared by Slack and Teams.
 */
export function joinWithin(items: readonly string[], separator: string, max: number): string {
  let out = '';
  for (const [i, item] of items.entries()) {
    const next = i === 0 ? item : `${out}${separator}${item}`;
    const rest = items.length - i - 1;
    const reserve = rest > 0 ? `${separator}+${rest}`.length : 0;
    if (next.length + reserve > max) return i === 0 ? `+${items.length}` : `${out}${separator}+${items.length - i}`;
    out = next;
  }
  return out;
}

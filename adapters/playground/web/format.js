// @ts-check
/** Times and names as the operator reads them: local time, "in 5 min" / "3 h ago". */

/**
 * "24 Nov 2026, 09:30" in the browser's zone, or "—".
 * @param {string | null | undefined} iso
 */
export function when(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/**
 * "1 article", "3 articles".
 * @param {number} n
 * @param {string} one
 * @param {string} many
 */
export function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "in 12 min", "3 h ago", "now".
 * @param {string | null | undefined} iso
 * @param {number} [now]
 */
export function relative(iso, now = Date.now()) {
  if (!iso) return '';
  const ms = new Date(iso).getTime() - now;
  if (Number.isNaN(ms)) return '';
  const abs = Math.abs(ms);
  const unit = abs < 60_000 ? null : abs < 3_600_000 ? ['min', 60_000] : abs < 86_400_000 ? ['h', 3_600_000] : ['d', 86_400_000];
  if (unit === null) return 'now';
  const n = Math.round(abs / Number(unit[1]));
  return ms > 0 ? `in ${n} ${unit[0]}` : `${n} ${unit[0]} ago`;
}

/** @param {import('./types.js').Place} place */
export function placeName(place) {
  return place === 'dm' ? 'Direct message' : '#playground';
}

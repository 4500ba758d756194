/** How long a failed delivery waits before its next attempt. */

export const MAX_RETRY_DELAY_MS = 3_600_000;

/**
 * Exponential backoff from `baseMs` (doubling per attempt, at most an hour) with equal jitter — half
 * fixed, half random — so the rows of one outage spread out instead of retrying in a herd, yet none
 * retries sooner than half its step. Never sooner than the platform's Retry-After.
 */
export function retryDelayMs(attempt: number, baseMs: number, retryAfterMs = 0, random: () => number = Math.random): number {
  const step = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS);
  return Math.max(step / 2 + random() * (step / 2), retryAfterMs);
}

/** How `sources` sums up the polled feeds in every chat surface: one headline, failing feeds first. Plain text. */
import type { FeedHealth } from './command-result.js';

/** "3 feeds, 1 failing.", "2 feeds, all healthy." or "No feeds are polled yet." */
export function feedsHeadline(feeds: readonly FeedHealth[]): string {
  if (feeds.length === 0) return 'No feeds are polled yet.';
  const failing = feeds.filter((f) => f.failures > 0).length;
  return `${feeds.length} ${feeds.length === 1 ? 'feed' : 'feeds'}${failing ? `, ${failing} failing` : ', all healthy'}.`;
}

/** Failing feeds first (they are what an operator opens this for), otherwise in the given order. */
export function failingFirst(feeds: readonly FeedHealth[]): FeedHealth[] {
  return [...feeds].sort((a, b) => Number(b.failures > 0) - Number(a.failures > 0));
}

/** How `sources` sums up the polled feeds in every chat surface: one headline, failing feeds first. Plain text. */
import { uiText, type UiLang } from '../i18n/interface-text.js';
import type { FeedHealth } from './command-result.js';

/** "3 feeds, 1 failing.", "2 feeds, all healthy." or "No feeds are polled yet." */
export function feedsHeadline(feeds: readonly FeedHealth[], lang: UiLang = 'en'): string {
  const t = uiText(lang);
  if (feeds.length === 0) return t.noFeeds;
  return t.feedsHeadline(feeds.length, feeds.filter((f) => f.failures > 0).length);
}

/** Failing feeds first (they are what an operator opens this for), otherwise in the given order. */
export function failingFirst(feeds: readonly FeedHealth[]): FeedHealth[] {
  return [...feeds].sort((a, b) => Number(b.failures > 0) - Number(a.failures > 0));
}

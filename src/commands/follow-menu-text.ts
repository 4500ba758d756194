/**
 * The words of the "Follow an actor or country…" menu under a topic card or a brief (Teams unfolds it
 * in place), from the catalogue (src/i18n/interface-text.ts), shared by every rendering that offers it.
 */
import { uiText, type UiLang } from '../i18n/interface-text.js';

export interface FollowMenuLabels {
  /** The button that unfolds the menu. */
  open: string;
  /** Each row's button: short, so it is never cut; the row's text names the topic. */
  follow: string;
  /** The short button's meaning in full, for hover and screen readers. */
  followTopic: (topic: string) => string;
  /** "(3)": how many stories mention it. */
  mentions: (count: number) => string;
}

export function followMenuLabels(lang: UiLang = 'en'): FollowMenuLabels {
  const t = uiText(lang);
  return { open: t.followMenuOpen, follow: t.followShort, followTopic: t.followTopic, mentions: t.mentionCount };
}

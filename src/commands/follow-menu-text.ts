/**
 * The words of the "Follow an actor or country…" menu under a topic card or a brief (Teams unfolds it
 * in place): one wording per language, shared by every rendering that offers it.
 */
import type { InterfaceLang } from './feedback-text.js';

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

export function followMenuLabels(lang: InterfaceLang = 'en'): FollowMenuLabels {
  if (lang === 'ar') {
    return { open: 'متابعة جهة أو بلد…', follow: 'متابعة', followTopic: (topic) => `متابعة ${topic}`, mentions: (n) => `(${n})` };
  }
  return { open: 'Follow an actor or country…', follow: 'Follow', followTopic: (topic) => `Follow ${topic}`, mentions: (n) => `(${n})` };
}

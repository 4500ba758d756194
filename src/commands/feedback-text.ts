/**
 * How a story-menu choice (Not relevant, Mute outlet, or their undo) and the `list` sections that bring
 * them back read in every chat surface (Slack, Teams, the playground): the
 * catalogue's wording (src/i18n/interface-text.ts), so the renderings cannot drift apart. Names and
 * titles come formatted (and escaped) by the caller: they are article text.
 */
import { uiText, type UiLang } from '../i18n/interface-text.js';
import type { FeedbackChange, FeedbackResult } from './command-result.js';

/** "your briefs" or "this channel's briefs": where hidden stories and muted outlets apply. */
export function whoseBriefs(target: 'user' | 'channel', lang: UiLang = 'en'): string {
  return uiText(lang).whoseBriefs(target);
}

/**
 * "Hidden: <title> — not shown in your briefs again."; `title` is the story's (formatted, escaped; ''
 * when no article of it is stored any more), `source` the outlet's ('' when there is none).
 */
export function feedbackSentence(result: FeedbackResult, parts: { title: string; source: string }, lang: UiLang = 'en'): string {
  return uiText(lang).feedback(result.action, result.changed, whoseBriefs(result.target, lang), parts.title, parts.source);
}

/** `list`'s headings for what this conversation hid ("Hidden stories") and muted ("Muted outlets"). */
export function hiddenStoriesHeading(target: 'user' | 'channel', lang: UiLang = 'en'): string {
  return uiText(lang).hiddenStoriesHeading(whoseBriefs(target, lang));
}

export function mutedOutletsHeading(target: 'user' | 'channel', lang: UiLang = 'en'): string {
  return uiText(lang).mutedOutletsHeading(whoseBriefs(target, lang));
}

/**
 * The change an Undo button beside a confirmation makes: a hidden story shown again, a muted outlet
 * unmuted; none after an undo, or when there is nothing to undo (no article of the story stored).
 */
export function undoOf(result: FeedbackResult): FeedbackChange | null {
  if (result.action === 'hide' && result.articleIds.length > 0) return { action: 'unhide', articleIds: result.articleIds };
  if (result.action === 'mute' && result.source !== null) return { action: 'unmute', source: result.source };
  return null;
}

/**
 * How a story-menu choice (Not relevant, Mute outlet, or their undo) reads in every chat surface
 * (Slack and Teams): one wording, so the two cannot drift apart.
 */
import { uiText, type UiLang } from '../i18n/interface-text.js';
import type { FeedbackResult } from './command-result.js';

/** "your briefs" or "this channel's briefs": where hidden stories and muted outlets apply. */
export function whoseBriefs(target: 'user' | 'channel', lang: UiLang = 'en'): string {
  return uiText(lang).whoseBriefs(target);
}

/** "Hidden from your briefs."; `source` comes formatted (and escaped) by the caller, '' when there is none. */
export function feedbackSentence(result: FeedbackResult, source: string, lang: UiLang = 'en'): string {
  return uiText(lang).feedback(result.action, result.changed, whoseBriefs(result.target, lang), source);
}

/**
 * How a story-menu choice (Not relevant, Mute outlet, or their undo) reads in every chat surface
 * (Slack and Teams): one wording, so the two cannot drift apart.
 */
import type { FeedbackResult } from './command-result.js';

/** "your briefs" or "this channel's briefs": where hidden stories and muted outlets apply. */
export function whoseBriefs(target: 'user' | 'channel'): string {
  return target === 'user' ? 'your briefs' : "this channel's briefs";
}

/** "Hidden from your briefs."; `source` comes formatted (and escaped) by the caller, '' when there is none. */
export function feedbackSentence(result: FeedbackResult, source: string): string {
  const where = whoseBriefs(result.target);
  return {
    hide: result.changed ? `Hidden from ${where}.` : `Already hidden from ${where}.`,
    unhide: result.changed ? `Shown again in ${where}.` : `That story was not hidden from ${where}.`,
    mute: `${source} ${result.changed ? 'is now muted' : 'was already muted'} in ${where} and alerts.`,
    unmute: result.changed ? `${source} is no longer muted in ${where}.` : `${source} was not muted in ${where}.`,
  }[result.action];
}

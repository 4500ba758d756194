/** The plain mrkdwn blocks every renderer uses: `verbatim` (no auto-linking of names) and within Slack's limits. */
import type { ContextBlock, SectionBlock } from '@slack/types';
import { SLACK_TEXT_LIMITS } from './mrkdwn.js';

/** A section of already-escaped mrkdwn. */
export function mrkdwnSection(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: text.slice(0, SLACK_TEXT_LIMITS.sectionText), verbatim: true } };
}

/** A context line of already-escaped mrkdwn pieces; empty pieces are left out. */
export function mrkdwnContext(...texts: string[]): ContextBlock {
  return {
    type: 'context',
    elements: texts
      .filter((t) => t !== '')
      .slice(0, SLACK_TEXT_LIMITS.contextElements)
      .map((t) => ({ type: 'mrkdwn', text: t.slice(0, SLACK_TEXT_LIMITS.contextElementText), verbatim: true })),
  };
}

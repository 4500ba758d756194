/**
 * Which themes an article is about. A theme wording met once, deep in the text, is a passing mention
 * (a story about elections that names "deportations" in its tenth paragraph is not about returns);
 * the labelling guide and a policy officer both want the theme only when the article discusses it. A
 * theme is kept when its wordings occur at least twice, or once in the title or the lead, where an
 * article says what it is about. For a theme whose bare word is used loosely (bareWordsWeak in
 * themes.json: "refugees" in a story about a visit, a policy speech), a single word is half a mention. A short wire story (a few paragraphs) is all lead except its closing
 * background lines ("since 2014, thousands have drowned…", "the deal also covers returns"), which
 * wires append to any story on the subject. And an article that is not about migration at all (its relevance
 * below RELEVANCE_THRESHOLD, ./relevance.ts) has no migration theme: its "boats", "borders" and
 * "racism" are a ferry timetable, a ceasefire line or a football stadium.
 */
import { themesWithWeakBareWords } from './gazetteer.js';
import { RELEVANCE_THRESHOLD } from './relevance.js';

/** Where the lead ends: this many characters of the text after the title. */
export const THEME_LEAD_CHARS = 400;
/** A text this short is a wire brief: all of it but its closing background is lead. */
export const SHORT_STORY_CHARS = 1500;
/** The share of a wire brief that is its story; what starts after it is the closing background. */
export const SHORT_STORY_BODY_SHARE = 0.75;
/** Mentions anywhere in the text that make a theme a subject of the article. */
export const THEME_MIN_MENTIONS = 2;
/** What a single-word mention of a theme flagged bareWordsWeak (themes.json) counts for. */
export const WEAK_BARE_WORD_WEIGHT = 0.5;

export interface ThemeEvidence {
  entityId: string;
  count: number;
  /** Offset of the first mention in title + "\n\n" + text. */
  firstOffset: number;
  /** Mentions written as a phrase of several words; the others are single words. Absent: all count whole. */
  phrases?: number;
}

/** Whether an entity group survives: every non-theme entity does; a theme needs support. */
export function isSupported(group: ThemeEvidence, titleLength: number, textLength: number): boolean {
  if (!group.entityId.startsWith('theme:')) return true;
  if (mentionWeight(group) >= THEME_MIN_MENTIONS || group.firstOffset <= titleLength + THEME_LEAD_CHARS) return true;
  return textLength < SHORT_STORY_CHARS && group.firstOffset <= titleLength + textLength * SHORT_STORY_BODY_SHARE;
}

/** The theme's mentions, a bare word of a bareWordsWeak theme counting for WEAK_BARE_WORD_WEIGHT. */
function mentionWeight(group: ThemeEvidence): number {
  if (group.phrases === undefined || !themesWithWeakBareWords().has(group.entityId)) return group.count;
  return group.phrases + WEAK_BARE_WORD_WEIGHT * (group.count - group.phrases);
}

/**
 * The groups to keep once the article's relevance is known: an off-topic article keeps no theme, and
 * none of the bodies the desk follows only when they act on migration (`onTopicOnly`: a navy, a
 * justice ministry, a supreme court), which such an article names for other matters.
 */
export function withoutOffTopicEntities<T extends ThemeEvidence>(groups: readonly T[], relevance: number, onTopicOnly: ReadonlySet<string> = new Set()): T[] {
  if (relevance >= RELEVANCE_THRESHOLD) return [...groups];
  return groups.filter((group) => !group.entityId.startsWith('theme:') && !onTopicOnly.has(group.entityId));
}

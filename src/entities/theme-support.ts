/**
 * Which themes an article is about. A theme wording met once, deep in the text, is a passing mention
 * (a story about elections that names "deportations" in its tenth paragraph is not about returns);
 * the labelling guide and a policy officer both want the theme only when the article discusses it. A
 * theme is kept when its wordings occur at least twice, or once in the title, or once in the lead,
 * where an article says what it is about. Loose wordings count half a mention: the bare word of a
 * theme flagged bareWordsWeak in themes.json ("refugees" in a story about a visit, a policy speech),
 * and a theme's weakWordings ("coast guard" in a rescue story names the rescuer, not border
 * control; "the southern border" names a place, "immigration and asylum" a policy field); in the lead such a wording alone is not enough, in the title it is. A short wire story (a
 * few paragraphs) is all lead except its closing background lines ("since 2014, thousands have
 * drowned…", "the deal also covers returns"), which wires append to any story on the subject. And an article that is not about migration at all (its relevance
 * below RELEVANCE_THRESHOLD, ./relevance.ts) has no migration theme: its "boats", "borders" and
 * "racism" are a ferry timetable, a ceasefire line or a football stadium.
 *
 * Themes also lean on each other (supportedEntities). A story about a sea crossing calls its migrants
 * «مهاجرين غير شرعيين» or « migrants illégaux » once, deep in the text, and the crossing is the
 * irregular migration it names: there the one mention is enough (COMPANIONS). And Arabic has one
 * word for the refugee and the asylum seeker: «لاجئ» is who seeks «لجوء» (asylum), and the press calls
 * a European state's asylum seekers «اللاجئين». Where the article is about asylum and names refugees
 * only by that bare Arabic word, those refugees are its asylum seekers, and the refugees theme (camps,
 * displacement, protection) yields to asylum (YIELDS_TO). French and English keep the two apart
 * (« demandeurs d'asile », "asylum seekers"), so their bare «réfugiés», "refugees" do not yield.
 */
import { isArabicScript } from '../text/normalise.js';
import { type Token, aliasKey, textKeys, tokenise } from '../text/tokens.js';
import { themeWeakWordings, themesWithWeakBareWords } from './gazetteer.js';
import { RELEVANCE_THRESHOLD } from './relevance.js';

/** Where the lead ends: this many characters of the text after the title. */
export const THEME_LEAD_CHARS = 400;
/** A text this short is a wire brief: all of it but its closing background is lead. */
export const SHORT_STORY_CHARS = 1500;
/** The share of a wire brief that is its story; what starts after it is the closing background. */
export const SHORT_STORY_BODY_SHARE = 0.75;
/** Mentions anywhere in the text that make a theme a subject of the article. */
export const THEME_MIN_MENTIONS = 2;
/** What a loose mention (a bare word of a bareWordsWeak theme, a weak wording) counts for. */
export const WEAK_MENTION_WEIGHT = 0.5;

export interface ThemeEvidence {
  entityId: string;
  count: number;
  /** Offset of the first mention in title + "\n\n" + text. */
  firstOffset: number;
  /** The mentions' support, each weighed by mentionStrength. Absent: all count whole. */
  weight?: number;
  /** The mentions as written (a few). */
  surfaces?: readonly string[];
}

/** Whether an entity group survives: every non-theme entity does; a theme needs support. */
export function isSupported(group: ThemeEvidence, titleLength: number, textLength: number): boolean {
  if (!group.entityId.startsWith('theme:')) return true;
  const weight = group.weight ?? group.count;
  if (weight >= THEME_MIN_MENTIONS || group.firstOffset <= titleLength) return true;
  // Below the title a single loose wording is a passing mention, even in the lead.
  if (weight < 1) return false;
  if (group.firstOffset <= titleLength + THEME_LEAD_CHARS) return true;
  return textLength < SHORT_STORY_CHARS && group.firstOffset <= titleLength + textLength * SHORT_STORY_BODY_SHARE;
}

/**
 * A theme kept on one whole mention anywhere in the text when one of its companions is supported: the
 * irregular migration of a sea-crossing story («مركب لمهاجرين غير شرعيين», "migrants illégaux").
 */
const COMPANIONS: ReadonlyMap<string, readonly string[]> = new Map([['theme:irregular-migration', ['theme:sea-crossings']]]);
/** A theme named only by loose Arabic wordings that yields to another when that one is supported: the bare «اللاجئين» of an asylum story. */
const YIELDS_TO: ReadonlyMap<string, string> = new Map([['theme:refugees', 'theme:asylum']]);

/**
 * The groups that survive (isSupported), then the themes' leaning on each other: COMPANIONS bring back
 * a theme met once, YIELDS_TO drops a loosely named one.
 */
export function supportedEntities<T extends ThemeEvidence>(groups: readonly T[], titleLength: number, textLength: number): T[] {
  const supported = new Set(groups.filter((group) => isSupported(group, titleLength, textLength)).map((group) => group.entityId));
  const kept = (group: T): boolean => {
    if (supported.has(group.entityId)) {
      const stronger = YIELDS_TO.get(group.entityId);
      return stronger === undefined || !supported.has(stronger) || !onlyLooseArabic(group);
    }
    return (group.weight ?? group.count) >= 1 && (COMPANIONS.get(group.entityId) ?? []).some((companion) => supported.has(companion));
  };
  return groups.filter(kept);
}

/** Whether every mention of the group is a loose one (mentionStrength below 1), written in Arabic. */
const onlyLooseArabic = (group: ThemeEvidence): boolean =>
  group.weight !== undefined && group.weight <= group.count * WEAK_MENTION_WEIGHT && (group.surfaces ?? []).every((surface) => isArabicScript(surface));

/**
 * What one mention of an entity, written `surface`, counts for towards a theme's support: 1, or
 * WEAK_MENTION_WEIGHT for a single word of a bareWordsWeak theme or one of the theme's weakWordings.
 */
export function mentionStrength(entityId: string, surface: string): number {
  if (!entityId.startsWith('theme:')) return 1;
  if (themesWithWeakBareWords().has(entityId) && !/\s/.test(surface)) return WEAK_MENTION_WEIGHT;
  const weak = weakWordingKeys().get(entityId);
  if (weak === undefined) return 1;
  const tokens = tokenise(surface);
  return weak.some((keys) => sameWording(tokens, keys)) ? WEAK_MENTION_WEIGHT : 1;
}

/** Each theme's weak wordings as the matcher keys their tokens, built once per gazetteer load. */
let weakKeys: { source: ReadonlyMap<string, readonly string[]>; keys: Map<string, string[][]> } | undefined;

function weakWordingKeys(): Map<string, string[][]> {
  const source = themeWeakWordings();
  if (weakKeys?.source !== source) {
    const keys = new Map([...source].map(([id, wordings]) => [id, wordings.map((wording) => tokenise(wording).map((token) => aliasKey(token.norm)))]));
    weakKeys = { source, keys };
  }
  return weakKeys.keys;
}

/** Whether the text tokens read as the wording's keys, one for one (proclitics and inflection aside, as the matcher reads them). */
function sameWording(tokens: readonly Token[], keys: readonly string[]): boolean {
  return tokens.length === keys.length && tokens.every((token, i) => textKeys(token.norm).includes(keys[i]!));
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

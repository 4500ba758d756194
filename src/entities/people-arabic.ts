/**
 * The Arabic passes of the people finder, in the order they are tried at each token, and the passes that
 * run once the scan is done (lists and guest lists read from the names found).
 */
import type { Token } from '../text/tokens.js';
import { arabicNamesBeforeCountry, arabicConjoinedChains, arabicListNeighbours } from './people-arabic-lists.js';
import { VERB_OBJECT_PREPOSITIONS, arabicNameAfterTitleComma, arabicNameClosingTitle } from './people-arabic-apposition.js';
import { arabicNameByGivenName } from './people-arabic-given.js';
import { arabicQuotedName } from './people-arabic-quoted.js';
import { isArabicTitleHead } from './people-arabic-shapes.js';
import { arabicNameBeforeRole, arabicNameDescribed, arabicSpeakerAfterVerb, arabicSpeakerBeforeThat, arabicSpeakerByShape } from './people-arabic-speakers.js';
import { createArabicText } from './people-arabic-text.js';
import { arabicNameAfterTitle } from './people-arabic-titles.js';
import { HE_SHE, THAT } from './people-arabic-words.js';
import type { CoveringSpan, NameSpan } from './people-spans.js';

const ONE_OF = new Set(['احد', 'احدي']);

export interface ArabicNameFinder {
  /**
   * The name that starts at (or right after the title at) token `t`. Names that end at `t` — one before a
   * role, before «، وهو», or before «إن» — are added to the spans first, as they come earlier in the text.
   */
  nameAt(t: number): NameSpan | undefined;
  /** Names read from those found, once the scan is done; each is added to the spans as it is found. */
  addNamesAround(): void;
}

/** `spans`: the names found so far, Latin and Arabic; the passes read it and this finder adds to it. */
export function createArabicNameFinder(text: string, tokens: readonly Token[], coveredBy: ReadonlyArray<CoveringSpan | undefined>, spans: NameSpan[]): ArabicNameFinder {
  const s = createArabicText(text, tokens, coveredBy, spans);
  // «… غلافاني أحد المنسقين في …», «… إحدى مؤسسات …»: «one of the …» after a name is a role as a title is.
  const oneOfThe = (t: number) => ONE_OF.has(tokens[t]!.norm) && t + 1 < tokens.length && s.adjacent(t, t + 1) && tokens[t + 1]!.norm.startsWith('ال') && /(?:ين|ون|ات)$/.test(tokens[t + 1]!.norm);
  return {
    nameAt(t) {
      const norm = tokens[t]!.norm;
      const lastEnd = spans.at(-1)?.end ?? 0;
      const afterTitle = arabicNameAfterTitle(s, t);
      if (afterTitle) return afterTitle;
      if (isArabicTitleHead(norm) || oneOfThe(t)) {
        const before = arabicNameBeforeRole(s, t, lastEnd);
        if (before) spans.push(before);
      }
      if (t >= 2 && HE_SHE.has(norm)) {
        const described = arabicNameDescribed(s, t, lastEnd);
        if (described) spans.push(described);
      }
      if (THAT.has(norm) || VERB_OBJECT_PREPOSITIONS.has(norm)) {
        const speaker = (THAT.has(norm) ? arabicSpeakerBeforeThat(s, t, lastEnd) : undefined) ?? arabicNameClosingTitle(s, t, lastEnd);
        if (speaker) spans.push(speaker);
      }
      return arabicQuotedName(s, t) ?? arabicSpeakerAfterVerb(s, t) ?? arabicNameByGivenName(s, t) ?? arabicSpeakerByShape(s, t) ?? arabicNameAfterTitleComma(s, t, lastEnd);
    },
    addNamesAround() {
      spans.push(...arabicNamesBeforeCountry(s, spans));
      spans.push(...arabicConjoinedChains(s, spans));
      spans.push(...arabicListNeighbours(s, spans));
    },
  };
}

/**
 * People a text introduces by title or role ("وزير الخارجية المنجي الحامدي", "Ambassador Jane Doe"),
 * kept even when the gazetteer does not know them: the officials who matter in this field change
 * often, and the bot should notice a new Frontex director or a new interior minister on day one.
 *
 * Precision comes first: a wrong "person" pollutes digests, a missed one is only a missed link. So a
 * name must follow a title directly (after the title's portfolio, country and organisation words),
 * must be two or three name-like tokens, and none of them may be a known entity, a stopword, a verb
 * that typically follows a title, or a portfolio word.
 */
import { isArabicScript } from '../text/normalise.js';
import type { Token } from '../text/tokens.js';
import type { TokenMention, TokenSpan } from './matcher.js';
import { createArabicNameFinder } from './people-arabic.js';
import { isArabicTitleHead } from './people-arabic-shapes.js';
import { collectPeople, type FoundPeople } from './people-collect.js';
import { createLatinNameFinder } from './people-latin.js';
import { ROLE_WORDS, TITLES } from './people-latin-words.js';
import { coverage, type NameSpan } from './people-spans.js';
import { rolesOf } from './person-roles.js';
import type { Mention } from './types.js';

export type { PersonRole } from './people-spans.js';
export type { FoundPeople } from './people-collect.js';

// Arabic writes its article ال without hamza: «ألباريس», «ألبرتو» are foreign names, not «ال» + a place.
const HAMZA_AL = /^[أإ]ل/;

/**
 * @param known mentions the matcher found in the same tokens.
 * @param blocked token spans the matcher's blockers consumed ("فرانس برس", "أميركا الشمالية"); they
 *   are never names either.
 */
export function findPeople(text: string, tokens: readonly Token[], known: readonly TokenMention[], blocked: ReadonlyArray<TokenSpan> = []): FoundPeople {
  // Which mention (if any) covers each token; blocked spans count as covered by a non-person.
  const hamzaAlCountry = (m: TokenMention) => m.endToken - m.firstToken === 1 && HAMZA_AL.test(tokens[m.firstToken]!.surface) && m.entityId.startsWith('country:');
  const coveredBy = coverage(tokens.length, known.filter((m) => !hamzaAlCountry(m)), blocked);
  const spans: NameSpan[] = [];
  const latinNameAt = createLatinNameFinder(text, tokens, coveredBy);
  const arabic = createArabicNameFinder(text, tokens, coveredBy, spans);
  for (let t = 0; t < tokens.length; t += 1) {
    const isArabic = isArabicScript(tokens[t]!.norm);
    // A Latin given name may be covered by a country ("Jordan Bardella"); the Latin finder decides.
    if (coveredBy[t] && (isArabic || !coveredBy[t]!.entityId.startsWith('country:'))) continue;
    const span = isArabic ? arabic.nameAt(t) : latinNameAt(t);
    if (span) {
      spans.push(span);
      t = span.end - 1;
    }
  }
  arabic.addNamesAround();
  const roleContext = { text, tokens, coveredBy, isArabicTitleHead, isLatinRole: (word: string) => ROLE_WORDS.has(word) || TITLES.has(word) };
  return collectPeople(text, tokens, spans, coveredBy, (span) => rolesOf(roleContext, span));
}

/** Mentions without their token spans (the shape stored with articles). */
export function plainMention({ entityId, surface, start, end }: Mention): Mention {
  return { entityId, surface, start, end };
}

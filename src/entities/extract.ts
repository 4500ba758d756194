/**
 * Entity extraction for one article: gazetteer (and user-topic) mentions from the matcher, plus people
 * the text introduces by title and organisations it names that the gazetteer lacks. The text is
 * tokenised once and shared by every pass.
 */
import { type Token, tokenise } from '../text/tokens.js';
import type { EntityMatcher, TokenMention, TokenSpan } from './matcher.js';
import { findOrganisations } from './organisations-found.js';
import { findPeople, type PersonRole, plainMention } from './people.js';
import { coverage } from './people-spans.js';
import type { EntityRecord, Mention } from './types.js';

export interface ExtractedEntities {
  /** All mentions in text order (gazetteer entities, user topics and the people found in the text). */
  mentions: Mention[];
  /** People introduced by title or role that the matcher did not know (origin 'text'). */
  people: EntityRecord[];
  /** Organisations named by the shape of their names that the matcher did not know (origin 'text'). */
  organisations: EntityRecord[];
  /** What the text says each person is ("Interior Minister", "spokeswoman for the IOM"), by entity id. */
  roles: Map<string, PersonRole[]>;
}

/** `tokens` may be passed when the caller already tokenised `text` (tokenise(text), same offsets). */
export function extractEntities(text: string, matcher: EntityMatcher, tokens: readonly Token[] = tokenise(text)): ExtractedEntities {
  const blocked: TokenSpan[] = [];
  const known = matcher.matchTokens(text, tokens, blocked);
  const found = findPeople(text, tokens, known, blocked);

  // A country inside a person's name ("Rep. Jim Jordan") is part of the name, not a mention; so is a
  // known person's surname inside a relative's ("Ivanka Trump" is not Donald Trump).
  const inside = (m: TokenMention, p: TokenMention) => m.firstToken >= p.firstToken && m.endToken <= p.endToken;
  const inPerson = (m: TokenMention) =>
    (m.entityId.startsWith('country:') && found.mentions.some((p) => inside(m, p))) ||
    (m.entityId.startsWith('person:') && found.mentions.some((p) => p.entityId !== m.entityId && inside(m, p) && p.endToken - p.firstToken > m.endToken - m.firstToken));
  const bodies = findOrganisations(text, tokens, coverage(tokens.length, [...known, ...found.mentions], blocked));
  const mentions = [...known.filter((m) => !inPerson(m)), ...found.mentions, ...bodies.mentions]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map(plainMention);
  return { mentions, people: found.people, organisations: bodies.organisations, roles: found.roles };
}

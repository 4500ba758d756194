/** Shapes shared by the person and organisation finders (people.ts, people-latin.ts, organisations-found.ts) and the role reader (person-roles.ts). */
import type { TokenSpan } from './matcher.js';

export type { PersonRole } from './types.js';

/** What covers a token: a mention, or a blocked span (entityId 'blocked:'). */
export type CoveringSpan = TokenSpan & { entityId: string };

/** What covers each of `length` tokens: the first of `mentions` over it, else a blocked span. */
export function coverage(length: number, mentions: readonly CoveringSpan[], blocked: readonly TokenSpan[]): Array<CoveringSpan | undefined> {
  const coveredBy = new Array<CoveringSpan | undefined>(length);
  for (const mention of mentions) for (let t = mention.firstToken; t < mention.endToken; t += 1) coveredBy[t] ??= mention;
  for (const span of blocked) for (let t = span.firstToken; t < span.endToken; t += 1) coveredBy[t] ??= { ...span, entityId: 'blocked:' };
  return coveredBy;
}

/** A name found in the text: its tokens, and where the title that introduced it starts, if any. */
export interface NameSpan {
  first: number;
  end: number;
  /** First token of the title before the name ("Interior Minister …", «وزير الداخلية …»). */
  titleStart?: number;
  /** A bare surname after a personal title ("Mr Salvini"): joined to a full name in the same text when there is one. */
  surnameOnly?: boolean;
  /** Letters of the first token before the name (the conjunction of "وفاتن الجابري"). */
  skip?: number;
  /** A person the matcher already knows (gazetteer or earlier text): only the role is new. */
  known?: string;
}

/**
 * What a query asks the full-text index and the topic index, in three languages: each query word is a
 * group of its own index terms, except words that name a lexicon concept (./query-lexicon.ts), whose
 * group is the user's own words or the concept's wording in English, French or Arabic. The concepts'
 * implied themes and entities are returned for topic search.
 */
import type { Token } from '../text/tokens.js';
import { MAX_QUERY_TOKENS, type MatchGroup, primaryTerm, queryPhraseTerms, queryWords } from './index-terms.js';
import { type ConceptMatch, type QueryLexicon, termChoice } from './query-lexicon.js';

export interface QueryPlan {
  /** One group per word or concept (index-terms.ts MatchGroup); an article matching more of them ranks higher. */
  groups: MatchGroup[];
  /** The query as typed, in index terms (stopwords between its words included); empty for one word. */
  phrase: string[];
  /** Each content word's own index term, in order: the words whose nearness to each other counts. */
  words: string[];
  /** The query has no word but stopwords ("the", «في», «de la»): nothing it says can match. */
  onlyStopwords: boolean;
  concepts: ConceptMatch[];
  implied: ImpliedTopic[];
}

/** An entity a concept of the query names (`named`) or belongs to; `coversQuery` when the query is only that concept. */
export interface ImpliedTopic {
  entityId: string;
  named: boolean;
  coversQuery: boolean;
}

/** A longer run of words is not a phrase anyone expects verbatim; its words still rank by nearness. */
const MAX_PHRASE_TOKENS = 12;

export function planQuery(query: string, lexicon: QueryLexicon, isStopword: (norm: string) => boolean): QueryPlan {
  const { content: contentWords, all } = queryWords(query, isStopword);
  const onlyStopwords = contentWords.length === 0 && all.length > 0;
  const content: Token[] = (onlyStopwords ? all : contentWords).slice(0, MAX_QUERY_TOKENS);
  const concepts = lexicon.match(content);
  const groups: MatchGroup[] = [];
  const seen = new Set<string>();
  const push = (group: MatchGroup) => {
    const key = JSON.stringify(group);
    if (!seen.has(key)) groups.push(group), seen.add(key);
  };
  // "migrants drowned off the coast" is searched as its specific concept (drowning, in three
  // languages): the generic ones match most of a migration database, cost the most to evaluate and
  // would only exclude reports that happen not to repeat them.
  const specific = concepts.some((c) => !c.concept.generic);
  let next = 0;
  for (let i = 0; i < content.length; ) {
    const concept = concepts[next]?.from === i ? concepts[next++] : undefined;
    if (concept && specific && concept.concept.generic) {
      i = concept.to;
    } else if (concept) {
      // The user's own words stay one alternative, so nothing the plain query found is lost.
      const own = content.slice(concept.from, concept.to).map((t) => termChoice(t.norm));
      push([own, ...lexicon.alternatives(concept.concept)]);
      i = concept.to;
    } else {
      push([[termChoice(content[i]!.norm)]]);
      i += 1;
    }
  }
  const coversQuery = concepts.length === 1 && concepts[0]!.from === 0 && concepts[0]!.to === content.length;
  const implied = new Map<string, ImpliedTopic>();
  for (const { concept } of concepts) {
    for (const entityId of concept.names) implied.set(entityId, { entityId, named: true, coversQuery });
    for (const entityId of concept.implies) if (!implied.has(entityId)) implied.set(entityId, { entityId, named: false, coversQuery: false });
  }
  const first = content[0];
  const last = content[content.length - 1];
  const span = first && last && content.length > 1 ? all.filter((t) => t.start >= first.start && t.end <= last.end) : [];
  const phrase = span.length <= MAX_PHRASE_TOKENS ? queryPhraseTerms(span) : [];
  return { groups, phrase, words: content.map((t) => primaryTerm(t.norm)), onlyStopwords, concepts, implied: [...implied.values()] };
}

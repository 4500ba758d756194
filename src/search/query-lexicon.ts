/**
 * The trilingual query lexicon (query-lexicon.json): the words and phrases users type in English,
 * French or Arabic for the subjects a migration desk searches ("smugglers", «passeurs», «مهربين»),
 * grouped by concept, with the themes and entities each concept implies. A query naming a concept is
 * searched with the concept's wording in all three languages, and its implied topics join the query's
 * own: that is how a query whose words name no topic still finds the other languages' articles.
 *
 * Matching uses the same keys as topic lookup (./topic-lookup.ts): accents and Arabic letter variants
 * folded, Latin words stemmed (with the French masculine singular), Arabic proclitics stripped from the
 * query word, French elisions split off as stopwords.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isArabicScript } from '../text/normalise.js';
import { aliasKey, arabicCandidates, type Token, textKeys } from '../text/tokens.js';
import { queryContentTokens } from './index-terms.js';

const phrases = z.array(z.string().min(1)).min(1);
/** Ids the database does not know (a theme not in the gazetteer yet) are ignored at search time. */
const entityIds = z.array(z.string().regex(/^(theme|org|process|country|person):[A-Za-z0-9-]+$/));
const conceptSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Nearly every migration article uses it ("migrants", «frontière», «قارب»). */
  generic: z.boolean().default(false),
  /** Entity ids the concept is: a query that is only this concept asks for them. */
  names: entityIds,
  /** Wider entity ids the concept belongs to (the Balkan route → irregular migration). */
  implies: entityIds,
  en: phrases,
  fr: phrases,
  ar: phrases,
});
export const queryLexiconSchema = z
  .object({ $comment: z.string().optional(), concepts: z.array(conceptSchema).min(1) })
  .superRefine((lexicon, context) => {
    const ids = new Set<string>();
    for (const [i, concept] of lexicon.concepts.entries()) {
      if (ids.has(concept.id)) context.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `${concept.id} is listed twice` });
      ids.add(concept.id);
    }
  });
export type QueryConcept = z.infer<typeof conceptSchema>;

/** Index terms of one word, any of which matches it: a conjunction of these makes a phrase. */
export type TermChoice = string[];
/** A phrase: every word present. */
export type Conjunction = TermChoice[];

export interface ConceptMatch {
  concept: QueryConcept;
  /** Indexes (in the query's content tokens) the concept's phrase covers. */
  from: number;
  to: number;
}

interface CompiledPhrase {
  concept: QueryConcept;
  keys: string[];
}

export interface QueryLexicon {
  /** Concepts named in the query's content tokens, longest phrase first, each token used once. */
  match(content: readonly Token[]): ConceptMatch[];
  /** The concept's wording in all three languages as full-text alternatives. */
  alternatives(concept: QueryConcept): Conjunction[];
}

/** Index-side terms a query word can match: every proclitic-stripped Arabic form, or the Latin keys. */
export function termChoice(norm: string): TermChoice {
  return isArabicScript(norm) ? arabicCandidates(norm) : textKeys(norm);
}

export function createQueryLexicon(concepts: readonly QueryConcept[], isStopword: (norm: string) => boolean): QueryLexicon {
  const byFirstKey = new Map<string, CompiledPhrase[]>();
  const alternatives = new Map<string, Conjunction[]>();
  for (const concept of concepts) {
    const conjunctions = new Map<string, Conjunction>();
    for (const phrase of [...concept.en, ...concept.fr, ...concept.ar]) {
      const tokens = queryContentTokens(phrase, isStopword);
      if (tokens.length === 0) continue;
      const keys = tokens.map((t) => aliasKey(t.norm));
      const list = byFirstKey.get(keys[0]!) ?? [];
      list.push({ concept, keys });
      byFirstKey.set(keys[0]!, list);
      const conjunction = tokens.map((t) => termChoice(t.norm));
      conjunctions.set(JSON.stringify(conjunction), conjunction);
    }
    alternatives.set(concept.id, [...conjunctions.values()]);
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  return {
    match(content) {
      const keysAt = content.map((t) => new Set([...textKeys(t.norm), aliasKey(t.norm)]));
      const found: ConceptMatch[] = [];
      const used = new Set<number>();
      // Longest phrases anywhere win: "human trafficking" before "trafficking".
      const candidates: Array<{ phrase: CompiledPhrase; from: number }> = [];
      for (let i = 0; i < content.length; i++) {
        const seen = new Set<CompiledPhrase>();
        for (const key of keysAt[i]!) {
          for (const phrase of byFirstKey.get(key) ?? []) {
            if (seen.has(phrase)) continue;
            seen.add(phrase);
            if (phrase.keys.every((k, j) => keysAt[i + j]?.has(k) === true)) candidates.push({ phrase, from: i });
          }
        }
      }
      candidates.sort((a, b) => b.phrase.keys.length - a.phrase.keys.length || a.from - b.from);
      for (const { phrase, from } of candidates) {
        const to = from + phrase.keys.length;
        let free = true;
        for (let i = from; i < to; i++) if (used.has(i)) free = false;
        if (!free) continue;
        for (let i = from; i < to; i++) used.add(i);
        found.push({ concept: phrase.concept, from, to });
      }
      return found.sort((a, b) => a.from - b.from);
    },
    alternatives(concept) {
      return alternatives.get(concept.id) ?? [];
    },
  };
}

let bundled: QueryConcept[] | undefined;

/** The bundled lexicon, validated once. */
export function bundledQueryConcepts(): QueryConcept[] {
  bundled ??= queryLexiconSchema.parse(JSON.parse(readFileSync(new URL('./query-lexicon.json', import.meta.url), 'utf8'))).concepts;
  return bundled;
}

/**
 * The query lexicon (src/search/query-lexicon.json): valid, every phrase reaches a concept that holds
 * it (no phrase made only of stopwords, none hidden by another concept), and queries are matched as
 * users type them — any language, accents or not, Arabic clitics and letter variants, French elisions.
 */
import { describe, expect, it } from 'vitest';
import { isQueryStopword } from '../../src/search/index-terms.js';
import { bundledQueryConcepts, createQueryLexicon, queryLexiconSchema } from '../../src/search/query-lexicon.js';
import { planQuery } from '../../src/search/query-plan.js';
import { phraseKeys } from '../../src/text/tokens.js';

const concepts = bundledQueryConcepts();
const lexicon = createQueryLexicon(concepts, isQueryStopword);
const conceptsOf = (query: string) => planQuery(query, lexicon, isQueryStopword).concepts.map((c) => c.concept.id);

describe('the query lexicon', () => {
  it('rejects a concept without wording in one of the three languages, and a concept listed twice', () => {
    const concept = { id: 'x', names: [], implies: [], en: ['a'], fr: ['b'], ar: ['ج'] };
    expect(queryLexiconSchema.safeParse({ concepts: [{ ...concept, ar: [] }] }).success).toBe(false);
    expect(queryLexiconSchema.safeParse({ concepts: [concept, concept] }).success).toBe(false);
  });

  it('reaches, from each of its phrases, a concept that holds that phrase or one matched the same way', () => {
    // Stemming makes some phrases one key ("immigration", "immigrants" → immigr): either concept may answer.
    const keysOf = (phrase: string) => phraseKeys(phrase).filter((k) => !isQueryStopword(k)).join(' ');
    const holders = new Map<string, Set<string>>();
    for (const c of concepts) for (const phrase of [...c.en, ...c.fr, ...c.ar]) holders.set(keysOf(phrase), new Set([...(holders.get(keysOf(phrase)) ?? []), c.id]));
    for (const c of concepts) {
      for (const phrase of [...c.en, ...c.fr, ...c.ar]) {
        const found = conceptsOf(phrase);
        expect(found.length, `${c.id}: «${phrase}»`).toBe(1);
        expect(found[0] === c.id || holders.get(keysOf(phrase))?.has(found[0]!) === true, `${c.id}: «${phrase}» → ${found[0]}`).toBe(true);
      }
    }
  });

  it.each([
    ['smugglers', 'smugglers'],
    ['PASSEURS', 'smugglers'],
    ['للمهربين', 'smugglers'],
    ['demandeurs d’asile', 'asylum'],
    ["l'expulsion", 'deportation'],
    ['refugies', 'refugees'],
    ['اللاجئين', 'refugees'],
    ['إعادة التوطين', 'resettlement'],
    ['اعادة التوطين', 'resettlement'],
    ['الهجرة غير الشرعيه', 'irregular-migration'],
  ])('matches "%s" to %s', (query, concept) => {
    expect(conceptsOf(query)).toEqual([concept]);
  });

  it('prefers the longest phrase and searches a generic word only when nothing more specific is named', () => {
    expect(conceptsOf('human trafficking in Libya')).toEqual(['trafficking']);
    const drowned = planQuery('migrants drowned off the coast', lexicon, isQueryStopword);
    expect(drowned.concepts.map((c) => c.concept.id)).toEqual(['migrants', 'shipwreck', 'coast']);
    expect(drowned.groups).toHaveLength(1); // drowning, in three languages
    expect(planQuery('migrant shelters in Chicago', lexicon, isQueryStopword).groups).toHaveLength(3);
  });

  it('names a theme when the query is the concept, and only hints at a wider one', () => {
    expect(planQuery('passeurs', lexicon, isQueryStopword).implied).toEqual([{ entityId: 'theme:smuggling', named: true, coversQuery: true }]);
    expect(planQuery('route des Balkans', lexicon, isQueryStopword).implied).toEqual([{ entityId: 'theme:irregular-migration', named: false, coversQuery: false }]);
  });
});

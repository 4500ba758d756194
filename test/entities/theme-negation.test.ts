/**
 * Negation in theme wordings (issue 15), on both sides: an article that writes «الهجرة غير الشرعية»,
 * "illegal migration" or « migration irrégulière » is about irregular migration and not about legal
 * pathways, and a wording right after "non", « sans », "without", «غير» or «بدون» is its opposite; a
 * query typed that way names irregular migration, not the legal-pathways theme its words also spell.
 * Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/entities/gazetteer.js';
import { isQueryStopword } from '../../src/search/index-terms.js';
import { createTopicLookup } from '../../src/search/topic-lookup.js';
import { expectWordings, idsIn } from './helpers.js';

describe('negated theme wordings in articles', () => {
  it('reads irregular migration, never legal pathways, in the negated wordings of three languages', () => {
    expectWordings({
      what: 'irregular migration',
      theme: 'theme:irregular-migration',
      found: [
        'وناقش الوزيران سبل الحد من الهجرة غير الشرعية عبر الصحراء.',
        'وأطلقت الحكومة خطة لمكافحة الهجرة غير النظامية نحو الجزر.',
        'The two ministers discussed illegal migration across the desert.',
        'Le gouvernement veut freiner la migration irrégulière vers les îles.',
      ],
    });
    for (const sentence of [
      'وناقش الوزيران سبل الحد من الهجرة غير الشرعية عبر الصحراء.',
      'وأطلقت الحكومة خطة لمكافحة الهجرة غير النظامية نحو الجزر.',
      'The two ministers discussed illegal migration across the desert.',
      'Le gouvernement veut freiner la migration irrégulière vers les îles.',
    ]) {
      expect(idsIn(sentence), sentence).not.toContain('theme:legal-pathways');
    }
  });

  it('still reads legal pathways where the wording is not negated', () => {
    expectWordings({
      what: 'legal migration',
      theme: 'theme:legal-pathways',
      found: [
        'ودعت الجمعية إلى توسيع الهجرة الشرعية للطلاب.',
        'The charity asked for more legal migration for students.',
        "L'association demande d'ouvrir la migration légale aux étudiants.",
        // A negator that governs another word leaves the wording alone.
        'They came on non-immigrant visas granted for the harvest.',
      ],
    });
  });

  it('does not read a theme wording right after a negator', () => {
    expectWordings({
      what: 'work permits and visas after "without", « sans », «دون»',
      theme: 'theme:legal-pathways',
      found: [],
      notFound: [
        'Ils travaillent dans les serres sans permis de travail depuis deux ans.',
        'ودخل الشبان إلى البلاد دون تأشيرات صالحة.',
        'Activists praised the non-resettlement clause as a compromise.',
      ],
    });
    expectWordings({
      what: 'a removal after "non-"',
      theme: 'theme:returns',
      found: ['The court stopped the expulsion of the two students.'],
      notFound: ['Les juges ont rappelé le principe de non-expulsion des mineurs.'],
    });
  });
});

describe('words that only share a root with a theme wording', () => {
  it('reads no theme from a shorter word the stemmer folds onto a wording', () => {
    expectWordings({
      what: 'integration and irregular migration from unrelated words of the same root',
      theme: 'theme:integration',
      found: ['The mayor praised how quickly the newcomers assimilated.', 'She was naturalized after nine years in the country.'],
      notFound: ['The nature reserve reopened after the storm.', 'He is a native of the northern hills.', 'Auditors questioned the integrity of the accounts.'],
    });
    expectWordings({
      what: '"illegal" alone is not irregular migration',
      theme: 'theme:irregular-migration',
      found: ['Officials said the men had entered illegally through the orchards.'],
      notFound: ['Police seized illegal weapons at the port.', 'Le juge a dénoncé des arrestations illégales.'],
    });
  });

  it('keeps «حال دون» (prevented) from reading as a negation', () => {
    expectWordings({
      what: 'a deportation that was prevented is still a deportation story',
      theme: 'theme:returns',
      found: ['وحالت المحكمة دون ترحيله إلى بلده الأصلي.'],
    });
  });
});

describe('negated theme wordings in queries', () => {
  const lookup = createTopicLookup(loadGazetteer());
  const topics = (query: string): string[] => lookup.find(query, isQueryStopword).map((match) => match.entity.id);

  it.each([
    ['الهجرة غير الشرعية', 'theme:irregular-migration'],
    ['الهجرة غير النظامية', 'theme:irregular-migration'],
    ['illegal migration', 'theme:irregular-migration'],
    ['migration irrégulière', 'theme:irregular-migration'],
  ])('%s names irregular migration, not legal pathways', (query, theme) => {
    const found = topics(query);
    expect(found[0]).toBe(theme);
    expect(found).not.toContain('theme:legal-pathways');
  });

  it.each([
    ['الهجرة الشرعية', 'theme:legal-pathways'],
    ['legal migration', 'theme:legal-pathways'],
    ['migration légale', 'theme:legal-pathways'],
  ])('%s still names legal pathways', (query, theme) => {
    expect(topics(query)[0]).toBe(theme);
  });

  it('reads no theme whose wording follows a negator inside the query', () => {
    expect(topics('migration non légale')).not.toContain('theme:legal-pathways');
    expect(topics('non-expulsion')).not.toContain('theme:returns');
  });
});

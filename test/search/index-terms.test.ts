/**
 * The full-text index terms and query groups (src/search/index-terms.ts) in French, and that English
 * and Arabic search keep working: a query finds a text when every query word has one of its terms in
 * the text's terms (what FTS5 and PostgreSQL evaluate), checked here on short texts written for the
 * tests, then through the real searcher on a SQLite database.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { indexTerms, queryTermGroups } from '../../src/search/index-terms.js';
import { createSearcher, type Searcher } from '../../src/search/search.service.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

/** The index's verdict: every group of the query has a term among the text's terms. */
function finds(query: string, text: string): boolean {
  const terms = new Set(indexTerms(text).split(' '));
  const groups = queryTermGroups(query);
  return groups.length > 0 && groups.every((group) => group.some((term) => terms.has(term)));
}

describe('French words in the index', () => {
  it.each([
    ['migrant', 'Trois migrantes érythréennes ont été secourues au large de Lampedusa.'],
    ['migrants', 'Une migrante guinéenne a témoigné devant le tribunal.'],
    ["l'immigration", "Le projet de loi sur l'immigration sera examiné mardi."],
    ['immigration clandestine', "La lutte contre l'immigration clandestine reste la priorité du ministre."],
    ['refugies', 'Les réfugiés syriens attendent toujours leur réinstallation.'],
    ['réfugiée', 'Quarante réfugiées afghanes ont été accueillies à Grenoble.'],
    ['ressortissant libyen', 'Deux ressortissantes libyennes ont été interpellées.'],
    ['bateau', 'Les bateaux de pêche tunisiens ont repris la mer.'],
    ['garde-côtes nationaux', 'Les garde-côtes nationale ont été renforcés.'],
    ['passeur', 'Une passeuse présumée a été arrêtée à Calais.'],
    ['situation irrégulière', 'Les étrangers en situation irrégulière pourront être régularisés.'],
  ])('"%s" finds «%s»', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it('keeps a stopword inside a hyphenated compound: «sans-papiers» is not «papiers»', () => {
    expect(queryTermGroups('sans-papiers')).toEqual([['san'], ['papier']]);
    expect(finds('sans-papiers', 'Un rassemblement de sans-papiers devant la préfecture.')).toBe(true);
    expect(finds('sans-papiers', "Il a présenté ses papiers d'identité au contrôle.")).toBe(false);
  });

  it('drops French stopwords as written, not by stem, so English words that share a stem stay', () => {
    expect(queryTermGroups('les migrants de Libye')).toHaveLength(2);
    expect(queryTermGroups('estimated arrivals').length).toBe(2); // «estimé» is a stopword, "estimated" is not
    expect(queryTermGroups('San Diego shelters').length).toBe(3); // «sans» is a stopword, "San" is not
    expect(queryTermGroups('EU deal').length).toBe(2);
  });

  it('indexes a French feminine or plural under its own stem too, so articles indexed before still match', () => {
    expect(indexTerms('libyennes').split(' ')).toEqual(['libyenn', 'libyen']);
    expect(indexTerms('migrants')).toBe('migrant');
  });
});

describe('English and Arabic search are unchanged', () => {
  it.each([
    ['trafficking', 'Police said the men were trafficked across the border.'],
    ['deportations', 'The deportation flight left on Tuesday.'],
    ['refugee', 'Refugees crossed into Chad last week.'],
    ['ليبيا', 'وصل مهاجرون من بليبيا إلى إيطاليا.'],
    ['المهاجرين', 'قدمت المنظمة مساعدات للمهاجرين في طرابلس.'],
  ])('"%s" finds "%s"', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it.each([
    ['refuge', 'Refugees crossed into Chad last week.'],
    ['wine', 'The team hoped to win the final.'],
  ])('"%s" does not find "%s"', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });
});

describe('French search through the searcher (SQLite)', () => {
  let database: TestDatabase;
  let engine: Engine;
  let searcher: Searcher;
  const articles = [
    { title: 'Calais : des bénévoles au chevet des exilées', text: "Les associations d'aide aux exilées soudanaises ont distribué des couvertures. Les bénévoles dénoncent des évacuations à répétition." },
    { title: 'Reconduites à la frontière', text: "La préfecture a organisé de nouvelles reconduites à la frontière de ressortissants albanais, a-t-on appris de source policière." },
    { title: 'Football: le club recrute', text: "Le club a recruté un attaquant pour la saison prochaine, a annoncé l'entraîneur." },
  ];

  beforeAll(async () => {
    database = tempSqlite();
    engine = await testEngine(database.target);
    const input = join(database.target, '..', 'french.jsonl');
    writeFileSync(input, `${articles.map((a, i) => JSON.stringify({ ...a, lang: 'fr', url: `https://example.org/fr/${i}` })).join('\n')}\n`);
    const summary = await ingestInputs(engine, [input], { allowPrivate: false, workers: 0 });
    expect(summary.failed).toBe(0);
    searcher = await createSearcher(engine);
  });
  afterAll(async () => {
    await engine?.store.close();
    await database?.drop();
  });

  it.each([
    ['exilée soudanais', 'Calais : des bénévoles au chevet des exilées'],
    ['evacuation', 'Calais : des bénévoles au chevet des exilées'],
    ['reconduite', 'Reconduites à la frontière'],
  ])('"%s" finds «%s» first', async (query, title) => {
    const { results } = await searcher.search(query, { limit: 5 });
    expect(results[0]?.title).toBe(title);
  });
});

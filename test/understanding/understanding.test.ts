/**
 * What Mawjaz understands of real news, measured on the hand-labelled dev set (issue 14): countries,
 * organisations and processes, themes, people, relevance, and search within and across Arabic, English
 * and French. Prints the figures (`npm run eval` prints them alone) and holds each to the floor it has
 * reached, so that a change which makes Mawjaz read worse fails here. The floors rise as the work of
 * issue 14 lands; its goals are in the issue. Skipped where ../shared is absent.
 */
import { describe, expect, it } from 'vitest';
import { anyCorpusArticle, hasCorpus } from '../support/shared-corpus.js';
import { loadDevSet } from './dev-set.js';
import { type Figures, figuresTable, hitRate, precision, recall } from './evaluate.js';
import { runEvaluation } from './run-evaluation.js';

/**
 * The figures reached (all 262 articles and 90 queries, all languages together), rounded down. Raise a floor when a
 * change lifts a figure; never lower one to let a change through.
 */
const FLOORS: Array<[string, (f: Figures) => number, number]> = [
  ['countries precision', (f) => precision(f.countries), 0.97],
  ['countries recall', (f) => recall(f.countries), 0.99],
  // 0.93 since the national-body template: recall rose 0.74 → 0.85 while three bodies named bare were
  // read as the wrong country's (an article naming Rwanda most about Britain's Home Office).
  // 0.92 since 46 more articles were labelled (262): the measure grew harder (0.925 reached).
  // 0.93 since organisation breadth and commas inside names (0.94 reached).
  ['organisations precision', (f) => precision(f.organisations), 0.93],
  // 0.86 since a bare body takes the country whose state the article shows acting (0.868 reached).
  // 0.83 since the 46 new articles (0.833 reached).
  // 0.85 since then (0.86 reached).
  ['organisations recall', (f) => recall(f.organisations), 0.85],
  // 0.83 since 36 more articles were labelled (30 Arabic): the measure grew harder, the code did not change (0.835).
  // 0.82 since the 46 new articles, scored on the guide's themes (0.822 reached).
  // 0.83 / 0.75 since wordings are read in their sentence and themes together (0.84 / 0.76 reached).
  ['themes precision', (f) => precision(f.themes), 0.83],
  ['themes recall', (f) => recall(f.themes), 0.75],
  ['people precision', (f) => precision(f.people), 0.97],
  ['people recall', (f) => recall(f.people), 0.87],
  ['relevance precision', (f) => (f.relevance ? precision(f.relevance) : 0), 0.95],
  ['relevance recall', (f) => (f.relevance ? recall(f.relevance) : 0), 0.98],
  ['search hit@5 in the query\'s language', (f) => hitRate(f.monolingual), 0.98],
  // 0.98 since any-word search (issue 15): 99 → 100 of 102.
  ['search hit@5 across languages', (f) => hitRate(f.crossLingual), 0.98],
];

describe.skipIf(!hasCorpus)('understanding real news (the dev set)', () => {
  it('labels real corpus articles: each id is in ../shared/corpus, and each person form, body form and trap is written in its article', () => {
    const set = loadDevSet();
    expect(set.articles.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['ar', 'en', 'fr']) expect(set.articles.filter((a) => a.lang === lang).length, lang).toBeGreaterThanOrEqual(50);
    expect(set.queries.length).toBeGreaterThanOrEqual(60);
    const absent: string[] = [];
    for (const labelled of set.articles) {
      const article = anyCorpusArticle(labelled.id);
      expect(article.lang, labelled.id).toBe(labelled.lang);
      const text = `${article.title}\n${article.text}`;
      const bodyForms = Object.values(labelled.organisationForms).flat();
      for (const form of [...labelled.people.flatMap((p) => p.forms), ...bodyForms, ...labelled.countryTraps, ...labelled.notPeople]) if (!text.includes(form)) absent.push(`${labelled.id}: ${form}`);
      // Forms are given for bodies the article is labelled with, under the same id.
      for (const body of Object.keys(labelled.organisationForms)) if (!labelled.organisations.includes(body)) absent.push(`${labelled.id}: ${body} has forms but is no label`);
    }
    expect(absent).toEqual([]);
  });

  it('reads the labelled articles at least as well as it did', async () => {
    const result = await runEvaluation();
    console.info(
      [
        figuresTable(`All ${result.articles} articles, ${result.queries} queries`, result.all),
        figuresTable(`Held out (${result.heldOut} articles and ${result.heldOutQueries} queries never used for tuning)`, result.holdout),
      ].join('\n\n'),
    );
    for (const [name, measure, floor] of FLOORS) expect(measure(result.all.all), name).toBeGreaterThanOrEqual(floor);
  }, 120_000);
});


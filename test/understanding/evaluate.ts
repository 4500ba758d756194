/**
 * Scores what Mawjaz understands of the dev set's real articles against the hand labels (dev-set.ts),
 * per language and for the held-out part: the articles go through the real ingest pipeline into a fresh
 * SQLite file, each is read back as `mawjaz show --json` shows it, and the queries run through the
 * real searcher over those articles only (a closed world: every relevant article is labelled).
 *
 * - countries, organisations (and processes), themes, people: precision and recall of the sets found
 *   per article. An organisation or process Mawjaz discovered by the shape of its name (id `org:_…` or `process:_…`, not in the
 *   gazetteer) counts as a labelled body the gazetteer lacks when one of its names, normalised (case,
 *   diacritics, letter variants, punctuation, a leading article or «و/ال» clitic), is one of the forms
 *   new-organisation-forms.json gives for that body in that article; otherwise it is a wrong organisation.
 *   The label counts once however many ways it was found. A person found counts when one of the names it carries (any script) is one of the ways
 *   the article writes a labelled person, or ends in that person's surname.
 *   Themes are scored on the list LABELLING.md gives (SCORED_THEMES), the ones every labeller considered.
 * - relevance: precision and recall of "about migration" (a score at or above RELEVANCE_THRESHOLD) against
 *   the label `relevant`.
 * - search: hit@5 per query and language — among the results in that language, the first five hold an
 *   article that answers the query; monolingual when the language is the query's, cross-lingual otherwise.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ArticleView, showArticle } from '../../src/articles/article.service.js';
import type { Engine } from '../../src/engine.js';
import { RELEVANCE_THRESHOLD } from '../../src/entities/relevance.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { createSearcher } from '../../src/search/search.service.js';
import { normaliseForMatch } from '../../src/text/normalise.js';
import { anyCorpusArticle } from '../support/shared-corpus.js';
import { type DevArticle, type DevPerson, type DevSet, LANGS, type Lang, SCORED_THEMES } from './dev-set.js';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export interface Hits {
  hits: number;
  cases: number;
}

export type Part = Lang | 'all';
export const PARTS: readonly Part[] = [...LANGS, 'all'];

export interface Figures {
  countries: Score;
  organisations: Score;
  themes: Score;
  people: Score;
  /** Null while articles carry no relevance score. */
  relevance: Score | null;
  monolingual: Hits;
  crossLingual: Hits;
}

export interface Evaluation {
  /** Every labelled article and query, and the held-out ones only; each per language and all together. */
  all: Record<Part, Figures>;
  holdout: Record<Part, Figures>;
  /** What was missed or found wrongly, one line each ("<id>: missed org:iom"), on articles and queries used for tuning. */
  misses: string[];
  /** The same on the held-out ones: not to be looked at while tuning. */
  heldOutMisses: string[];
}

const URL_BASE = 'https://corpus.mawjaz.invalid/';

/** Ingests the dev set's articles (from ../shared/corpus) into `engine`; the database id of each. */
export async function ingestDevSet(engine: Engine, set: DevSet, dir: string): Promise<Map<string, string>> {
  const input = join(dir, 'dev-set.jsonl');
  const lines = set.articles.map((labelled) => {
    const article = anyCorpusArticle(labelled.id);
    return JSON.stringify({ url: `${URL_BASE}${encodeURIComponent(article.id)}`, title: article.title, text: article.text, published: article.published, lang: article.lang, source: article.source });
  });
  writeFileSync(input, `${lines.join('\n')}\n`);
  const summary = await ingestInputs(engine, [input], { allowPrivate: false, workers: 0 });
  if (summary.failed > 0) throw new Error(`dev set: ${summary.failed} articles failed to ingest`);
  const rows = await engine.store.db.selectFrom('articles').select(['id', 'url']).where('url', 'like', `${URL_BASE}%`).execute();
  return new Map(rows.map((row) => [decodeURIComponent(row.url.slice(URL_BASE.length)), row.id]));
}

const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0 });
const emptyFigures = (): Figures => ({ countries: emptyScore(), organisations: emptyScore(), themes: emptyScore(), people: emptyScore(), relevance: null, monolingual: { hits: 0, cases: 0 }, crossLingual: { hits: 0, cases: 0 } });

function add(into: Score, from: Score): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** Set comparison; each miss and surplus is noted. */
function compare(id: string, found: ReadonlySet<string>, expected: readonly string[], misses: string[]): Score {
  const wanted = new Set(expected);
  const score = emptyScore();
  for (const label of found) {
    if (wanted.has(label)) score.tp += 1;
    else {
      score.fp += 1;
      misses.push(`${id}: unexpected ${label}`);
    }
  }
  for (const label of wanted) {
    if (!found.has(label)) {
      score.fn += 1;
      misses.push(`${id}: missed ${label}`);
    }
  }
  return score;
}

/** A name as compared: matching form (diacritics, letter variants, case folded), letters and spaces only. */
function nameKey(text: string): string {
  return normaliseForMatch(text)
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const surname = (key: string): string => key.split(' ').at(-1) ?? '';

function samePerson(foundNames: readonly string[], person: DevPerson, exactOnly = false): boolean {
  const labelled = [person.name, ...person.forms].map(nameKey);
  const surnames = new Set(labelled.map(surname).filter((s) => s.length >= 4));
  return foundNames.map(nameKey).some((key) => labelled.includes(key) || (!exactOnly && surnames.has(surname(key)) && surname(key).length >= 4));
}

/** The labelled person a found one is: its own name first, so «Tima Kurdi» is not taken for Aylan Kurdi by surname. */
function labelledMatch(foundNames: readonly string[], people: readonly DevPerson[], matched: ReadonlySet<DevPerson>): DevPerson | undefined {
  return (
    people.find((p) => samePerson(foundNames, p, true)) ??
    people.find((p) => !matched.has(p) && samePerson(foundNames, p)) ??
    people.find((p) => samePerson(foundNames, p))
  );
}

function comparePeople(id: string, view: ArticleView, people: readonly DevPerson[], misses: string[]): Score {
  const found = view.entities.filter((e) => e.kind === 'person').map((e) => ({ label: e.name, names: [e.names.en, ...(e.names.ar ? [e.names.ar] : []), ...e.mentions] }));
  const score = emptyScore();
  const matched = new Set<DevPerson>();
  for (const person of found) {
    const match = labelledMatch(person.names, people, matched);
    if (match) {
      score.tp += 1;
      matched.add(match);
    } else {
      score.fp += 1;
      misses.push(`${id}: unexpected person ${person.label}`);
    }
  }
  for (const person of people) {
    if (!matched.has(person)) {
      score.fn += 1;
      misses.push(`${id}: missed person ${person.name} (${person.forms[0]})`);
    }
  }
  return score;
}

/** A body's name as compared: nameKey without a leading article («the», «la», «ال», «وال», «لل»). */
function organisationKey(text: string): string {
  const words = nameKey(text).split(' ');
  while (words.length > 1 && ORGANISATION_ARTICLES.has(words[0]!)) words.shift();
  words[0] = (words[0] ?? '').replace(/^[وف]?(?:ال|لل)(?=...)/, '');
  return words.join(' ');
}
const ORGANISATION_ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

/** Organisation and process ids found; a discovered body takes the id of the labelled one it names. */
function organisationsFound(labelled: DevArticle, view: ArticleView): Set<string> {
  const labelledForms = Object.entries(labelled.organisationForms).map(([id, forms]) => ({ id, keys: new Set(forms.map(organisationKey)) }));
  const found = new Set<string>();
  for (const entity of view.entities) {
    if (entity.kind !== 'organisation' && entity.kind !== 'process') continue;
    if (!/^(?:org|process):_/.test(entity.id)) {
      found.add(entity.id);
      continue;
    }
    const names = [entity.names.en, ...(entity.names.ar ? [entity.names.ar] : []), ...entity.mentions].map(organisationKey);
    found.add(labelledForms.find((label) => names.some((name) => label.keys.has(name)))?.id ?? entity.id);
  }
  return found;
}

function articleFigures(labelled: DevArticle, view: ArticleView, misses: string[]): Figures {
  const figures = emptyFigures();
  const id = labelled.id;
  figures.countries = compare(id, new Set(view.countries.map((c) => c.code)), labelled.countries, misses);
  figures.organisations = compare(id, organisationsFound(labelled, view), labelled.organisations, misses);
  const scored = (ids: Iterable<string>) => [...ids].filter((theme) => SCORED_THEMES.has(theme));
  figures.themes = compare(id, new Set(scored(view.entities.filter((e) => e.kind === 'theme').map((e) => e.id))), scored(labelled.themes), misses);
  figures.people = comparePeople(id, view, labelled.people, misses);
  const relevance = view.relevance;
  if (relevance !== null) {
    const said = relevance >= RELEVANCE_THRESHOLD;
    figures.relevance = { tp: said && labelled.relevant ? 1 : 0, fp: said && !labelled.relevant ? 1 : 0, fn: !said && labelled.relevant ? 1 : 0 };
    if (said !== labelled.relevant) misses.push(`${id}: relevance ${relevance.toFixed(2)} but labelled ${labelled.relevant ? 'relevant' : 'not relevant'}`);
  }
  return figures;
}

function merge(into: Figures, from: Figures): void {
  add(into.countries, from.countries);
  add(into.organisations, from.organisations);
  add(into.themes, from.themes);
  add(into.people, from.people);
  if (from.relevance) {
    into.relevance ??= emptyScore();
    add(into.relevance, from.relevance);
  }
  into.monolingual.hits += from.monolingual.hits;
  into.monolingual.cases += from.monolingual.cases;
  into.crossLingual.hits += from.crossLingual.hits;
  into.crossLingual.cases += from.crossLingual.cases;
}

const byPart = (): Record<Part, Figures> => ({ ar: emptyFigures(), en: emptyFigures(), fr: emptyFigures(), all: emptyFigures() });

export async function evaluateDevSet(engine: Engine, set: DevSet, databaseIds: ReadonlyMap<string, string>): Promise<Evaluation> {
  const evaluation: Evaluation = { all: byPart(), holdout: byPart(), misses: [], heldOutMisses: [] };
  const record = (lang: Lang, holdout: boolean, figures: Figures) => {
    for (const into of [evaluation.all[lang], evaluation.all.all, ...(holdout ? [evaluation.holdout[lang], evaluation.holdout.all] : [])]) merge(into, figures);
  };

  for (const labelled of set.articles) {
    const databaseId = databaseIds.get(labelled.id);
    if (databaseId === undefined) throw new Error(`dev set: ${labelled.id} was not stored`);
    record(labelled.lang, labelled.holdout, articleFigures(labelled, await showArticle(engine, databaseId), labelled.holdout ? evaluation.heldOutMisses : evaluation.misses));
  }

  const corpusIds = new Map([...databaseIds].map(([corpusId, databaseId]) => [databaseId, corpusId]));
  const labels = new Map(set.articles.map((a) => [a.id, a]));
  const searcher = await createSearcher(engine);
  for (const query of set.queries) {
    const { results } = await searcher.search(query.query, { limit: 100 });
    const answered = new Set(query.relevant);
    for (const lang of LANGS) {
      if (!query.relevant.some((id) => labels.get(id)?.lang === lang)) continue;
      const topFive = results.filter((r) => r.lang === lang).slice(0, 5).map((r) => corpusIds.get(r.id));
      const hit = topFive.some((id) => id !== undefined && answered.has(id));
      const figures = emptyFigures();
      const hits = lang === query.lang ? figures.monolingual : figures.crossLingual;
      hits.cases = 1;
      hits.hits = hit ? 1 : 0;
      if (!hit) (query.holdout ? evaluation.heldOutMisses : evaluation.misses).push(`query "${query.query}" (${query.lang}): nothing that answers it among the first five ${lang} results`);
      record(query.lang, query.holdout, figures);
    }
  }
  return evaluation;
}

export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export const hitRate = (h: Hits): number => (h.cases === 0 ? Number.NaN : h.hits / h.cases);

const pr = (s: Score | null): string => (s === null ? 'not scored yet' : `P ${precision(s).toFixed(2)} R ${recall(s).toFixed(2)}`);
const rate = (h: Hits): string => (h.cases === 0 ? '–' : `${hitRate(h).toFixed(2)} (${h.hits}/${h.cases})`);

/** The figures as a table: one row per measure, one column per language and all together. */
export function figuresTable(title: string, figures: Record<Part, Figures>): string {
  const rows: Array<[string, (f: Figures) => string]> = [
    ['countries', (f) => pr(f.countries)],
    ['organisations + processes', (f) => pr(f.organisations)],
    ['themes', (f) => pr(f.themes)],
    ['people', (f) => pr(f.people)],
    ['relevance', (f) => pr(f.relevance)],
    ['search hit@5, same language', (f) => rate(f.monolingual)],
    ['search hit@5, across languages', (f) => rate(f.crossLingual)],
  ];
  const cells = rows.map(([name, cell]) => [name, ...PARTS.map((part) => cell(figures[part]))]);
  const header = ['', ...PARTS];
  const widths = header.map((_, i) => Math.max(...[header, ...cells].map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [title, line(header), ...cells.map(line)].join('\n');
}

/**
 * `npm run eval:themes` — themes alone, fast (no database, no search): every dev-set article is
 * enriched as ingestion does (prepareArticle over the gazetteer matcher), and the scored themes it keeps
 * are compared with the labels. Prints precision and recall per language and per theme, on all articles
 * and on the held-out ones; with `--errors`, each wrong or missed theme on the tuning articles only, with
 * the wordings that were found and where (t: title, l: lead, b<n>: body at character n×100), so that
 * errors can be sorted into classes; `--context` adds every mention of the theme with the words around it.
 * Run: `node --import tsx test/understanding/theme-errors.ts --errors`. The held-out articles' errors are
 * never printed, so that they stay a fair test.
 */
import { extractEntities } from '../../src/entities/extract.js';
import { inOtherSense } from '../../src/entities/theme-senses.js';
import { prepareArticle } from '../../src/ingest/enrich.js';
import { gazetteerMatcher } from '../entities/helpers.js';
import { tokenise } from '../../src/text/tokens.js';
import { anyCorpusArticle, hasCorpus } from '../support/shared-corpus.js';
import { type DevArticle, LANGS, loadDevSet, SCORED_THEMES } from './dev-set.js';

interface Count {
  tp: number;
  fp: number;
  fn: number;
}

type Key = string;
const counts = new Map<Key, Count>();

function bump(key: Key, field: keyof Count): void {
  const count = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  count[field] += 1;
  counts.set(key, count);
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(2));
const figures = (c: Count | undefined): string => (c === undefined ? 'P  -   R  -  ' : `P ${ratio(c.tp, c.tp + c.fp)} R ${ratio(c.tp, c.tp + c.fn)} (${c.tp}/${c.fp}/${c.fn})`);

if (!hasCorpus) {
  process.stderr.write('../shared/corpus is absent: the dev set is made of its articles, so there is nothing to evaluate.\n');
  process.exit(1);
}

const showErrors = process.argv.includes('--errors') || process.argv.includes('--context');
const showContext = process.argv.includes('--context');
const errors: string[] = [];
const set = loadDevSet();
const matcher = gazetteerMatcher();

function where(offset: number, titleLength: number): string {
  if (offset <= titleLength) return 't';
  return offset <= titleLength + 400 ? 'l' : `b${Math.round(offset / 100)}`;
}

function score(labelled: DevArticle): void {
  const article = anyCorpusArticle(labelled.id);
  const enriched = prepareArticle({ url: `https://dev.invalid/${encodeURIComponent(article.id)}`, title: article.title, text: article.text, published: article.published, lang: article.lang }, matcher);
  const found = new Set(enriched.mentions.map((m) => m.entityId).filter((id) => SCORED_THEMES.has(id)));
  const wanted = new Set(labelled.themes.filter((id) => SCORED_THEMES.has(id)));
  const parts = [labelled.holdout ? 'held' : 'tune', 'all'];
  const note = (theme: string, field: keyof Count) => {
    for (const part of parts) for (const lang of [labelled.lang, 'all']) for (const t of [theme, '*']) bump(`${part}|${lang}|${t}`, field);
  };
  for (const theme of found) note(theme, wanted.has(theme) ? 'tp' : 'fp');
  for (const theme of wanted) if (!found.has(theme)) note(theme, 'fn');
  if (!showErrors || labelled.holdout) return;
  for (const theme of new Set([...found, ...wanted])) {
    if (found.has(theme) === wanted.has(theme)) continue;
    const group = enriched.mentions.find((m) => m.entityId === theme);
    const evidence = group ? `${group.count}x w${group.weight} @${where(group.firstOffset, article.title.length)} ${JSON.stringify(group.surfaces)}` : '';
    errors.push(`${found.has(theme) ? 'FP' : 'FN'} ${theme.slice(6).padEnd(20)} ${labelled.lang} ${labelled.id} rel=${enriched.relevance.toFixed(2)} len=${article.text.length} ${evidence}${showContext ? contexts(article.title, article.text, theme) : ''}`);
  }
}

/** Every mention of the theme the matcher reads (before support), with the words around it; «×» marks one read in another sense. */
function contexts(title: string, text: string, theme: string): string {
  const full = `${title}\n\n${text}`;
  const tokens = tokenise(full);
  const mentions = extractEntities(full, matcher, tokens).mentions.filter((m) => m.entityId === theme);
  const sense = (m: { start: number; end: number }) => (inOtherSense(theme, m.start, m.end, full, tokens, title.length) ? '×' : '');
  const lines = mentions.map((m) => `\n      @${m.start}${sense(m)} …${full.slice(Math.max(0, m.start - 70), m.start)}[${m.surface}]${full.slice(m.end, m.end + 70)}…`.replace(/\s*\n\s*(?!\s*@)/g, ' ⏎ '));
  return `${lines.join('')}\n      TITLE: ${title}`;
}

for (const labelled of set.articles) score(labelled);

const themes = [...SCORED_THEMES].map((id) => id.slice(6));
for (const part of ['all', 'held', 'tune']) {
  process.stdout.write(`\n${part === 'all' ? 'All articles' : part === 'held' ? 'Held out' : 'Tuning'}\n`);
  process.stdout.write(`${'theme'.padEnd(22)}${[...LANGS, 'all'].map((l) => l.padEnd(28)).join('')}\n`);
  for (const theme of ['*', ...themes]) {
    const key = theme === '*' ? '*' : `theme:${theme}`;
    process.stdout.write(`${(theme === '*' ? 'ALL THEMES' : theme).padEnd(22)}${[...LANGS, 'all'].map((lang) => figures(counts.get(`${part}|${lang}|${key}`)).padEnd(28)).join('')}\n`);
  }
}
if (showErrors) process.stdout.write(`\nTuning errors:\n${errors.sort().join('\n')}\n`);

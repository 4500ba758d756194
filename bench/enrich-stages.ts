/**
 * `node --import tsx bench/enrich-stages.ts` — where enrichment's CPU goes: each stage of
 * src/ingest/enrich.ts timed alone over every corpus article (cleaned and tokenised beforehand, as
 * enrich does once), in ms per article, median of five passes after a warm-up. The stages overlap
 * (entities includes matching) and share memo tables, so they do not add up to bench:enrich exactly;
 * they say which one to work on.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { extractEntities } from '../src/entities/extract.js';
import { loadBlockers, loadGazetteer } from '../src/entities/gazetteer.js';
import { createEntityMatcher } from '../src/entities/matcher.js';
import { relevanceFeatures } from '../src/entities/relevance.js';
import { cleanDraft } from '../src/ingest/clean.js';
import { contentHash } from '../src/ingest/enrich.js';
import { indexTerms } from '../src/search/index-terms.js';
import { summarise } from '../src/text/summary.js';
import { tokenise } from '../src/text/tokens.js';

interface Source {
  title: string;
  text: string;
  lang?: string;
}

const files = ['../shared/corpus/articles.jsonl', '../shared/corpus/articles-fr-ar.jsonl'].map((f) => resolve(f)).filter(existsSync);
const inputs = files.length > 0 ? files : [resolve('samples/news/articles.jsonl')];
const sources = inputs.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Source),
);
const matcher = createEntityMatcher(loadGazetteer(), loadBlockers());
const drafts = sources.map((s, i) => ({ ...cleanDraft({ url: `https://bench.invalid/${i}`, title: s.title, text: s.text, published: null }), lang: s.lang ?? 'en' }));
const fullTexts = drafts.map((d) => `${d.title}\n\n${d.text}`);
const tokens = fullTexts.map((text) => tokenise(text));

const stages: Array<[string, () => void]> = [
  ['clean', () => sources.forEach((s, i) => cleanDraft({ url: `https://bench.invalid/${i}`, title: s.title, text: s.text, published: null }))],
  ['tokenise', () => fullTexts.forEach((text) => tokenise(text))],
  ['entities (all)', () => fullTexts.forEach((text, i) => extractEntities(text, matcher, tokens[i]))],
  ['  gazetteer matching', () => fullTexts.forEach((text, i) => matcher.matchTokens(text, tokens[i]!, []))],
  ['summary', () => drafts.forEach((d) => summarise(d.text, d.lang, { title: d.title }))],
  ['relevance words', () => tokens.forEach((t) => relevanceFeatures([], t, [], 0))],
  ['index terms', () => drafts.forEach((d, i) => indexTerms(d.text, tokens[i]))],
  ['content hash', () => drafts.forEach((d, i) => contentHash(d.text, tokens[i]))],
];

const lines = [`enrich stages, one thread: ${drafts.length} articles, median of 5 passes after a warm-up`, `machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`];
for (const [name, run] of stages) {
  run();
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    passes.push((used.user + used.system) / 1000);
  }
  passes.sort((a, b) => a - b);
  lines.push(`${name.padEnd(22)} ${((passes[2] ?? Number.NaN) / drafts.length).toFixed(3)} ms CPU an article`);
}
process.stdout.write(`${lines.join('\n')}\n`);

/**
 * Writes the scale corpus to a JSONL file, run by bench/run.ts as a child process so that the
 * corpora loaded to generate it never count in the bench's measured peak memory.
 * Usage: node --import tsx bench/write-scale-corpus.ts OUT.jsonl COUNT SEED — prints a JSON summary.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scaleCorpus } from './scale-corpus.js';
import { corpusFiles, loadScaleSources } from './scale-sources.js';

export interface WrittenCorpus {
  stories: number;
  languages: Record<string, number>;
  baseArticles: number;
  origin: string;
  seconds: number;
}

const [out, count, seed] = process.argv.slice(2);
if (!out || !count || !seed) throw new Error('usage: write-scale-corpus.ts OUT.jsonl COUNT SEED');
const started = performance.now();
const shared = corpusFiles(resolve('../shared/corpus'));
const origin = shared.length > 0 ? 'the shared corpora (../shared/corpus)' : 'the bundled samples (../shared absent)';
const sources = loadScaleSources(shared.length > 0 ? shared : [resolve('samples/news/articles.jsonl')]);
writeFileSync(out, '');
const languages: Record<string, number> = {};
let stories = 0;
let lines: string[] = [];
for (const { story, ...article } of scaleCorpus(sources, { count: Number(count), seed: Number(seed) })) {
  lines.push(JSON.stringify(article));
  languages[article.lang] = (languages[article.lang] ?? 0) + 1;
  stories = story + 1;
  if (lines.length === 2_000) {
    appendFileSync(out, `${lines.join('\n')}\n`);
    lines = [];
  }
}
if (lines.length > 0) appendFileSync(out, `${lines.join('\n')}\n`);
const summary: WrittenCorpus = { stories, languages, baseArticles: sources.articles.length, origin, seconds: (performance.now() - started) / 1000 };
console.log(JSON.stringify(summary));

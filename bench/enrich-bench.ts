/**
 * `npm run bench:enrich` — CPU per article of the enrich stage alone (language, date, summary,
 * entities, search terms: src/ingest/enrich.ts), on one thread, over every article of ../shared/corpus
 * (both files) or the bundled samples, by language. Issue 14 allows enrichment to get at most 20%
 * slower per article: run it on a change and on the commit before it, side by side, on one machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { loadBlockers, loadGazetteer } from '../src/entities/gazetteer.js';
import { createEntityMatcher } from '../src/entities/matcher.js';
import { prepareArticle } from '../src/ingest/enrich.js';

interface Source {
  id?: string;
  title: string;
  text: string;
  lang?: string;
  published?: string | null;
}

const files = ['../shared/corpus/articles.jsonl', '../shared/corpus/articles-fr-ar.jsonl'].map((f) => resolve(f)).filter(existsSync);
const inputs = files.length > 0 ? files : [resolve('samples/news/articles.jsonl')];
const articles = inputs.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Source),
);
const matcher = createEntityMatcher(loadGazetteer(), loadBlockers());
const rounds = Number(process.argv[2] ?? 3);

// One warm-up pass (JIT, memo tables), then timed passes; the median pass is reported.
const byLang = new Map<string, number[]>();
for (let round = 0; round <= rounds; round++) {
  const spent = new Map<string, number>();
  articles.forEach((article, i) => {
    const before = process.cpuUsage();
    prepareArticle({ url: `https://bench.invalid/${i}`, title: article.title, text: article.text, published: article.published ?? null, ...(article.lang ? { lang: article.lang } : {}) }, matcher);
    const used = process.cpuUsage(before);
    const lang = article.lang ?? '?';
    spent.set(lang, (spent.get(lang) ?? 0) + (used.user + used.system) / 1000);
  });
  if (round === 0) continue;
  for (const [lang, ms] of spent) byLang.set(lang, [...(byLang.get(lang) ?? []), ms]);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const counts = new Map<string, number>();
for (const article of articles) counts.set(article.lang ?? '?', (counts.get(article.lang ?? '?') ?? 0) + 1);
const lines = [`enrich, one thread: ${articles.length} articles from ${inputs.length === 1 && files.length === 0 ? 'the bundled samples' : '../shared/corpus'}, median of ${rounds} passes after a warm-up`, `machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`];
let total = 0;
for (const [lang, passes] of [...byLang].sort()) {
  const ms = median(passes);
  total += ms;
  lines.push(`${lang}  ${String(counts.get(lang)).padStart(5)} articles  ${(ms / (counts.get(lang) ?? 1)).toFixed(3)} ms CPU an article`);
}
lines.push(`all ${String(articles.length).padStart(5)} articles  ${(total / articles.length).toFixed(3)} ms CPU an article`);
process.stdout.write(`${lines.join('\n')}\n`);

/**
 * The bench's scale corpus (bench/scale-corpus.ts) on the real shared corpora: the same seed gives
 * the same articles, every URL and title is distinct, each article keeps its language's script,
 * stories are groups of near-duplicate reports across outlets (some across languages), and the
 * generator streams (heap bounded however many articles it yields).
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ScaleArticle, scaleCorpus } from '../../bench/scale-corpus.js';
import { corpusFiles, loadScaleSources, type ScaleSources } from '../../bench/scale-sources.js';
import { corpusDir, hasCorpus } from '../support/shared-corpus.js';

const take = (sources: ScaleSources, count: number, seed: number): ScaleArticle[] => [...scaleCorpus(sources, { count, seed })];

/** Share of letters in Arabic script. */
function arabicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.filter((c) => /\p{Script=Arabic}/u.test(c)).length / Math.max(1, letters.length);
}

const wordsOf = (text: string): Set<string> => new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);

describe.skipIf(!hasCorpus)('scale corpus generated from the shared corpora', () => {
  let sources: ScaleSources;
  let articles: ScaleArticle[];
  beforeAll(() => {
    sources = loadScaleSources(corpusFiles(corpusDir));
    articles = take(sources, 5_000, 7);
  }, 60_000);

  it('is the same for the same seed and differs for another seed', () => {
    // Dates spread over the span by position, so the count is part of what must match.
    expect(take(sources, 5_000, 7)).toEqual(articles);
    const other = take(sources, 500, 8);
    expect(other.filter((a, i) => a.text === articles[i]?.text).length).toBeLessThan(50);
  });

  it('gives every article a distinct URL, title and text', () => {
    expect(articles).toHaveLength(5_000);
    expect(new Set(articles.map((a) => a.url)).size).toBe(5_000);
    expect(new Set(articles.map((a) => a.title)).size).toBe(5_000);
    expect(new Set(articles.map((a) => a.text)).size).toBe(5_000);
  });

  it('keeps each article in its language: Arabic script for Arabic, Latin for the others', () => {
    const langs = new Set(articles.map((a) => a.lang));
    expect([...langs].sort()).toEqual(expect.arrayContaining(['ar', 'en', 'fr']));
    for (const a of articles) {
      if (a.lang === 'ar') expect(arabicShare(a.text), a.url).toBeGreaterThan(0.8);
      else expect(arabicShare(a.text), a.url).toBeLessThan(0.2);
    }
  });

  it('groups near-duplicate reports of one event from different outlets on nearby days, some across languages', () => {
    const stories = new Map<number, ScaleArticle[]>();
    for (const a of articles) stories.set(a.story, [...(stories.get(a.story) ?? []), a]);
    const groups = [...stories.values()].filter((g) => g.length >= 2);
    expect(groups.length / stories.size).toBeGreaterThan(0.45);
    expect(Math.max(...groups.map((g) => g.length))).toBeLessThanOrEqual(7);
    const overlaps: number[] = [];
    for (const group of groups) {
      const [first, ...rest] = group as [ScaleArticle, ...ScaleArticle[]];
      const spanMs = Math.max(...group.map((a) => Date.parse(a.published))) - Math.min(...group.map((a) => Date.parse(a.published)));
      expect(spanMs).toBeLessThan(3 * 24 * 3_600_000);
      const sameLang = rest.filter((a) => a.lang === first.lang);
      expect(new Set(sameLang.map((a) => a.source)).size).toBe(sameLang.length);
      expect(sameLang.every((a) => a.source !== first.source)).toBe(true);
      const lead = wordsOf(first.text);
      for (const report of sameLang) {
        // Every outlet keeps the lead sentence (sentences are at least 20 characters).
        expect(report.text.startsWith(first.text.slice(0, 20)), report.url).toBe(true);
        overlaps.push([...wordsOf(report.text)].filter((w) => lead.has(w)).length / lead.size);
      }
    }
    overlaps.sort((a, b) => a - b);
    // Share of the first report's words another outlet's report repeats: most reports repeat most of them.
    expect(overlaps[Math.floor(overlaps.length / 2)]).toBeGreaterThan(0.85);
    expect(overlaps[Math.floor(overlaps.length * 0.05)]).toBeGreaterThan(0.6);
    expect(groups.filter((g) => new Set(g.map((a) => a.lang)).size > 1).length).toBeGreaterThan(20);
  });

  it('streams: yielding 50,000 more articles leaves the heap about where it was', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const generator = scaleCorpus(sources, { count: 51_000, seed: 11 });
    let characters = 0;
    for (let i = 0; i < 1_000; i++) characters += generator.next().value?.text.length ?? 0;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50_000; i++) characters += generator.next().value?.text.length ?? 0;
    gc();
    const growthMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    // Held articles would weigh characters × 2 bytes (over 150 MiB); a stream holds one story.
    expect(characters).toBeGreaterThan(50_000 * 1_000);
    expect(growthMiB).toBeLessThan(16);
  }, 120_000);
});

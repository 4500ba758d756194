/**
 * Understanding, measured on the bundled samples (invented articles with hand-written expectations in
 * samples/expectations.json): language, publication date, entities found, and the traps avoided.
 * These run everywhere; the same checks on real articles live beside each module's tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../../src/ingest/enrich.js';
import { enrichedSamples, sampleExpectations } from '../support/samples.js';

const expectations = sampleExpectations;

describe('understanding the sample articles', () => {
  const enriched = new Map<string, EnrichedArticle>();

  beforeAll(async () => {
    for (const [key, article] of await enrichedSamples()) enriched.set(key, article);
  });

  it('reads every sample the expectations describe', () => {
    expect([...enriched.keys()].sort()).toEqual(Object.keys(expectations).sort());
  });

  it('detects each article language', () => {
    const wrong = Object.entries(expectations).filter(([key, e]) => enriched.get(key)?.lang !== e.lang);
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('dates articles from metadata or their own dateline, and leaves the undated one undated', () => {
    const wrong = Object.entries(expectations)
      .filter(([key, e]) => (enriched.get(key)?.published?.slice(0, 10) ?? null) !== e.published)
      .map(([key, e]) => `${key}: expected ${e.published}, got ${enriched.get(key)?.published}`);
    expect(wrong).toEqual([]);
  });

  it('finds the expected countries, organisations, processes and themes (recall ≥ 0.9) and falls into no trap', () => {
    let expected = 0;
    let found = 0;
    const missed: string[] = [];
    const traps: string[] = [];
    for (const [key, e] of Object.entries(expectations)) {
      const ids = new Set(enriched.get(key)?.mentions.map((m) => m.entityId));
      for (const id of e.entities) {
        expected += 1;
        if (ids.has(id)) found += 1;
        else missed.push(`${key}: ${id}`);
      }
      for (const id of e.mustNot) if (ids.has(id)) traps.push(`${key}: ${id}`);
    }
    const recall = found / expected;
    console.log(`[samples] entity recall ${(recall * 100).toFixed(1)}% (${found}/${expected}); missed: ${missed.join(', ') || 'none'}`);
    expect(traps).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every article a summary of a few sentences in its own language', () => {
    for (const [key, article] of enriched) {
      expect(article.summary.length, key).toBeGreaterThan(30);
      expect(article.summary.length, key).toBeLessThan(1_300);
    }
  });
});

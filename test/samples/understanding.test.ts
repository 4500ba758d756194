/**
 * Understanding, measured on the bundled samples (invented articles with hand-written expectations in
 * samples/expectations.json): language, publication date, entities found, and the traps avoided.
 * These run everywhere; the same checks on real articles live beside each module's tests.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { loadEntityMatcher } from '../../src/entities/entity.service.js';
import { cleanDraft } from '../../src/ingest/clean.js';
import { type EnrichedArticle, enrich } from '../../src/ingest/enrich.js';
import { planInputs, readItem } from '../../src/ingest/readers/inputs.js';
import { samplesDir, samplesNewsDir } from '../support/cli.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

interface Expectation {
  lang: string;
  published: string | null;
  entities: string[];
  mustNot: string[];
}

const expectations = (JSON.parse(readFileSync(join(samplesDir, 'expectations.json'), 'utf8')) as { articles: Record<string, Expectation> }).articles;

describe('understanding the sample articles', () => {
  let database: TestDatabase;
  let engine: Engine;
  const enriched = new Map<string, EnrichedArticle>();

  beforeAll(async () => {
    database = tempSqlite();
    engine = await testEngine(database.target);
    const matcher = await loadEntityMatcher(engine);
    const plan = await planInputs([samplesNewsDir]);
    for (const item of plan.items) {
      if (item.source !== 'file') continue;
      const path = relative(samplesNewsDir, item.path);
      let n = 0;
      for await (const outcome of readItem(item, { allowPrivate: false, maxBytes: 1e6, timeoutMs: 1e4 })) {
        n += 1;
        if (!outcome.ok) throw new Error(`${outcome.input}: ${outcome.reason}`);
        const key = item.kind === 'jsonl' ? `${basename(path)}#${n}` : item.kind === 'feed' ? `${path}#${n}` : path;
        enriched.set(key, enrich(cleanDraft(outcome.draft), matcher));
      }
    }
  });
  afterAll(async () => {
    await engine?.store.close();
    await database?.drop();
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

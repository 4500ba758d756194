/**
 * Cross-lingual search on the real shared corpus (Arabic outlets 2013–2018, English 2017–2023):
 * English queries reach Arabic articles and the reverse, through the topics they name; every result
 * of a topic query really mentions the topic. Skipped where ../shared is absent.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { createSearcher, type Searcher } from '../../src/search/search.service.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { corpusArticles, hasCorpus } from '../support/shared-corpus.js';

describe.skipIf(!hasCorpus)('search across languages on the real corpus', () => {
  let database: TestDatabase;
  let engine: Engine;
  let searcher: Searcher;

  beforeAll(async () => {
    database = tempSqlite();
    engine = await testEngine(database.target);
    const input = join(database.target, '..', 'corpus.jsonl');
    const lines = corpusArticles().map((a) =>
      JSON.stringify({ title: a.title, text: a.text, published: a.published, lang: a.lang, source: a.source, ...(a.url ? { url: `${a.url}#${a.id}` } : {}) }),
    );
    writeFileSync(input, `${lines.join('\n')}\n`);
    const summary = await ingestInputs(engine, [input], { allowPrivate: false });
    expect(summary.failed).toBe(0);
    expect(summary.ingested).toBeGreaterThan(1_900);
    searcher = await createSearcher(engine);
    // Ingesting the whole corpus: about 20 s on a quiet machine, over a minute while the suite loads it.
  }, 300_000);
  afterAll(async () => {
    await engine?.store.close();
    await database?.drop();
  });

  it.each([
    ['IOM', 'org:iom', ['ar']],
    ['UNHCR', 'org:unhcr', ['ar']],
    ['Frontex', 'org:frontex', ['ar']],
    ['egypt', 'country:EG', ['ar', 'en']],
    ['libya', 'country:LY', ['ar', 'en']],
    ['مصر', 'country:EG', ['ar', 'en']],
    ['المكسيك', 'country:MX', ['en']],
    ['trafficking', 'theme:trafficking', ['ar', 'en']],
    ['الاتجار بالبشر', 'theme:trafficking', ['ar', 'en']],
    ['asylum', 'theme:asylum', ['ar', 'en']],
  ] as const)('"%s" names %s and finds articles in %j', async (query, topic, langs) => {
    const response = await searcher.search(query, { limit: 50 });
    expect(response.topics.map((t) => t.id)).toContain(topic);
    const found = new Set(response.results.map((r) => r.lang));
    for (const lang of langs) expect(found.has(lang), `${query} → ${lang} (found ${[...found]})`).toBe(true);
    // The query is the topic itself: every result mentions it.
    for (const r of response.results) expect(r.topics, r.title).toContain(topic);
  });

  it('answers free text with ranked, snippeted results', async () => {
    const response = await searcher.search('border wall funding', { limit: 10 });
    expect(response.results.length).toBe(10);
    expect(response.results[0]!.score).toBeGreaterThanOrEqual(response.results[9]!.score);
    for (const r of response.results) expect(r.snippet).not.toBe('');
  });

  it('finds Arabic words whatever their clitics and spelling variants', async () => {
    const bare = await searcher.search('المهاجرين غير الشرعيين', { limit: 50 });
    expect(bare.results.length).toBeGreaterThan(10);
    const variant = await searcher.search('المُهاجرين غير الشّرعيّين', { limit: 50 });
    expect(variant.results.map((r) => r.id)).toEqual(bare.results.map((r) => r.id));
  });
});

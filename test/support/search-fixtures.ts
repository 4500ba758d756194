/**
 * Short articles written for a search test, ingested through the real pipeline into a test database:
 * each is known by its `key`, which travels in its URL, so tests name articles, not generated ids.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';

export interface SearchFixture {
  key: string;
  lang: 'en' | 'fr' | 'ar';
  title: string;
  text: string;
}

/** Ingests the articles (published on `publishedOf(i)`) and returns each stored id's key. */
export async function ingestSearchFixtures(engine: Engine, articles: readonly SearchFixture[], publishedOf: (i: number) => string): Promise<Map<string, string>> {
  const input = join(tmpdir(), `search-fixtures-${process.pid}-${Math.random().toString(36).slice(2, 10)}.jsonl`);
  const lines = articles.map((a, i) => JSON.stringify({ title: a.title, text: a.text, lang: a.lang, published: publishedOf(i), url: `https://news.example/${a.lang}/${a.key}/${i}` }));
  writeFileSync(input, `${lines.join('\n')}\n`);
  const summary = await ingestInputs(engine, [input], { allowPrivate: false, workers: 0 });
  expect(summary.failed).toBe(0);
  const keyOf = new Map<string, string>();
  for (const row of await engine.store.db.selectFrom('articles').select(['id', 'url']).execute()) keyOf.set(row.id, row.url.split('/')[4] ?? '');
  return keyOf;
}

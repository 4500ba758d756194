/**
 * The bundled sample articles (samples/news), read and enriched by the real pipeline, keyed the way
 * samples/expectations.json names them ("articles.jsonl#3", "pages/x.txt", "feeds/y.xml#2").
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { loadBlockers, loadGazetteer } from '../../src/entities/gazetteer.js';
import { createEntityMatcher } from '../../src/entities/matcher.js';
import { prepareArticle, type EnrichedArticle } from '../../src/ingest/enrich.js';
import { planInputs, readItem } from '../../src/ingest/readers/inputs.js';
import { samplesDir, samplesNewsDir } from './cli.js';

export interface SampleExpectation {
  lang: string;
  published: string | null;
  story: string;
  entities: string[];
  mustNot: string[];
}

export const sampleExpectations = (JSON.parse(readFileSync(join(samplesDir, 'expectations.json'), 'utf8')) as {
  articles: Record<string, SampleExpectation>;
}).articles;

/** Every sample article, enriched with the gazetteer's matcher, by expectation key. */
export async function enrichedSamples(): Promise<Map<string, EnrichedArticle>> {
  const matcher = createEntityMatcher(loadGazetteer(), loadBlockers());
  const enriched = new Map<string, EnrichedArticle>();
  const plan = await planInputs([samplesNewsDir]);
  for (const item of plan.items) {
    if (item.source !== 'file') continue;
    const path = relative(samplesNewsDir, item.path);
    let n = 0;
    for await (const outcome of readItem(item, { allowPrivate: false, maxBytes: 1e6, timeoutMs: 1e4 })) {
      n += 1;
      if (!outcome.ok) throw new Error(`${outcome.input}: ${outcome.reason}`);
      const key = item.kind === 'jsonl' ? `${basename(path)}#${n}` : item.kind === 'feed' ? `${path}#${n}` : path;
      enriched.set(key, prepareArticle(outcome.draft, matcher));
    }
  }
  return enriched;
}

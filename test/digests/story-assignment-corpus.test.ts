/**
 * Stories assigned at ingestion, one article at a time, on the real shared corpus: the articles are
 * stored oldest first through the real store stage into a SQLite file, and the stories they were
 * given are measured like the week's batch clustering (clustering-corpus.test.ts) — against the
 * hand-labelled same-story pairs and hard negatives, and the cross-outlet same-title pairs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryCluster } from '../../digests/clustering/cluster-stories.js';
import { clusterOf, type LabelledPair, pairwiseScores } from '../../digests/clustering/evaluate.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { loadBlockers, loadGazetteer } from '../../src/entities/gazetteer.js';
import { createEntityMatcher } from '../../src/entities/matcher.js';
import { cleanDraft } from '../../src/ingest/clean.js';
import { enrich, type EnrichedArticle } from '../../src/ingest/enrich.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { corpusArticles, hasCorpus } from '../support/shared-corpus.js';
import { storeAndReadStories } from '../support/stored-stories.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/digests/story-pairs.json');
const labelled = (JSON.parse(readFileSync(fixture, 'utf8')) as { pairs: (LabelledPair & { label: string })[] }).pairs;

describe.skipIf(!hasCorpus)('stories assigned at ingestion on the shared corpus', () => {
  let database: TestDatabase;
  let engine: Engine;
  let clusters: StoryCluster[] = [];

  beforeAll(async () => {
    database = tempSqlite();
    engine = await testEngine(database.target);
    const matcher = createEntityMatcher(loadGazetteer(), loadBlockers());
    const articles = new Map<string, EnrichedArticle>();
    for (const a of corpusArticles()) {
      articles.set(a.id, enrich(cleanDraft({ url: `corpus:${a.id}`, title: a.title, text: a.text, published: a.published, lang: a.lang, source: a.source }), matcher));
    }
    clusters = await storeAndReadStories(engine, articles);
  }, 300_000);

  afterAll(async () => {
    await closeEngine(engine);
    await database.drop();
  });

  it('reaches the batch clustering\'s bars on the hand-labelled pairs: precision ≥ 0.9, recall ≥ 0.8', () => {
    const scores = pairwiseScores(clusters, labelled);
    const multi = clusters.filter((c) => c.articleIds.length > 1);
    console.log(
      `[stories at ingestion] ${corpusArticles().length} articles → ${clusters.length} stories (${multi.length} with several articles). ` +
        `Pairwise precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)} (tp ${scores.truePositives}, fp ${scores.falsePositives}, fn ${scores.falseNegatives})`,
    );
    for (const e of scores.errors) console.log(`[stories at ingestion] ${e.same ? 'missed' : 'false merge'}: ${e.a} ~ ${e.b} (${(e as { label?: string }).label ?? ''})`);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps the cross-outlet same-title pairs published within the day window together', () => {
    const of = clusterOf(clusters);
    const byTitle = new Map<string, { id: string; source: string; published: string }[]>();
    for (const a of corpusArticles()) {
      const key = a.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      byTitle.set(key, [...(byTitle.get(key) ?? []), { id: a.id, source: a.source, published: a.published }]);
    }
    const pairs = [...byTitle.values()].filter((list) => list.length === 2 && list[0]?.source !== list[1]?.source);
    const near = pairs.filter(([x, y]) => Math.abs(Date.parse(x?.published ?? '') - Date.parse(y?.published ?? '')) <= 3 * 86_400_000);
    const apart = near.filter(([x, y]) => of.get(x?.id ?? '') !== of.get(y?.id ?? ''));
    console.log(`[stories at ingestion] same-title cross-outlet pairs: ${pairs.length}, within 3 days: ${near.length}, apart: ${JSON.stringify(apart.map((p) => p.map((x) => x.id)))}`);
    expect(near.length).toBeGreaterThan(0);
    expect(apart).toEqual([]);
  });
});

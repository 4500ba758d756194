/**
 * Stories assigned at ingestion on the bundled samples, stored through the real store stage into a
 * SQLite file: the same expectations as the batch clustering (clustering-samples.test.ts) — the three
 * stories told twice are one story each, the Arabic/English Khartoum pair included, and nothing else
 * is merged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryCluster } from '../../digests/clustering/cluster-stories.js';
import { allPairs, clusterOf, pairwiseScores } from '../../digests/clustering/evaluate.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { enrichedSamples, sampleExpectations } from '../support/samples.js';
import { storeAndReadStories } from '../support/stored-stories.js';

describe('stories assigned at ingestion on the sample articles', () => {
  let database: TestDatabase;
  let engine: Engine;
  let clusters: StoryCluster[] = [];
  const gold = new Map<string, string>();

  beforeAll(async () => {
    database = tempSqlite();
    engine = await testEngine(database.target);
    const samples = await enrichedSamples();
    for (const key of samples.keys()) gold.set(key, sampleExpectations[key]?.story ?? key);
    clusters = await storeAndReadStories(engine, samples);
  }, 60_000);

  afterAll(async () => {
    await closeEngine(engine);
    await database.drop();
  });

  it('gives every article one story, merging the same-story pairs and nothing else', () => {
    expect(clusters.flatMap((c) => c.articleIds).sort()).toEqual([...gold.keys()].sort());
    const scores = pairwiseScores(clusters, allPairs(gold));
    const of = clusterOf(clusters);
    const merged = (a: string, b: string): boolean => of.get(a) === of.get(b);
    console.log(
      `[stories at ingestion, samples] ${gold.size} articles, ${clusters.length} stories; pairwise precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)} (tp ${scores.truePositives}, fp ${scores.falsePositives}, fn ${scores.falseNegatives})`,
    );
    expect(scores.falsePositives).toBe(0);
    expect(merged('articles.jsonl#2', 'pages/kufra-raid-sahara-voice.txt')).toBe(true);
    // Arabic and English: found through shared entities, merged on a near-identical set of them.
    expect(merged('articles.jsonl#1', 'feeds/europe-desk.atom#2')).toBe(true);
    expect(scores.recall).toBe(1);
  });
});

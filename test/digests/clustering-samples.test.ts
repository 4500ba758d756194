/**
 * Story clustering on the bundled samples: samples/expectations.json gives each article a story id;
 * three stories are told twice (kufra-raid by two Arabic outlets, sfax-shipwreck by two English ones,
 * khartoum-som-cairo in Arabic and English). Articles are read and enriched by the real pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterStories, type StoryCandidate } from '../../digests/clustering/cluster-stories.js';
import { allPairs, clusterOf, pairwiseScores } from '../../digests/clustering/evaluate.js';
import { enrichedSamples, sampleExpectations } from '../support/samples.js';

describe('clustering the sample articles into stories', () => {
  const candidates: StoryCandidate[] = [];
  const gold = new Map<string, string>();

  beforeAll(async () => {
    for (const [key, article] of await enrichedSamples()) {
      candidates.push({
        id: key,
        title: article.draft.title,
        text: article.draft.text,
        lang: article.lang,
        // Undated samples fall back to an ingestion time, as the digest would.
        time: article.published ?? '2026-11-20T00:00:00Z',
        entityIds: article.mentions.map((m) => m.entityId),
        ...(article.draft.source ? { source: article.draft.source } : {}),
      });
      gold.set(key, sampleExpectations[key]?.story ?? key);
    }
  });

  it('puts every article in exactly one cluster, deterministically', () => {
    const clusters = clusterStories(candidates);
    const ids = clusters.flatMap((c) => c.articleIds).sort();
    expect(ids).toEqual(candidates.map((c) => c.id).sort());
    expect(clusterStories([...candidates].reverse()).map((c) => [...c.articleIds].sort())).toEqual(
      clusters.map((c) => [...c.articleIds].sort()),
    );
  });

  it('merges the same-story pairs and nothing else (pairwise precision 1.0)', () => {
    const clusters = clusterStories(candidates);
    const scores = pairwiseScores(clusters, allPairs(gold));
    const of = clusterOf(clusters);
    const merged = (a: string, b: string): boolean => of.get(a) === of.get(b);
    const crossLanguage = merged('articles.jsonl#1', 'feeds/europe-desk.atom#2');
    console.log(
      `[clustering samples] ${candidates.length} articles, ${clusters.length} clusters; pairwise precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)} (tp ${scores.truePositives}, fp ${scores.falsePositives}, fn ${scores.falseNegatives}); ar/en khartoum pair merged: ${crossLanguage}`,
    );
    console.log(`[clustering samples] multi-article clusters: ${JSON.stringify(clusters.filter((c) => c.articleIds.length > 1).map((c) => c.articleIds))}`);
    expect(scores.falsePositives).toBe(0);
    expect(merged('articles.jsonl#2', 'pages/kufra-raid-sahara-voice.txt')).toBe(true);
    expect(merged('pages/sfax-shipwreck-coastline-times.md', sfaxPartner(gold))).toBe(true);
    // Arabic/English: no shared figures, merged on a near-identical set of entities within a day.
    expect(crossLanguage).toBe(true);
    expect(scores.recall).toBe(1);
  });
});

function sfaxPartner(gold: ReadonlyMap<string, string>): string {
  const ids = [...gold].filter(([, story]) => story === 'sfax-shipwreck').map(([id]) => id);
  return ids.find((id) => id !== 'pages/sfax-shipwreck-coastline-times.md') ?? '';
}

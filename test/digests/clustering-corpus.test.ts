/**
 * Story clustering on the real shared corpus (../shared/corpus), windowed by ISO week of publication
 * as the weekly digest would be. Measured against the cross-outlet title pairs the corpus README
 * announces and against hand-labelled pairs (ids only) in test/fixtures/digests/story-pairs.json:
 * same-event reports, and hard negatives — different events sharing entities within days.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterStories, type StoryCandidate, type StoryCluster } from '../../digests/clustering/cluster-stories.js';
import { clusterOf, type LabelledPair, pairwiseScores } from '../../digests/clustering/evaluate.js';
import { loadBlockers, loadGazetteer } from '../../src/entities/gazetteer.js';
import { createEntityMatcher } from '../../src/entities/matcher.js';
import { cleanDraft } from '../../src/ingest/clean.js';
import { enrich } from '../../src/ingest/enrich.js';
import { corpusArticles, hasCorpus } from '../support/shared-corpus.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/digests/story-pairs.json');
const labelled = (JSON.parse(readFileSync(fixture, 'utf8')) as { pairs: (LabelledPair & { label: string })[] }).pairs;

/** ISO 8601 week of a date-time, e.g. 2018-W26 (in UTC). */
function isoWeek(time: string): string {
  const d = new Date(time);
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

describe.skipIf(!hasCorpus)('clustering the shared corpus into stories, week by week', () => {
  const weeks = new Map<string, StoryCandidate[]>();
  const clusters: StoryCluster[] = [];
  const weekOf = new Map<string, string>();

  beforeAll(() => {
    const matcher = createEntityMatcher(loadGazetteer(), loadBlockers());
    for (const a of corpusArticles()) {
      const article = enrich(
        cleanDraft({ url: `corpus:${a.id}`, title: a.title, text: a.text, published: a.published, lang: a.lang, source: a.source }),
        matcher,
      );
      const candidate: StoryCandidate = {
        id: a.id,
        title: a.title,
        text: a.text,
        lang: a.lang,
        time: a.published,
        entityIds: article.mentions.map((m) => m.entityId),
        source: a.source,
      };
      const week = isoWeek(a.published);
      weekOf.set(a.id, week);
      const list = weeks.get(week);
      if (list) list.push(candidate);
      else weeks.set(week, [candidate]);
    }
    for (const list of weeks.values()) clusters.push(...clusterStories(list));
  }, 120_000);

  it('keeps the cross-outlet same-title pairs together when they fall in the same week', () => {
    const of = clusterOf(clusters);
    const byTitle = new Map<string, { id: string; source: string }[]>();
    for (const a of corpusArticles()) {
      const key = a.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      byTitle.set(key, [...(byTitle.get(key) ?? []), { id: a.id, source: a.source }]);
    }
    const pairs = [...byTitle.values()].filter((list) => list.length === 2 && list[0]?.source !== list[1]?.source);
    const sameWeek = pairs.filter(([x, y]) => weekOf.get(x?.id ?? '') === weekOf.get(y?.id ?? ''));
    const apart = pairs.filter(([x, y]) => of.get(x?.id ?? '') !== of.get(y?.id ?? ''));
    console.log(
      `[clustering corpus] same-title cross-outlet pairs: ${pairs.length}, in one ISO week: ${sameWeek.length}, clustered apart: ${JSON.stringify(apart.map((p) => p.map((x) => x.id)))}`,
    );
    expect(pairs).toHaveLength(5);
    expect(sameWeek).toHaveLength(4);
    for (const [x, y] of sameWeek) expect(of.get(x?.id ?? '')).toBe(of.get(y?.id ?? ''));
  });

  it('reaches precision ≥ 0.9 and recall ≥ 0.8 on the hand-labelled pairs', () => {
    const scores = pairwiseScores(clusters, labelled);
    const inWeek = labelled.filter((p) => weekOf.get(p.a) === weekOf.get(p.b));
    const inWeekScores = pairwiseScores(clusters, inWeek);
    const multi = clusters.filter((c) => c.articleIds.length > 1);
    console.log(
      `[clustering corpus] ${corpusArticles().length} articles in ${weeks.size} ISO weeks → ${clusters.length} clusters (${multi.length} with several articles). ` +
        `Labelled pairs: ${labelled.filter((p) => p.same).length} same-story, ${labelled.filter((p) => !p.same).length} hard negatives. ` +
        `Pairwise precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)} (tp ${scores.truePositives}, fp ${scores.falsePositives}, fn ${scores.falseNegatives}); ` +
        `within one week: recall ${inWeekScores.recall.toFixed(3)}`,
    );
    for (const e of scores.errors) {
      console.log(`[clustering corpus] ${e.same ? 'missed' : 'false merge'}: ${e.a} ~ ${e.b} (${(e as { label?: string }).label ?? ''})`);
    }
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
  });
});

/**
 * Story clustering contracts on small invented inputs: every article once, wire copy merged across
 * outlets, the day window respected, the order of clusters and of their members deterministic.
 */
import { describe, expect, it } from 'vitest';
import { clusterStories, type StoryCandidate } from '../../digests/clustering/cluster-stories.js';

const wire =
  'Italian coast guard vessels rescued 212 migrants from three overcrowded boats south of Lampedusa on Tuesday, ' +
  'the Italian interior ministry said. One woman died during the operation near the island. The boats had left ' +
  'Zuwara in western Libya two days earlier, survivors told aid workers from the charity Sea-Watch.';

function article(id: string, overrides: Partial<StoryCandidate> = {}): StoryCandidate {
  return {
    id,
    title: 'Coast guard rescues 212 migrants off Lampedusa',
    text: wire,
    lang: 'en',
    time: '2026-11-17T09:00:00Z',
    entityIds: ['country:IT', 'country:LY', 'theme:search-and-rescue'],
    ...overrides,
  };
}

const unrelated = article('tax', {
  title: 'Parliament approves budget with new fuel duty',
  text: 'Lawmakers approved the annual budget on Tuesday after a long debate over a new fuel duty and pension spending.',
  entityIds: ['country:IT'],
});

describe('clusterStories', () => {
  it('returns nothing for nothing, and a lone article as its own story', () => {
    expect(clusterStories([])).toEqual([]);
    expect(clusterStories([unrelated])).toEqual([{ articleIds: ['tax'] }]);
  });

  it('merges wire copy republished by several outlets, and only that', () => {
    const candidates = [
      article('a', { source: 'Agency' }),
      article('b', { source: 'Daily', title: 'Italy: 212 migrants rescued near Lampedusa, one dead', time: '2026-11-17T12:00:00Z' }),
      article('c', { source: 'Herald', time: '2026-11-18T08:00:00Z' }),
      unrelated,
    ];
    const clusters = clusterStories(candidates);
    expect(clusters).toHaveLength(2);
    expect([...(clusters[0]?.articleIds ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect(clusters[1]).toEqual({ articleIds: ['tax'] });
  });

  it('never pairs articles further apart than the day window', () => {
    const clusters = clusterStories([article('a', { source: 'Agency' }), article('late', { source: 'Daily', time: '2026-11-27T09:00:00Z' })]);
    expect(clusters).toHaveLength(2);
    // Equal sizes: the newest story first.
    expect(clusters.map((c) => c.articleIds)).toEqual([['late'], ['a']]);
  });

  it('gives the same clusters, in the same order, whatever the input order', () => {
    const candidates = [article('a', { source: 'Agency' }), article('b', { source: 'Daily' }), unrelated, article('c', { source: 'Herald' })];
    expect(clusterStories([...candidates].reverse())).toEqual(clusterStories(candidates));
  });
});

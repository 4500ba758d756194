/**
 * The arrival scorer (story-assignment.ts, one newcomer against its candidates) must score every pair
 * as the week's batch clustering does: the same TF-IDF cosines, computed without building vectors.
 */
import { describe, expect, it } from 'vitest';
import { featuresOf, type StoryCandidate } from '../../digests/clustering/features.js';
import { arrivalCorpus, batchRarity, corpusWith, pairScore } from '../../digests/clustering/similarity.js';

const base: StoryCandidate = {
  id: 'a',
  title: 'Coast guard rescues 212 migrants off Lampedusa',
  text:
    'Italian coast guard vessels rescued 212 migrants from three overcrowded boats south of Lampedusa on Tuesday. ' +
    'One woman died during the operation. The boats had left Zuwara in western Libya two days earlier, survivors said.',
  lang: 'en',
  time: '2026-11-17T09:00:00Z',
  entityIds: ['country:IT', 'country:LY', 'org:sea-watch'],
  source: 'Agency',
};

const articles: StoryCandidate[] = [
  base,
  { ...base, id: 'b', source: 'Daily', title: 'Italy: 212 migrants rescued near Lampedusa, one dead', text: `${base.text} Rescuers praised the crews.` },
  { ...base, id: 'c', title: 'Boat capsizes off Sfax, 17 dead', text: 'A boat carrying migrants capsized off Sfax in Tunisia; 17 bodies were recovered by the coast guard.', entityIds: ['country:TN'] },
  { ...base, id: 'd', lang: 'fr', title: 'Lampedusa : 212 migrants secourus', text: 'Les garde-côtes italiens ont secouru 212 migrants au sud de Lampedusa mardi.', time: '2026-11-17T15:00:00Z' },
  { ...base, id: 'e', title: 'Parliament approves budget', text: 'Lawmakers approved the annual budget after a long debate over fuel duty.', entityIds: ['country:IT'] },
];

describe('arrivalCorpus', () => {
  it('scores every pair as the batch corpus does', () => {
    const features = articles.map((a, i) => featuresOf(a, i));
    const rarity = batchRarity(features);
    const batch = corpusWith(features, rarity);
    const arrival = arrivalCorpus(features, rarity);
    let linked = 0;
    for (const a of features) {
      for (const b of features) {
        if (a === b) continue;
        const expected = pairScore(a, b, batch);
        if (expected >= batch.options.threshold) linked += 1;
        expect(pairScore(a, b, arrival)).toBeCloseTo(expected, 12);
        expect(arrival.textCosines(a, b)).toEqual({
          body: expect.closeTo(batch.textCosines(a, b).body, 12),
          title: expect.closeTo(batch.textCosines(a, b).title, 12),
          lead: expect.closeTo(batch.textCosines(a, b).lead, 12),
        });
      }
    }
    // The pairs compared include links and non-links, so agreement is not agreement on zeros.
    expect(linked).toBeGreaterThan(0);
    expect(linked).toBeLessThan(features.length * (features.length - 1));
  });
});

/** Misspelled topics: the closest names by edit distance in matching form, whole names before words of longer ones. */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/entities/gazetteer.js';
import { createTopicSpelling } from '../../src/search/topic-spelling.js';

const spelling = createTopicSpelling(loadGazetteer());
const closest = (query: string) => spelling.closest(query, 3).map((e) => e.id);

describe('topics a misspelling meant', () => {
  it('finds countries, processes and organisations a letter or two away, in Latin and Arabic script', () => {
    expect(closest('egipt')[0]).toBe('country:EG');
    expect(closest('libia')[0]).toBe('country:LY');
    expect(closest('ليبا')[0]).toBe('country:LY');
    // Two letters swapped; hamza and alef variants are folded before counting, so «ليبيآ» is no edit at all.
    expect(closest('السوادن')[0]).toBe('country:SD');
    expect(closest('ليبيآ')[0]).toBe('country:LY');
    expect(closest('khartum')).toContain('process:khartoum');
    expect(closest('Frontx')).toContain('org:frontex');
    expect(closest('tunisie')).toContain('country:TN');
  });

  it('prefers a whole name to a word of a longer one', () => {
    // "libya" is also a word of the Italy–Libya memorandum's name, a process (listed before countries otherwise).
    expect(closest('libia').slice(0, 2)).toEqual(['country:LY', 'process:italy-libya-mou']);
  });

  it('corrects nothing too short, too long or too far', () => {
    expect(closest('uk')).toEqual([]);
    expect(closest('zzzzzzzz')).toEqual([]);
    expect(closest('the minister said the boats were turned back at sea last week')).toEqual([]);
    expect(closest('')).toEqual([]);
  });
});

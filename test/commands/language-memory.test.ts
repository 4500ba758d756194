/** The language a failure is said in: the person's as last seen, else the script they typed; bounded. */
import { describe, expect, it } from 'vitest';
import { createLanguageMemory } from '../../src/commands/language-memory.js';

describe('the language memory behind failure sentences', () => {
  it('recalls the language last seen for a person, whatever they type', () => {
    const memory = createLanguageMemory();
    memory.remember('slack/T1/U1', 'ar');
    expect(memory.recall('slack/T1/U1', 'follow egypt')).toBe('ar');
    memory.remember('slack/T1/U1', 'en');
    expect(memory.recall('slack/T1/U1', 'تابع مصر')).toBe('en');
  });

  it('guesses from the script typed for someone not seen yet, English when nothing was typed', () => {
    const memory = createLanguageMemory();
    expect(memory.recall('teams/t/u', 'تابع مصر')).toBe('ar');
    expect(memory.recall('teams/t/u', 'follow مصر')).toBe('en');
    expect(memory.recall('teams/t/u')).toBe('en');
  });

  it('forgets the person used longest ago once full', () => {
    const memory = createLanguageMemory(2);
    memory.remember('a', 'ar');
    memory.remember('b', 'ar');
    memory.remember('a', 'ar'); // used again: b is now the oldest
    memory.remember('c', 'ar');
    expect([memory.recall('a'), memory.recall('b'), memory.recall('c')]).toEqual(['ar', 'en', 'ar']);
  });
});

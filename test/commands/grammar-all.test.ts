/** Asking for everything: «brief all» and a topic search ending in "--all" (briefs and cards carry migration news otherwise). */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/grammar.js';

describe('asking for every story, not only migration news', () => {
  it('reads «brief all» in English, French and Arabic, and "brief" alone as migration news', () => {
    expect(parseCommand('brief')).toEqual({ kind: 'brief' });
    for (const text of ['brief all', 'brief --all', 'brief everything', 'brief tout', 'موجز الكل']) expect(parseCommand(text), text).toEqual({ kind: 'brief', all: true });
  });

  it('keeps other words after brief a search, as before', () => {
    expect(parseCommand('brief on deportations')).toEqual({ kind: 'search', query: 'brief on deportations' });
  });

  it('a search ending in --all asks for the topic card with every story', () => {
    expect(parseCommand('egypt --all')).toEqual({ kind: 'search', query: 'egypt', all: true });
    expect(parseCommand('egypt')).toEqual({ kind: 'search', query: 'egypt' });
  });
});

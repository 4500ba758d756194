/** The bounded memo the tokeniser and other per-word tables look words up in by their span in a text. */
import { describe, expect, it } from 'vitest';
import { SpanMemo } from '../../src/text/span-memo.js';

describe('SpanMemo', () => {
  it('finds a word by its span in any text, and hands back its own copy of the word', () => {
    const memo = new SpanMemo<number>(100);
    memo.add('مهاجرين', 1);
    memo.add('migrants', 2);
    const text = 'Des migrants et des مهاجرين';
    const latin = memo.find(text, 4, 12);
    expect(memo.valueAt(latin)).toBe(2);
    expect(memo.keyAt(latin)).toBe('migrants');
    expect(memo.valueAt(memo.find(text, 20, 27))).toBe(1);
    expect(memo.find(text, 4, 11)).toBe(-1); // "migrant": a prefix is another word
    expect(memo.find(text, 0, 3)).toBe(-1);
  });

  it('keeps every word as it grows, and empties itself once it holds its stated size', () => {
    const memo = new SpanMemo<number>(5_000);
    for (let i = 0; i < 5_000; i++) memo.add(`word${i}`, i);
    expect(memo.size).toBe(5_000);
    for (let i = 0; i < 5_000; i += 499) expect(memo.valueAt(memo.find(`a word${i} b`, 2, 2 + `word${i}`.length))).toBe(i);
    memo.add('one more', -1);
    expect(memo.size).toBe(1);
    expect(memo.find('word7', 0, 5)).toBe(-1);
    expect(memo.valueAt(memo.find('one more', 0, 8))).toBe(-1);
  });
});

/** Plain-text safety for TextBlocks: Markdown, list markers, card functions and bidi tricks neutralised; only http(s) links. */
import { describe, expect, it } from 'vitest';
import { cardText, safeCardUrl } from '../../../adapters/teams/cards/text.js';

describe('Teams card text', () => {
  it('neutralises Markdown and leading list or quote markers, keeping the words', () => {
    expect(cardText('[Click](https://evil.example) **now**')).toBe('［Click］(https://evil.example) ∗∗now∗∗');
    expect(cardText('1. first')).toBe('1․ first');
    expect(cardText('- item')).toBe('‐ item');
    expect(cardText('> quote')).toBe('› quote');
    expect(cardText('{{DATE(2026-11-20T09:30:00Z, SHORT)}}')).toBe('{｛DATE(2026-11-20T09:30:00Z, SHORT)}}');
    expect(cardText('Ministry (AFP) says 2-3')).toBe('Ministry (AFP) says 2-3');
  });

  it('removes bidi and control characters, collapses whitespace and cuts on a code point', () => {
    expect(cardText('a\u202Eb\u0007c\n\n d')).toBe('abc d');
    expect(cardText('😀😀😀', 4)).toBe('😀…');
  });

  it('links only http(s) URLs', () => {
    expect(safeCardUrl('https://news.example.org/a b')).toBe('https://news.example.org/a%20b');
    expect(safeCardUrl('file:///etc/passwd')).toBeNull();
    expect(safeCardUrl('javascript:alert(1)')).toBeNull();
    expect(safeCardUrl(`https://x.example/${'a'.repeat(2100)}`)).toBeNull();
  });
});

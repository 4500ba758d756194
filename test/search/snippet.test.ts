import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/entities/types.js';
import { makeSnippet, SCAN_CHARS, snippetsFor } from '../../src/search/snippet.js';

/** Filler prose that names nothing a test searches for, `chars` long. */
function filler(chars: number): string {
  const sentence = 'The committee met again on Tuesday and adjourned without a vote. ';
  return sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
}

const libya: EntityRecord = {
  id: 'country:ly',
  kind: 'country',
  names: { en: 'Libya', ar: 'ليبيا' },
  aliases: [{ text: 'Libya' }, { text: 'ليبيا', lang: 'ar' }, { text: 'Libye', lang: 'fr' }],
  origin: 'gazetteer',
};

describe('search snippets', () => {
  it('shows the first place the query is named, in context, cut at word boundaries', () => {
    const text = `${filler(3_000)} Coast guards said forty migrants drowned near the shore. ${filler(600)}`;
    const snippet = makeSnippet(text, 'drowned', [], 'The summary.');
    expect(snippet).toMatch(/^…/);
    expect(snippet).toMatch(/…$/);
    expect(snippet).toContain('forty migrants drowned near the shore');
    expect(snippet.length).toBeLessThanOrEqual(202);
  });

  it('finds an Arabic word under its clitics and a French word after an elision', () => {
    const arabic = `${filler(1_500)} وقال المتحدث إن السفينة وصلت بليبيا صباح الأحد. ${filler(300)}`;
    expect(makeSnippet(arabic, 'ليبيا', [], '')).toContain('وصلت بليبيا صباح');
    const french = `${filler(900)} Le débat sur l'immigration reprend au Sénat. ${filler(300)}`;
    expect(makeSnippet(french, 'immigration', [], '')).toContain("Le débat sur l'immigration reprend");
  });

  it("shows where an article names a topic of the query in another language, for each result's own topics", () => {
    const snippets = snippetsFor('libya');
    const arabic = `${filler(700)} أعلنت السلطات في ليبيا إنقاذ مئة مهاجر. ${filler(200)}`;
    expect(snippets.of(arabic, [libya], '')).toContain('السلطات في ليبيا إنقاذ');
    // The same page, a result that does not mention the topic: nothing to show but its summary.
    expect(snippets.of(arabic, [], 'ملخص الخبر')).toBe('ملخص الخبر');
  });

  it('reads a word whole where no space ends a window early (a rule of dashes, a long link)', () => {
    const text = `${'-'.repeat(196)}deportation flights resumed on Monday.`;
    expect(makeSnippet(text, 'deportation', [], 'Summary.')).toContain('deportation flights resumed');
  });

  it('reads a long article only so far, then shows its summary', () => {
    const early = `${filler(SCAN_CHARS - 500)} Officials confirmed the deportation flights. ${filler(2_000)}`;
    expect(makeSnippet(early, 'deportation', [], 'Summary.')).toContain('confirmed the deportation flights');
    const late = `${filler(SCAN_CHARS + 500)} Officials confirmed the deportation flights.`;
    expect(makeSnippet(late, 'deportation', [], 'Summary.')).toBe('Summary.');
  });
});

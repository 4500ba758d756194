/** The clean stage: what an article's display text keeps and loses before anything else sees it. */
import { describe, expect, it } from 'vitest';
import { cleanDraft } from '../../src/ingest/clean.js';

const draft = (title: string, text: string) => ({ url: 'https://news.example/a', title, text, published: null });

describe('cleanDraft', () => {
  it('drops bidi overrides, zero-width and control characters but keeps ZWNJ and paragraphs', () => {
    const cleaned = cleanDraft(draft('\u202Eegypt\u202C update\u200B', 'First\u00AD line\u0085.\r\n\r\n\r\nمی\u200Cخواهم\u0000 here.'));
    expect(cleaned.title).toBe('egypt update');
    expect(cleaned.text).toBe('First line.\n\nمی\u200Cخواهم here.');
  });

  it('uses the headline as text for a headline-only item and refuses an item with no title', () => {
    expect(cleanDraft(draft('Only a headline', '  ')).text).toBe('Only a headline');
    expect(() => cleanDraft(draft(' \u200F ', 'body'))).toThrow('article has no title');
  });
});

/**
 * Saved web pages as .txt/.md: headline, datelines above or below it, end-of-page debris in Arabic
 * and English, Markdown, encodings and control characters, and the error cases.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/errors.js';
import { parseTextArticle } from '../../src/ingest/text-article.js';
import { corpusArticles, hasCorpus } from '../support/shared-corpus.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/text');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

function invalid(raw: string): InvalidInput {
  try {
    parseTextArticle(raw);
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error('expected InvalidInput');
}

describe('parseTextArticle on saved pages', () => {
  it('Arabic page: BOM, CRLF, RLM, dateline above the title, debris at the end', () => {
    const raw = fixture('dateline-above.ar.txt');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw).toContain('\r\n');
    const article = parseTextArticle(raw);
    expect(article.title).toBe('الحكومة تعلن خطة جديدة لاستقبال طالبي اللجوء على حدودها الجنوبية');
    expect(article.published).toBe('2024-05-14T09:30:00');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^أعلنت وزارة الداخلية/);
    expect(paragraphs[3]).toMatch(/عادلة وسريعة\.$/);
    expect(article.text).not.toMatch(/[\r\uFEFF\u200F]/);
    for (const debris of ['اقرأ أيضا', 'وزير الخارجية يبحث', 'أخبار ذات صلة', 'غرق قارب', 'شارك', 'تابعونا', 'قيّم', '★', 'تعليق']) {
      expect(article.text).not.toContain(debris);
    }
  });

  it('English Markdown page: heading marks, dateline and byline below the title, debris at the end', () => {
    const article = parseTextArticle(fixture('dateline-below.en.md'));
    expect(article.title).toBe('Coastal towns ask for more support as arrivals rise');
    expect(article.published).toBe('2024-05-14T10:05:00');
    const paragraphs = article.text.split('\n\n');
    // Hard-wrapped lines are joined back into their paragraphs.
    expect(paragraphs).toEqual([
      'Mayors of three coastal towns asked the national government on Tuesday for emergency funding to house people arriving by sea, saying local shelters were already full.',
      'The request follows a week in which more than 600 people reached the towns in small boats. The interior ministry said it was "reviewing the figures".',
      'Aid groups said the reception centres lacked interpreters and legal advice, and warned that families with young children were sleeping outdoors.',
      'A spokesperson for the regional council said a decision on the funding was expected before the end of the month.',
    ]);
    for (const debris of ['Published', 'By Jane Doe', 'Advertisement', 'Read more', 'Related', 'Rescue ship', 'Share', 'Tags', 'Rate', '★', 'comments', '](', '**']) {
      expect(article.text).not.toContain(debris);
    }
  });

  it('Arabic Markdown: bold heading, relative timestamp, date taken from a "today" lead', () => {
    const article = parseTextArticle(fixture('today-in-lead.ar.md'));
    expect(article.title).toBe('مفوضية اللاجئين تطلق نداء تمويل عاجلا للنازحين في الإقليم');
    expect(article.published).toBe('2019-06-12');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain('نداء لجمع تمويل عاجل');
    expect(article.text).not.toContain('منذ 3 ساعات');
    expect(article.text).not.toContain('مواضيع ذات صلة');
    // A date further down is about something else and stays in the text.
    expect(paragraphs[2]).toContain('3 آذار 2018');
  });

  it('keeps one paragraph per line when the file has no blank lines', () => {
    const article = parseTextArticle(
      [
        'Border agency hires 200 new staff',
        'The agency said the new staff would process asylum claims at three ports',
        'Unions welcomed the move but said training would take months',
      ].join('\n'),
    );
    expect(article.text.split('\n\n')).toHaveLength(2);
    expect(article.published).toBeNull();
  });

  it('does not mistake sentences that start like furniture for debris', () => {
    const article = parseTextArticle(
      [
        'Ministers meet on migration pact',
        '',
        'Ministers from ten countries met in Rome to discuss the pact.',
        '',
        'Share prices of ferry operators fell after the announcement, analysts said.',
        '',
        'شارك الوزير في الاجتماع الذي استمر ثلاث ساعات وناقش ملف الهجرة.',
        '',
        'مشاركة واسعة في النقاش',
        '',
        'Related issues were left for the next meeting, which is due in June.',
        '',
        'Share on Facebook',
        'تابعونا على فيسبوك وتويتر',
      ].join('\n'),
    );
    expect(article.text.split('\n\n')).toHaveLength(5);
    expect(article.text).not.toMatch(/Facebook|فيسبوك/);
  });

  it('cuts a long related-news list even when it is longer than the article', () => {
    const list = Array.from({ length: 12 }, (_, i) => `عنوان خبر آخر عن الهجرة رقم ${i + 1}`);
    const article = parseTextArticle(
      ['عنوان الخبر', '', 'نص قصير للخبر يتحدث عن وصول قارب إلى الجزيرة.', '', 'أخبار ذات صلة', ...list].join('\n'),
    );
    expect(article.text).toBe('نص قصير للخبر يتحدث عن وصول قارب إلى الجزيرة.');
  });

  it('reads a dateline from the top even with only Arabic day-first numeric dates', () => {
    const article = parseTextArticle('تاريخ النشر: ٠٢/٠٧/٢٠٢٤\nعنوان الخبر\nنص الخبر هنا.');
    expect(article).toEqual({ title: 'عنوان الخبر', text: 'نص الخبر هنا.', published: '2024-07-02' });
  });
});

describe('parseTextArticle errors', () => {
  it('rejects an empty file', () => {
    expect(invalid('').message).toMatch(/no title/);
  });

  it('rejects a file with only whitespace and control characters', () => {
    expect(invalid(fixture('whitespace-only.txt')).message).toMatch(/no title/);
  });

  it('rejects a title without a body', () => {
    expect(invalid(fixture('title-only.md')).message).toMatch(/no body text after the title "A headline with nothing under it"/);
  });

  it('rejects binary content with NUL bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = invalid(png.toString('utf8'));
    expect(error.message).toMatch(/not a text file/);
    expect(error.code).toBe('invalid_input');
  });

  it('rejects bytes that are mostly not UTF-8', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x20 : 0x80 + (i % 64))));
    expect(invalid(bytes.toString('utf8')).message).toMatch(/not a text file/);
  });
});

describe.skipIf(!hasCorpus)('parseTextArticle on the shared corpus', () => {
  it('keeps the headline and the body of real articles saved as text', () => {
    let shortened = 0;
    const articles = corpusArticles();
    for (const article of articles) {
      const parsed = parseTextArticle(`${article.title}\n\n${article.text}`);
      // Format characters (LRM, LRE…) are the only change allowed in a title.
      expect(parsed.title, article.id).toBe(article.title.replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim());
      const before = article.text.replace(/[\s\p{Cf}]/gu, '').length;
      const after = parsed.text.replace(/\s/g, '').length;
      if (after < before * 0.97) shortened += 1;
      // Real articles hold no page furniture to speak of; at most a rule or a short promo line goes.
      expect(after, article.id).toBeGreaterThan(before * 0.9);
    }
    console.info(`[text-article] corpus: ${articles.length} articles, ${shortened} shortened by more than 3%`);
  });
});

import { describe, expect, it } from 'vitest';

import { htmlToText } from '../../../src/ingest/readers/html-text.js';

describe('htmlToText', () => {
  it('keeps paragraphs as blank-line separated blocks and <br> as a line break', () => {
    const html = '<p>الفقرة   الأولى\n عن الهجرة.</p><p>الفقرة الثانية<br>سطر جديد</p><div>كتلة</div>';
    expect(htmlToText(html)).toBe('الفقرة الأولى عن الهجرة.\n\nالفقرة الثانية\nسطر جديد\n\nكتلة');
  });

  it('decodes entities and drops scripts, styles and comments', () => {
    const html = '<p>AT&amp;T &laquo;quoted&raquo; &#1593;</p><script>var x = "<p>no</p>";</script><style>p{}</style><!-- hidden -->';
    expect(htmlToText(html)).toBe('AT&T «quoted» ع');
  });

  it('keeps list items apart and inline markup inline', () => {
    expect(htmlToText('<ul><li>one <b>bold</b> item</li><li>two</li></ul>')).toBe('one bold item\n\ntwo');
  });

  it('passes plain text through, keeping its paragraphs', () => {
    expect(htmlToText('first  line\n\nsecond')).toBe('first line\n\nsecond');
  });

  it('does not let a stray </body> in a fragment move text around', () => {
    expect(htmlToText('<p>a</p></body></html><p>b</p>')).toBe('a\n\nb');
  });
});

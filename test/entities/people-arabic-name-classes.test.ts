/**
 * Classes of Arabic names the finder read wrongly: the Sudanese connector «ود» and a connector before a known
 * person's surname (a relative, not that person), a title with a possessive ending, and a place noun after a
 * title (the title's body, not a name). Sentences written for these tests; the names are made up.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

function expectNames(cases: ReadonlyArray<readonly [sentence: string, names: readonly string[]]>): void {
  for (const [sentence, names] of cases) expect(extract(sentence).people.map((p) => p.names.ar), sentence).toEqual(names);
}

describe('Arabic name connectors', () => {
  it('reads «ود» (son of) inside a name as «بن» and «ولد» are', () => {
    expectNames([
      ['وقال القيادي محمد ود إبراهيم إن الوضع صعب.', ['محمد ود إبراهيم']],
      ['وقال الناشط أحمد ود عمر إن القوات انسحبت.', ['أحمد ود عمر']],
      ['وقال المتحدث عبد الرحيم ود حمدان إن القوات انسحبت.', ['عبد الرحيم ود حمدان']],
    ]);
  });

  it('reads a known person\'s surname after a connector as a relative\'s family name, not that person', () => {
    const sentence = 'وقال قائد قوات الدعم السريع عبد الرحيم ود دقلو إن القوات انسحبت.';
    expectNames([[sentence, ['عبد الرحيم ود دقلو']]]);
    expect(extract(sentence).mentions.map((m) => m.entityId)).not.toContain('person:mohamed-hamdan-dagalo');
  });
});

describe('a title with a possessive ending', () => {
  it('opens a name as the title with its article does', () => {
    expectNames([
      ['وقال محاميهما سامي دوبري إن القضية مستمرة.', ['سامي دوبري']],
      ['وقالت محاميتها كريمة دوبري إن القضية مستمرة.', ['كريمة دوبري']],
      ['وقال مستشارهم حسن طرابلسي إن القضية مستمرة.', ['حسن طرابلسي']],
    ]);
  });
});

describe('a place noun after a title', () => {
  it('is the body the title heads, never a name', () => {
    expectNames(
      [
        'وقال رئيس مجلس مدينة غريان إن الوضع صعب.',
        'وقال رئيس مجلس بلدة الزنتان إن الوضع صعب.',
        'وقال رئيس مجلس قرية الحاج أحمد إن الوضع صعب.',
        'وقال عميد بلدية الكفرة إن الوضع صعب.',
        'وقال محافظ محافظة دهوك إن الوضع صعب.',
        'وقال رئيس المجلس منطقة الجنوب إن الوضع صعب.',
      ].map((sentence) => [sentence, []]),
    );
  });

  it('still lets a name after the place be read', () => {
    expectNames([['وقال رئيس بلدية زوارة حافظ بن ساسي إن الوضع صعب.', ['حافظ بن ساسي']]]);
  });
});

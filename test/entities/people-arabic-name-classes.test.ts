/**
 * Classes of Arabic names the finder read wrongly: the Sudanese connector «ود» and a connector before a known
 * person's surname (a relative, not that person), a title with a possessive ending, a title that is also a
 * name (أمير, الأمين) inside a name, a place noun after a title (the title's body, not a name), and foreign
 * given names that fold onto the article («إليو»). Sentences written for these tests; the names are made up.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const RELATIVE = 'وقال قائد قوات الدعم السريع عبد الرحيم ود دقلو إن القوات انسحبت.';

/** What each case shows, and its sentences with the people they name (none for a trap). */
const CASES: ReadonlyArray<readonly [what: string, cases: ReadonlyArray<readonly [sentence: string, names: readonly string[]]>]> = [
  ['«ود» (son of) joins a name as «بن» and «ولد» do', [
    ['وقال القيادي محمد ود إبراهيم إن الوضع صعب.', ['محمد ود إبراهيم']],
    ['وقال الناشط أحمد ود عمر إن القوات انسحبت.', ['أحمد ود عمر']],
    ['وقال المتحدث عبد الرحيم ود حمدان إن القوات انسحبت.', ['عبد الرحيم ود حمدان']],
  ]],
  ['a known person\'s surname after a connector is a relative\'s family name', [[RELATIVE, ['عبد الرحيم ود دقلو']]]],
  ['a title that is also a name, between a given name and more name or a role, is part of the name', [
    ['وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن المفاوضات مستمرة.', ['حسين أمير عبد اللهيان']],
    ['وقالت سلمى أمير عبد الرحمن إن الوضع صعب.', ['سلمى أمير عبد الرحمن']],
    ['وقالت رولا الأمين مديرة الإعلام في المكتب إن الوضع صعب.', ['رولا الأمين']],
  ]],
  ['that title stays a title before its body or portfolio', [
    ['وقال محمد أمين عام الحزب إن الوضع صعب.', []],
    ['وقال الشيخ تميم أمير البلاد إن الوضع صعب.', []],
    ['وقال سامي الأمين العام للحزب إن الوضع صعب.', []],
    ['والتقى محمد بن سلمان أمير منطقة الرياض.', []],
  ]],
  ['a title with a possessive ending opens a name as with its article', [
    ['وقال محاميهما سامي دوبري إن القضية مستمرة.', ['سامي دوبري']],
    ['وقالت محاميتها كريمة دوبري إن القضية مستمرة.', ['كريمة دوبري']],
    ['وقال مستشارهم حسن طرابلسي إن القضية مستمرة.', ['حسن طرابلسي']],
  ]],
  ['a place noun after a title is the body it heads, never a name', [
    ['وقال رئيس مجلس مدينة غريان إن الوضع صعب.', []],
    ['وقال رئيس مجلس بلدة الزنتان إن الوضع صعب.', []],
    ['وقال رئيس مجلس قرية الحاج أحمد إن الوضع صعب.', []],
    ['وقال عميد بلدية الكفرة إن الوضع صعب.', []],
    ['وقال محافظ محافظة دهوك إن الوضع صعب.', []],
    ['وقال رئيس المجلس منطقة الجنوب إن الوضع صعب.', []],
  ]],
  ['a foreign given name written with hamza and «ل» («إليو», «إلسا») is no article', [
    ['وقال المدرب إليو سانشيز إن الفريق مستعد.', ['إليو سانشيز']],
    ['وقالت المحامية إلسا موران إن القضية مستمرة.', ['إلسا موران']],
  ]],
  ['a particle or a word with case endings after hamza and «ل» is still no name', [
    ['وقال المسؤول ألا توافق الحكومة على الخطة.', []],
    ['وقال المدرب إن لاعبا ألمانيًّا يلعب الآن.', []],
  ]],
  ['a name after the place is still read', [['وقال رئيس بلدية زوارة حافظ بن ساسي إن الوضع صعب.', ['حافظ بن ساسي']]]],
];

describe('classes of Arabic names', () => {
  for (const [what, cases] of CASES) {
    it(what, () => {
      for (const [sentence, names] of cases) expect(extract(sentence).people.map((p) => p.names.ar), sentence).toEqual(names);
    });
  }

  it('does not mention the known person whose surname a relative bears', () => {
    expect(extract(RELATIVE).mentions.map((m) => m.entityId)).not.toContain('person:mohamed-hamdan-dagalo');
  });
});

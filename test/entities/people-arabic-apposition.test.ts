/**
 * Arabic names that close a title whose body or place the word lists do not know, and whose given name is on
 * no list: only the frame shows them (a reporting verb before the title and «إن/أن» after the name, or commas
 * around the name). Sentences written for these tests; the names are made up.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

/** Each sentence with the people it names (none for a trap). */
function expectNames(cases: ReadonlyArray<readonly [sentence: string, names: readonly string[]]>): void {
  for (const [sentence, names] of cases) expect(extract(sentence).people.map((p) => p.names.ar), sentence).toEqual(names);
}

const MAYOR = 'وقالت رئيسة بلدية فالنسيا آدا كوريلو إن المدينة ستستقبل المهاجرين.';

describe('a name between a title opened by a reporting verb and «إن/أن» (or the preposition the verb takes)', () => {
  it('reads a name no list knows after a body and a place no list knows, with the title as its role', () => {
    expectNames([
      [MAYOR, ['آدا كوريلو']],
      ['وقال مراسل الإذاعة في فيينا نيك هاربر إن البرلمان سيصوت.', ['نيك هاربر']],
      ['وأعلن رئيس اتحاد عمال الموانئ سعيد عبد اللطيفي أن الإضراب مستمر.', ['سعيد عبد اللطيفي']],
      ['وكشف رئيس نقابة عمال الموانئ أنور بلقيت عن ارتفاع الشكاوى.', ['أنور بلقيت']],
      ['ودعت رئيسة بلدية فالنسيا آدا كوريلو إلى استقبال المهاجرين.', ['آدا كوريلو']],
    ]);
    expect([...extract(MAYOR).roles.values()].flat()[0]?.title).toContain('رئيسة');
  });

  it('leaves the last words of a title, a phrase or a verb before «إن»', () => {
    expectNames(
      [
        'وقال رئيس الوزراء في مقابلة تلفزيونية إن الوضع صعب.',
        'وقال رئيس اتحاد الغرف التجارية فرع سبها إن الوضع صعب.',
        'وقال رئيس لجنة الأزمة بالمدينة إن الوضع صعب.',
        'وسأل المحلل إلى أي حد يمكن أن يذهب التوتر.',
        'وقال مسؤول أمني ليبي رفيع إن الوضع صعب.',
        'وأكد رئيس الوزراء في كلمة ألقاها على ضرورة الحوار.',
        'وتحدث رئيس الحكومة أمام النواب عن الأزمة.',
      ].map((sentence) => [sentence, []]),
    );
  });
});

describe('a name set off by commas after a title written in full', () => {
  it('reads it, though the title ends on a word no list knows', () => {
    expectNames([
      ['وقالت المتحدثة باسم وزارة الأمن الداخلي، كيتي فالدمان، السبت، إن هناك أزمة.', ['كيتي فالدمان']],
      ['والتقت الوزيرة مع مساعد وزير الخارجية لشؤون السكان والهجرة، كارين أوبرايان، في عمان.', ['كارين أوبرايان']],
    ]);
  });

  it('leaves a time, a place or a clause between the commas', () => {
    expectNames(
      [
        'وقال رئيس الوزراء، الأحد، إن الوضع صعب.',
        'وقال المتحدث باسم الحكومة، عقب الاجتماع، إن الوضع صعب.',
        'وأضاف المسؤول، متحدثا للصحفيين، أن الوضع صعب.',
        'وقال وزير الداخلية، ونظيره الفرنسي، إن الوضع صعب.',
        'وكان المرشح الأبرز في الانتخابات الرئاسية، إذ استطاع، في نوفمبر، الفوز.',
      ].map((sentence) => [sentence, []]),
    );
  });
});

describe('a name before «one of the …» in apposition', () => {
  it('reads the name before «أحد/إحدى» and a plural with the article, and no source so described', () => {
    expectNames([
      ['وقالت ماريون بيرغر إحدى المتطوعات في الجمعية إن الطعام نفد.', ['ماريون بيرغر']],
      ['وقال مسؤول أمني أحد المسؤولين في الوزارة إن الوضع صعب.', []],
      ['وقال سكان محليون أحد المتضررين إن الماء انقطع.', []],
    ]);
  });
});

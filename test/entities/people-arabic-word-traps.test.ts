/**
 * Arabic words that read like a name's and are not: a given name spelt like a verb after a particle that
 * governs verbs, a long plural with the article after a name, a verb and «preposition + noun + his» after «و».
 * Sentences written for these tests; the names are made up.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const namesIn = (sentence: string) => extract(sentence).people.map((p) => p.names.ar);

describe('words that only look like part of a name', () => {
  it('reads «يزيد» after «أن» as the verb, and as a name where a name stands', () => {
    expect(namesIn('ويمكن للبنك المركزي أن يزيد معدل الفائدة على القروض.')).toEqual([]);
    expect(namesIn('وقال يزيد الصواف، الباحث في المركز، إن الأزمة طويلة.')).toEqual(['يزيد الصواف']);
  });

  it('ends a name before a long plural with the article, not before a short family name so ending', () => {
    expect(namesIn('وشارك لطفي المرايحي الاحتفالات في الساحة.')).not.toContain('لطفي المرايحي الاحتفالات');
    expect(namesIn('وقال اللاعب حسين الشحات إن الفريق جاهز.')).toEqual(['حسين الشحات']);
  });

  it('does not take «و» + a verb + «ب… ه» after a name for the next name of a list', () => {
    expect(namesIn('والتقى الشاعر سليم الحداد وتأثر بأفكاره كثيرا.')).toEqual(['سليم الحداد']);
  });

  it('reads a family name that looks like «ب/ل + ال» before a role, not a conjunction before «بالرئيس»', () => {
    expect(namesIn('وأكد رضا بالعيد رئيس فرع الهلال الأحمر أن المركز مغلق.')).toEqual(['رضا بالعيد']);
    expect(namesIn('وانتهى التصويت بفوز الشيخ محمود والإطاحة بالرئيس السابق.')).not.toContain('محمود والإطاحة');
  });

  it('reads two words before an age after a country adjective, not after any word', () => {
    expect(namesIn('اتهمت الوزارة السوري ناصح حمدون (47 عاما) بتشغيل شبكة.')).toEqual(['ناصح حمدون']);
    expect(namesIn('وأشارت الوالدة إلى أن هذا أمر طبيعي لديهم (الإسرائيليين).')).toEqual([]);
  });

  it('reads no name in a place of nature or in «لل» + a noun, and keeps a family name read as «ف + ال»', () => {
    expect(namesIn('ووصل المهاجرون إلى جزيرة كوريو، وهي منتجع في الجنوب.')).toEqual([]);
    expect(namesIn('وبعد تجاهل مايكل للرسالة، بعث له المحامي إشعارا.')).toEqual([]);
    expect(namesIn('وقالت لوتشيانا فالديراما، مديرة الجمعية، إن العدد ارتفع.')).toEqual(['لوتشيانا فالديراما']);
  });

  it('reads no name in a feminine noun and its adjective after a title, and reads a woman named there', () => {
    expect(namesIn('ونقل رئيس الوزراء رسالة شفهية إلى الرئيس.')).toEqual([]);
    expect(namesIn('وقالت وزيرة الهجرة فاطمة الزهراء بنعلي إن الخطة جاهزة.')).toEqual(['فاطمة الزهراء بنعلي']);
  });
});

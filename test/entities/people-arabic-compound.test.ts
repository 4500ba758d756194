/**
 * Arabic names longer than two words and the cues that introduce them (issue 14), on sentences written
 * for these tests after common press wording: compound names bound by عبد/أبو/بن/آيت, a father's name
 * in the middle after a title, a spokesman of a one-word body, and what must stay out of a name.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const peopleIn = (text: string) => extract(text).people.map((p) => p.names.ar ?? p.names.en);

describe('compound Arabic names', () => {
  it('reads a five-word name whose parts are bound by عبد and أبو', () => {
    expect(peopleIn('وتناولت الندوة بحثا للدكتور كامل عبد الله أبو شمالة، الأستاذ في جامعة الأزهر.')).toEqual(['كامل عبد الله أبو شمالة']);
  });

  it('reads a father’s name and a family name with أبو after a title', () => {
    expect(peopleIn('وقدم الدكتور نادر علي أبو زيد أستاذ التاريخ ورقة عن المخيمات.')).toEqual(['نادر علي أبو زيد']);
  });

  it('reads a list of names given after a plural noun', () => {
    expect(peopleIn('والأشخاص الخاضعون للعقوبات هم مصعب أبو خليل ومحمد قرقاش وعبد الرحمن سالم.')).toEqual(['مصعب أبو خليل', 'محمد قرقاش', 'عبد الرحمن سالم']);
  });

  it('does not take the verb after a given name and a بن unit for a family name', () => {
    expect(peopleIn('وفي المقابلة، حمد بن سويلم يتكلم، بهدوء عن الوساطة.')).not.toContain('حمد بن سويلم يتكلم');
    expect(peopleIn('وقال حمد بن سويلم إن الوساطة مستمرة.')).toEqual(['حمد بن سويلم']);
  });

  it('keeps an Amazigh آيت name whole after a role noun', () => {
    expect(peopleIn('ويحيي الحفل الفنان الحسين آيت أوحمو، إلى جانب فرق محلية.')).toEqual(['الحسين آيت أوحمو']);
  });
});

describe('three plain words after a title', () => {
  it('takes them when punctuation closes them and a given name opens them', () => {
    expect(peopleIn('وأكد وزير الخارجية الإسباني، خوسي لويس مارتينيث، أن التعاون مستمر.')).toEqual(['خوسي لويس مارتينيث']);
    expect(peopleIn('وحضر رئيس مفوضية الاتحاد الإفريقي موسى علي داود، والسفراء المعتمدون.')).toEqual(['موسى علي داود']);
  });

  it('leaves three words that open with no given name', () => {
    expect(peopleIn('ونقلت الوكالة عن متحدث باسم قاعدة بحرية قريبة، أن السفينة وصلت.')).toEqual([]);
  });
});

describe('more ways a title introduces a name', () => {
  it('reads a spokesman for a one-word body the gazetteer does not know', () => {
    expect(peopleIn('لكن الناطق باسم البنتاغون جيري ميلر أشار إلى أن الطلب لم يصل.')).toEqual(['جيري ميلر']);
  });

  it('reads a name after the head of a body named after its kind («لمنظمة العفو»)', () => {
    expect(peopleIn('وأوضح الأمين العام لمنظمة الرحمة، سامر الحلبي، أن المخيم مكتظ.')).toEqual(['سامر الحلبي']);
  });

  it('reads three words opened by a given name and closed by a role with its article', () => {
    expect(peopleIn('وذلك حسب أحمد نبيل قاسم المحلل السياسي في رام الله.')).toEqual(['أحمد نبيل قاسم']);
    expect(peopleIn('وكان النائب علي عمار حين وضع أمين عام الحزب في الصورة.')).toEqual(['علي عمار']);
  });

  it('reads a name between a reporting verb and a role, and after يدعى', () => {
    expect(peopleIn('أجابت رنا الخطيب المسؤولة عن شؤون الأسرة بأن العمل مستمر.')).toEqual(['رنا الخطيب']);
    expect(peopleIn('ونجح شاب يدعى طه سرور في تحويل الحارة إلى معرض.')).toEqual(['طه سرور']);
  });

  it('reads a given name whose first letters look like a preposition', () => {
    expect(peopleIn('وأبرز لحسن بنعلي، رئيس اللجنة، أن الحوار ضروري.')).toEqual(['لحسن بنعلي']);
  });
});

describe('names listed with commas', () => {
  it('reads the uncued names of a list between names it knows', () => {
    const text = 'وكتبت عن المنفى روائيات كثيرات، سميرة الناصر، عالية ممدوح، ميسلون شكري، هيام حسين، صبيحة شبر، وفاتن الجابري.';
    expect(peopleIn(text)).toEqual(expect.arrayContaining(['ميسلون شكري', 'هيام حسين', 'صبيحة شبر', 'فاتن الجابري']));
  });

  it('does not read one apposition after a name as a list', () => {
    expect(peopleIn('منح نجم المنتخب المصري، محمد صلاح، فريقه الإنجليزي، ليفربول، الفوز.')).toEqual(['محمد صلاح']);
    expect(peopleIn('وقال عادل أمزيان، فاعل جمعوي، في تصريح للموقع إن الموسم جيد.')).toEqual(['عادل أمزيان']);
  });
});

describe('what stays out of an Arabic name', () => {
  it('does not start a name inside ابن … or أبو …', () => {
    expect(peopleIn('وكما كتب ابن خلدون منذ قرون، فإن العمران يتبع الأمن.')).toEqual([]);
  });

  it('does not join a title at the end of a line to the words of the next', () => {
    expect(peopleIn('كاتبة وناشطة\nعرفت سلمى شهرة واسعة في بلدها.')).toEqual([]);
  });

  it('ends a name before an age, a prize or a reported saying', () => {
    expect(peopleIn('وكشفت الشرطة أن التونسي كريم بن سالم البالغ من العمر 30 عاما وصل بحرا.')).toEqual(['كريم بن سالم']);
    expect(peopleIn('ونقل البيان عن الملك عبد الله قوله إن الحدود آمنة.')).toEqual([]);
  });

  it('does not read a preposition and its noun as a name', () => {
    expect(peopleIn('وحقق الباحث شهرة بفضل عمله على الأرشيف.')).toEqual([]);
  });
});

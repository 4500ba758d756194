/**
 * Arabic names no given-name list knows, found by the shape of the sentence around them — the speaker of a
 * verb of saying, a transliterated name of three words, a hyphenated given name, a name a cue opens and a
 * following word closes — and the traps beside each: bodies, sources and crowds that speak, accusatives,
 * verbs and «و + noun + his» after a name. Sentences written for these tests; the names are made up.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const peopleIn = (text: string) => extract(text).people.map((p) => p.names.ar);

describe('the speaker right after a verb of saying, closed by «إن», «إلى أن» or a comma', () => {
  it('reads two name words whatever their given name', () => {
    expect(peopleIn('وقال يوهان ميرتنس إن المركز لم يعد يتسع لأحد.')).toEqual(['يوهان ميرتنس']);
    expect(peopleIn('وأوضحت هيلغا بيرغلوند، الخبيرة في شؤون اللجوء، أن الطلبات تضاعفت.')).toEqual(['هيلغا بيرغلوند']);
    expect(peopleIn('وأشار ماتي برونيتي إلى أن القارب غادر ليلا.')).toEqual(['ماتي برونيتي']);
  });

  it('leaves reports, sources, bodies, crowds, titles and what was said', () => {
    expect(peopleIn('وقالت تقارير إعلامية إن السفينة رست.')).toEqual([]);
    expect(peopleIn('وقال مصدر مطلع إن الاتفاق وشيك.')).toEqual([]);
    expect(peopleIn('وقالت شركة نوردالا، التي تدير الميناء، إنها أوقفت العمل.')).toEqual([]);
    expect(peopleIn('وقال الوزير اليمني إن الوضع صعب.')).toEqual([]);
    expect(peopleIn('وقال دبلوماسيون غربيون إن المحادثات تعثرت.')).toEqual([]);
    expect(peopleIn('واعتبرت اختباراً رئيسياً لوحدة الحكومة.')).toEqual([]);
    expect(peopleIn('وقال إننا نتميز بالصبر.')).toEqual([]);
  });
});

describe('foreign names of three words', () => {
  it('reads three transliterated words after a nisba, or two after a given name', () => {
    expect(peopleIn('وقال نظيره الليتواني ماريوس بيتراس كوفاليسكيس إن الحدود ستبقى مفتوحة.')).toEqual(['ماريوس بيتراس كوفاليسكيس']);
    expect(peopleIn('وقالت ماريا لويزا فيرنانديز للصحفيين إن القارب انقلب.')).toEqual(['ماريا لويزا فيرنانديز']);
  });

  it('does not take a verb or an accusative after a name for its third word', () => {
    expect(peopleIn('أنور إبراهيم سيعود للسياسة بعفو ملكي').filter((name) => name?.includes('سيعود'))).toEqual([]);
    expect(peopleIn('وتعادل المنتخب أمام نظيره أوروغواي سلبياً في المباراة.')).toEqual([]);
  });
});

describe('a hyphen inside a name', () => {
  it('joins a compound given name', () => {
    expect(peopleIn('وقال المصور الفرنسي، جان-لوك مارتيناز، إن الصور حقيقية.')).toEqual(['جان-لوك مارتيناز']);
  });
});

describe('where a cued name ends', () => {
  it('ends before «و» and a noun with «his»: that is who is with them, not a name', () => {
    expect(peopleIn('وأعلن مؤسس الشركة الملياردير توماس غرينفيلد وشركائه البيع.')).toEqual(['توماس غرينفيلد']);
  });

  it('ends before «و» and a definite word after a title and nisba', () => {
    expect(peopleIn('واستقبل السفير الفلسطيني أشرف دبوري والوفود المرافقة له.')).toEqual(['أشرف دبوري']);
  });

  it('ends before a feminine participle of saying («قائلة») and «his counterpart» («نظيره»)', () => {
    expect(peopleIn('وتابعت فاطمة الزهراء الكتاني قائلة إن العائلات تنتظر.')).toEqual(['فاطمة الزهراء الكتاني']);
    expect(peopleIn('والتقى وزير الخارجية البلجيكي ديدييه رينار نظيره.')).toEqual(['ديدييه رينار']);
  });
});

describe('role nouns with the article that open a name only when the name shows itself', () => {
  it('reads the name after a rank or trade', () => {
    expect(peopleIn('وقال الميجور ديمتري سوكولوف إن الجنود انسحبوا.')).toEqual(['ديمتري سوكولوف']);
    expect(peopleIn('وقال الملاكم ماركوس ويلكنز إن النزال تأجل.')).toEqual(['ماركوس ويلكنز']);
  });

  it('leaves the words after the role when no name shows', () => {
    expect(peopleIn('وحاول الملياردير تبديد المخاوف مجددا.')).toEqual([]);
  });
});

describe('the office someone is made, in the accusative after their name', () => {
  it('ends the name and is never part of it', () => {
    expect(peopleIn('وقرر المجلس تعيين نبيل الورتاني مستشارا لدى رئيس الحكومة.')).toEqual(['نبيل الورتاني']);
    expect(peopleIn('وتقرر تعيين:\n- عبد الحكيم الزواري رئيسا مديرا عاما للشركة.')).toEqual(['عبد الحكيم الزواري']);
  });
});

describe('a given name that is also a word, after an unknown title', () => {
  it('opens a name when the two words close the sentence', () => {
    expect(peopleIn('وفق ما ذكره رئيس غرفة النسيج بالمنستير كمال الدريدي.')).toEqual(['كمال الدريدي']);
    expect(peopleIn('وفق ما ذكره رئيس غرفة النسيج بالمنستير كمال عبيدي.')).toEqual(['كمال عبيدي']);
  });
});


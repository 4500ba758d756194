/**
 * Arabic names with nothing to cue them (no title, no reporting verb, no punctuation before): a listed
 * given name mid-sentence opens a name when a name-like word follows and a boundary closes it; and the
 * phrases that look like that but are places, bodies, companies, God's name or common words. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const peopleIn = (text: string) => extract(text).people.map((p) => p.names.en);

describe('an Arabic name after a verb or a noun, with no cue', () => {
  it('reads the object of a verb', () => {
    expect(peopleIn('واعتقلت قوات الأمن خالد المصراتي في مطار طرابلس.')).toEqual(['خالد المصراتي']);
  });

  it('reads a name in a construct after a noun', () => {
    expect(peopleIn('تتناول رواية إبراهيم الكوني عن الصحراء رحلة المهاجرين.')).toEqual(['إبراهيم الكوني']);
  });

  it('reads a transliterated foreign name opened by a listed given name', () => {
    expect(peopleIn('ويعارض الحزب خطة ماتيو بيانكيني بشأن الهجرة.')).toEqual(['ماتيو بيانكيني']);
  });

  it('reads a name closed by punctuation', () => {
    expect(peopleIn('ولم تكشف السلطات مصير يوسف الدباغ، الذي اختفى في البحر.')).toEqual(['يوسف الدباغ']);
  });

  it('reads a Maghrebi given name that carries the article', () => {
    expect(peopleIn('وقال الشاعر المعطي الزياني إن المهرجان نجح.')).toEqual(['المعطي الزياني']);
  });

  it('reads a name written as a hashtag, and names it with spaces', () => {
    const found = extract('وقال المتحدث باسم الوزارة، #كريم_الورفلي، للصحافيين إن الاجتماع انتهى.');
    expect(found.people.map((p) => p.names.ar)).toEqual(['كريم الورفلي']);
    expect(found.mentions.filter((m) => m.entityId === found.people[0]!.id).map((m) => m.surface)).toEqual(['كريم_الورفلي']);
    expect(peopleIn('أعلنت #وزارة_الداخلية عن خطة جديدة.')).toEqual([]);
  });

  it('takes «الشيخ» for a title', () => {
    expect(peopleIn('وقال الشيخ حمدان المنصوري إن المساعدات وصلت.')).toEqual(['حمدان المنصوري']);
  });
});

describe('what is not a name though a given name starts it', () => {
  it('leaves a square, a street or a university named after someone', () => {
    expect(peopleIn('وتظاهر المهاجرون في ساحة محمد الخامس وسط المدينة.')).toEqual([]);
    expect(peopleIn('وأغلقت الشرطة شارع يوسف العظمة أمس.')).toEqual([]);
  });

  it('leaves a company named after its founder', () => {
    expect(peopleIn('وأعادت شركة توماس كوك المسافرين إلى بلادهم.')).toEqual([]);
  });

  it('leaves a given name that is also an adjective', () => {
    expect(peopleIn('وتضمن الخطة عودة آمنة وطوعية للاجئين.')).toEqual([]);
    expect(peopleIn('وتبحث الدول عن ممرات آمنة تساعد المدنيين على الخروج.')).toEqual([]);
  });

  it('leaves a given name followed by a verb, a preposition or an adverb', () => {
    expect(peopleIn('وبعد أيام من تقدم سليمان بأوراقه إلى اللجنة رفضت طلبه.')).toEqual([]);
    expect(peopleIn('وقال إن موقف سليمان ظلما يدان.')).toEqual([]);
  });

  it('leaves a phrase with God’s name', () => {
    expect(peopleIn('وزار الوفد ضريح مؤسس الدولة زايد طيب الله ثراه.')).toEqual([]);
  });

  it('leaves a name whose end it cannot see', () => {
    expect(peopleIn('وهاجم الكاتب في مقاله أفكار جان ماري لوبان القديمة.')).not.toContain('جان ماري');
  });
});

describe('a family name alone after a title', () => {
  it('reads it after a title said of a person', () => {
    expect(peopleIn('وقال الوزير كورتيلي إن الحدود ستبقى مفتوحة.')).toEqual(['كورتيلي']);
    expect(peopleIn('واتهمت المعارضة الرئيس بوكيلي، الذي رفض التعليق.')).toEqual(['بوكيلي']);
  });

  it('joins it to the full name the article gave first', () => {
    const found = extract('وصل ماتيو بيانكيني إلى طرابلس. وقال الوزير بيانكيني إن الاتفاق قريب.');
    expect(found.people.map((p) => p.names.en)).toEqual(['ماتيو بيانكيني']);
    expect(found.mentions.filter((m) => m.entityId === found.people[0]!.id).map((m) => m.surface)).toEqual(['ماتيو بيانكيني', 'بيانكيني']);
  });

  it('leaves an adjective, a verb, a given name alone and a place named after a title', () => {
    expect(peopleIn('وقال المسؤول الحكومي إن الخطة جاهزة.')).toEqual([]);
    expect(peopleIn('وتساءل النواب إذا كان الوزير سيفرض الضريبة.')).toEqual([]);
    expect(peopleIn('وقال مسؤول في حزب الرئيس إيمانويل، إن التصويت تأجل.')).toEqual([]);
    expect(peopleIn('وتظاهر السكان في حي الشيخ جراح، مساء أمس.')).toEqual([]);
  });

  it('does not take «الأمر» (the matter) for a title', () => {
    expect(peopleIn('وقال إن الأمر مختلف، هذه المرة.')).toEqual([]);
  });
});

describe('a given name that is also a word, with no cue', () => {
  it('opens a name before a family name with the nisba ending', () => {
    expect(peopleIn('وأشرف والي الجهة حسن الخديمي على الاجتماع.')).toEqual(['حسن الخديمي']);
  });

  it('reads an unlisted given name after a reporting verb before a nisba family name', () => {
    expect(peopleIn('وفي تصريح للصحفيين يقول زهران الزليطني إن الوضع صعب.')).toEqual(['زهران الزليطني']);
    expect(peopleIn('وقال مصدر أمني إن القارب غرق.')).toEqual([]);
  });

  it('stays a word before a noun it governs', () => {
    expect(peopleIn('وأكد الطرفان حسن النية في المفاوضات.')).toEqual([]);
    expect(peopleIn('وتلقى الحراس تدريبات عالية المستوى في روما.')).toEqual([]);
    expect(peopleIn('وتهدد هذه الشبكات أمنه القومي، بحسب البيان.')).toEqual([]);
  });
});

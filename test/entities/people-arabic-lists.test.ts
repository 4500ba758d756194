/**
 * Arabic names with no title before them that the press still marks as names (issue 14): lists joined
 * with و after a name, a preposition glued to a given name, given names whose letters read as a clitic
 * and a word, foreign names written with «أل», compound given names. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const peopleIn = (text: string) => extract(text).people.map((p) => p.names.ar ?? p.names.en);

describe('names listed with و', () => {
  it('takes every name of a list, though later given names are not on the list', () => {
    expect(peopleIn('وشملت العقوبات كلا من سامي الورفلي ومحمد بادي وعبد الحكيم زروق وتسفاي هيلي.')).toEqual([
      'سامي الورفلي',
      'محمد بادي',
      'عبد الحكيم زروق',
      'تسفاي هيلي',
    ]);
  });

  it('keeps a compound given name whole inside a list', () => {
    expect(peopleIn('ويؤدي الأدوار كل من هشام العلوي وفاطمة الزهراء بناني ونبيل بركة.')).toEqual(['هشام العلوي', 'فاطمة الزهراء بناني', 'نبيل بركة']);
  });

  it('does not read what follows a name with و as another person', () => {
    expect(peopleIn('وقال محمد الفاسي ووفد الوزارة إن المفاوضات مستمرة.')).toEqual(['محمد الفاسي']);
  });
});

describe('given names in other spellings and places', () => {
  it('reads a given name that starts like a clitic (فيصل is not ف + يصل)', () => {
    expect(peopleIn('وفي الندوة، فيصل الحمادي وسمير بنعلي تحدثا عن الهجرة.')).toContain('فيصل الحمادي');
  });

  it('reads a name glued to a preposition when a role follows it', () => {
    expect(peopleIn('ووجهت اللجنة تهما لجبريل العبيدي رئيس الجمعية بسبب تصريحاته.')).toEqual(['جبريل العبيدي']);
  });

  it('does not read a noun glued to a preposition as a name', () => {
    expect(peopleIn('وهو استمرار لنضال الحركة بنفس جديد.')).toEqual([]);
    expect(peopleIn('ودعا بيان صادر عن الوقفة إلى التدخل.')).toEqual([]);
  });

  it('ends a cued name before a preposition or after a family name with the article', () => {
    expect(peopleIn('ويأتي صوت الشاعر سليم الجابري ليصدح بمعاناة اللاجئين.')).toEqual(['سليم الجابري']);
    expect(peopleIn('يلخص الفلسطيني خليل العبسي دور الوكالة في المخيم.')).toEqual(['خليل العبسي']);
  });

  it('reads a foreign name written with «أل» after a title, not a place', () => {
    const { people, mentions } = extract('وأكد وزير الخارجية الإسباني، خوسي مانويل ألباريس، أن التعاون مستمر.');
    expect(people.map((p) => p.names.ar)).toEqual(['خوسي مانويل ألباريس']);
    expect(mentions.map((m) => m.entityId)).not.toContain('country:FR');
  });

  it('leaves the writer of a byline out', () => {
    expect(peopleIn('بقلم: سمير الخطيب\nتعيش الأسر المهاجرة ظروفا صعبة.')).toEqual([]);
  });
});

describe('names after the verb that opens a sentence', () => {
  it('reads a given name after a sentence-initial verb not on the reporting list', () => {
    expect(peopleIn('وصل القارب صباحا. وانتقد سمير الورداني قرار الترحيل.')).toEqual(['سمير الورداني']);
  });

  it('does not read a noun phrase after a sentence-initial noun as a name', () => {
    expect(peopleIn('وصل القارب صباحا. والأمل كبير في الإنقاذ.')).toEqual([]);
  });

  it('reads a family name written with a short ل-word («لحو») inside a name', () => {
    expect(peopleIn('وأشار سمير لحو إلى أن التعاون ضروري.')).toEqual(['سمير لحو']);
  });
});

describe('a name framed by commas', () => {
  it('reads a given name and family name before a role with its article, though nothing opens them', () => {
    expect(peopleIn('ويرى في هذا السياق كريم الحداوي، الباحث في شؤون الهجرة، أن الأرقام مرتفعة.')).toEqual(['كريم الحداوي']);
  });

  it('reads the speaker set off by commas before what they said', () => {
    expect(peopleIn('وذكرت الناشطة السابقة في جمعية محلية، ماريلا فونتي، إن المهاجرين يعيشون في ظروف صعبة.')).toEqual(['ماريلا فونتي']);
  });

  it('does not read two words between commas as a speaker without a reporting verb', () => {
    expect(peopleIn('وفي المخيم، مياه ملوثة، أن الوضع يتدهور.')).toEqual([]);
  });
});

describe('foreign names written in Arabic', () => {
  it('reads two transliterated words after a verb, with no given name on the list', () => {
    expect(peopleIn('ورحب ستافروس كوستاكيس بالقرار.')).toEqual(['ستافروس كوستاكيس']);
    expect(peopleIn('وقالت الألمانية بريجيت ماركوفيتش إن الوضع مقلق.')).toEqual(['بريجيت ماركوفيتش']);
  });

  it('does not read Arabic nouns in the accusative as a foreign name', () => {
    expect(peopleIn('قتل مواطن إيطالي بائعا جائلا من السنغال.')).toEqual([]);
  });

  it('reads a name whose given name was added to the list (آدم, سارا)', () => {
    expect(peopleIn('وقال المهاجر السوداني آدم يعقوب إنه دفع ألفي دولار.')).toEqual(['آدم يعقوب']);
  });
});

describe('a foreign surname alone after a title', () => {
  it('reads it when a particle or verb closes it', () => {
    expect(peopleIn('وأضاف الوزير كوستاكيس أن عدد الوافدين انخفض.')).toEqual(['كوستاكيس']);
  });

  it('joins it to the full name the article gave before', () => {
    expect(peopleIn('وقال وزير الهجرة اليوناني ستافروس كوستاكيس إن المخيمات ممتلئة. وأضاف الوزير كوستاكيس أن العدد انخفض.')).toEqual(['ستافروس كوستاكيس']);
  });

  it('does not read an Arabic word after a bare title as a surname', () => {
    expect(peopleIn('وأضاف الوزير مستدركا أن العدد انخفض.')).toEqual([]);
  });
});

describe('more cues before a name', () => {
  it('reads a name after a profession noun (المدرب, المهندسة, النجم)', () => {
    expect(peopleIn('وقال المدرب نبيل الكوكي إن الفريق جاهز.')).toEqual(['نبيل الكوكي']);
    expect(peopleIn('وصممت المهندسة سلوى بنعمر مشروع المخيم.')).toEqual(['سلوى بنعمر']);
  });

  it('reads a foreign family name ending in ي after a title, before a verb', () => {
    expect(peopleIn('وقال وزير الداخلية الإيطالي ماتيو بيانكوني ناقش الملف مع نظيره.')).toEqual(['ماتيو بيانكوني']);
  });
});

describe('family names that read as other words', () => {
  it('reads a Maghrebi family name starting with ل when punctuation closes it', () => {
    expect(peopleIn('وكرم المهرجان الباحثة المغربية نعيمة لحلو، عرفانا بمساهمتها.')).toEqual(['نعيمة لحلو']);
  });

  it('still reads «لعباس» before a particle as "to Abbas"', () => {
    expect(peopleIn('وقال وليام لعباس إن الوقت حان.')).not.toContain('وليام لعباس');
  });

  it('reads a name of a comma list whose family name reads as a verb elsewhere', () => {
    expect(peopleIn('ومن الكاتبات: سميرة المانع، ليلى طالب، هدى الزين، ورنا الخطيب.')).toEqual(
      expect.arrayContaining(['سميرة المانع', 'ليلى طالب', 'هدى الزين', 'رنا الخطيب']),
    );
  });
});

describe('longer titles before a name', () => {
  it('skips a place the gazetteer does not know after «في» or a local body', () => {
    expect(peopleIn('وقال آمر حرس السواحل في صبراتة عبد الله القاسمي إن الدوريات مستمرة.')).toEqual(['عبد الله القاسمي']);
    expect(peopleIn('وقال عميد بلدية الجميل حافظ بن عمران إن المدينة تعاني.')).toEqual(['حافظ بن عمران']);
  });

  it('reads more of a title after «في» or «عن» and «الرسمي»', () => {
    expect(peopleIn('وقال الخبير في شؤون الهجرة رامي الدباغ إن الأرقام مقلقة.')).toEqual(['رامي الدباغ']);
    expect(peopleIn('وصرح الناطق الرسمي باسم وزارة الداخلية خالد الزيتوني بأن الأمن مستتب.')).toEqual(['خالد الزيتوني']);
  });
});

describe('Maghrebi family names with ل before what was said', () => {
  it('reads «لملوم», «لمجرد» as family names before «إن»', () => {
    expect(peopleIn('يقول الناشط الحقوقي طارق لملوم إن المهاجرين يحتجزون.')).toEqual(['طارق لملوم']);
  });

  it('reads a name after الحاجة', () => {
    expect(peopleIn('وتقول الحاجة خديجة بنعلي إن ابنها غرق.')).toEqual(['خديجة بنعلي']);
  });
});

describe('a name described by «، وهو/وهي»', () => {
  it('reads two name words before the description, though no given name is listed', () => {
    expect(peopleIn('وروى كوامي أوسو، وهو مهاجر غاني، قصته.')).toEqual(['كوامي أوسو']);
  });

  it('does not read a place described the same way', () => {
    expect(peopleIn('وفي المخيم، وهو مكتظ، الوضع صعب.')).toEqual([]);
  });
});

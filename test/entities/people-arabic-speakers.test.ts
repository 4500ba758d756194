/**
 * More ways Arabic news introduces a person, and the traps beside each: the speaker right after a reporting
 * verb closed by a comma, a name before its role, a name in quotation marks, a title whose portfolio the
 * word lists do not know, a guest list giving each person's country in brackets. Sentences written for
 * these tests (the names are made up unless the gazetteer lists them).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const peopleIn = (text: string) => extract(text).people.map((p) => p.names.ar);
const rolesIn = (text: string) => [...extract(text).roles.values()].flat();

describe('the speaker after a reporting verb, closed by a comma', () => {
  it('reads a foreign name transliterated', () => {
    expect(peopleIn('وقال إيريك مونتانو، مدير مكتب المنظمة في روما، إن المركز ممتلئ.')).toEqual(['إيريك مونتانو']);
    expect(peopleIn('وقالت لورا بيلاندي، الباحثة في شؤون الهجرة، إن الأرقام تضاعفت.')).toEqual(['لورا بيلاندي']);
  });

  it('reads an Arabic name whose family name carries the article and the nisba ending', () => {
    expect(peopleIn('وأكد سامر القاسمي، وهو ناشط في المخيم، أن المساعدات توقفت.')).toEqual(['سامر القاسمي']);
  });

  it('reads a family name that looks like a preposition or conjunction before the article', () => {
    expect(peopleIn('وقالت كارلا فالنتي، مديرة الجمعية، إن المتطوعين وصلوا.')).toEqual(['كارلا فالنتي']);
  });

  it('reads a name given as such («واسمه …»)', () => {
    expect(peopleIn('قال أحد المتطوعين، واسمه أندريس كاميلو، إن القارب انقلب.')).toEqual(['أندريس كاميلو']);
  });

  it('leaves sources, bodies, crowds and kin that speak', () => {
    expect(peopleIn('وقالت مصادر أمنية، طلبت عدم ذكر اسمها، إن الشبكة فككت.')).toEqual([]);
    expect(peopleIn('وقال سكان محليون، في اتصال هاتفي، إن الطريق مغلق.')).toEqual([]);
    expect(peopleIn('وقالت شركة فالكورا، التي تدير الميناء، إنها أوقفت العمل.')).toEqual([]);
    expect(peopleIn('وقال والد الطفل، وهو يبكي، إن ابنه غرق.')).toEqual([]);
    expect(peopleIn('وأفاد مصدر أمني مسؤول، أن الدورية أوقفت المركب.')).toEqual([]);
  });
});

describe('a name before its role', () => {
  it('reads a compound given name whose second word is also a common word', () => {
    expect(peopleIn('وقال عبد السلام الفيتوري نائب رئيس المجلس البلدي إن المدينة تستقبل النازحين.')).toEqual(['عبد السلام الفيتوري']);
  });

  it('reads a four-word name with عبد and أبو before a comma and a role', () => {
    const text = 'قررت المحكمة حبس عبد الرحيم أبو الخير، رئيس حزب الوفاق، أسبوعين.';
    expect(peopleIn(text)).toEqual(['عبد الرحيم أبو الخير']);
    expect(rolesIn(text)[0]?.title).toBe('رئيس حزب');
  });

  it('reads two words between a reporting verb and a role, though nothing else shows a name', () => {
    expect(peopleIn('وقال كيفن روزمان مبعوث الرئيس إلى المنطقة إن المحادثات مستمرة.')).toEqual(['كيفن روزمان']);
  });

  it('reads a name framed by a comma and a role without its article', () => {
    expect(peopleIn('وتمت إحالة توفيق الزواغي، مدير نشر الصحيفة، إلى القضاء.')).toEqual(['توفيق الزواغي']);
  });
});

describe('a name in quotation marks', () => {
  it('reads a foreign name quoted after a title', () => {
    expect(peopleIn('وأوضح المتحدث باسم الوكالة "ماركو دي سانتيس" أن القارب غرق.')).toEqual(['ماركو دي سانتيس']);
    expect(peopleIn('وأعلنت وزيرة الداخلية البولندية «ماغدالينا نوفاك» الخطة.')).toEqual(['ماغدالينا نوفاك']);
  });

  it('leaves quoted titles, slogans and the names of papers and bodies', () => {
    expect(peopleIn('وعرض فيلم "الطريق الطويل" في المهرجان.')).toEqual([]);
    expect(peopleIn('ونشرت صحيفة "ديلي ستار" التقرير أمس.')).toEqual([]);
    expect(peopleIn('ورفع المحتجون شعار "كرامة وطنية" أمام البرلمان.')).toEqual([]);
    expect(peopleIn('وقالت مؤسسة "أوبن فيوتشر" إنها ستغلق مكتبها.')).toEqual([]);
  });
});

describe('a title whose portfolio or body the word lists do not know', () => {
  it('reads the name after unknown portfolio words', () => {
    expect(peopleIn('وقال عضو لجنة الزراعة والمياه بالبرلمان يوسف الدباغ إن السدود فارغة.')).toEqual(['يوسف الدباغ']);
    expect(peopleIn('ولخصت وزيرة التخطيط سعاد الخماسي أهداف الموازنة.')).toEqual(['سعاد الخماسي']);
  });

  it('reads the name after a nisba adjective that extends the title', () => {
    expect(peopleIn('وقال الناشط البيئي سمير الورتاني إن الشاطئ ملوث.')).toEqual(['سمير الورتاني']);
  });

  it('does not run a title through a verb or a particle', () => {
    const text = 'وقال وزير الداخلية إن خالد العمري، المتهم الأول، سيحاكم.';
    expect(peopleIn(text)).toEqual(['خالد العمري']);
    expect(rolesIn(text).map((role) => role.title)).not.toContain('وزير الداخلية');
    expect(peopleIn('وأعلن رئيس الحكومة التعديل الوزاري أمس.')).toEqual([]);
  });
});

describe('a guest list with countries in brackets, or a name with its age', () => {
  it('reads each name before its country', () => {
    expect(peopleIn('وشارك في الندوة ماتيو روسيني (إيطاليا)، ويوهان كليبر (ألمانيا).')).toEqual(['ماتيو روسيني', 'يوهان كليبر']);
  });

  it('reads a name given its age', () => {
    expect(peopleIn('وأدين كريستوف مولر، 22 عاما، بتهمة التهريب.')).toEqual(['كريستوف مولر']);
    expect(peopleIn('وتوفي في الحادث شاب (18 عاما) كان يحاول العبور.')).toEqual([]);
  });

  it('leaves festivals and cities given their country', () => {
    expect(peopleIn('وعرض الفيلم في مهرجان كان (فرنسا) ثم في مدينة ليون (فرنسا).')).toEqual([]);
  });
});

describe('a person the news tells of by what befell them', () => {
  it('reads a refugee, a migrant, a child or the late one named after the noun', () => {
    expect(peopleIn('وقال اللاجئ السوري أحمد الحلبي إن الرحلة استغرقت أسبوعا.')).toEqual(['أحمد الحلبي']);
    expect(peopleIn('وتحدث المهاجر الغيني مامادو ديالو عن ظروف الاحتجاز.')).toEqual(['مامادو ديالو']);
    expect(peopleIn('وأحيت الحفل فرقة المرحوم موحى الحسيني.')).toEqual(['موحى الحسيني']);
  });

  it('leaves the noun said of anyone, or counted without the article', () => {
    expect(peopleIn('يطلب من المهاجر أوراق ثبوتية في مركز الهجرة.')).toEqual([]);
    expect(peopleIn('رحلت السلطات 400 مهاجر أفريقي كانوا يحاولون العبور.')).toEqual([]);
    expect(peopleIn('وأكد اللاجئ أن الوضع صعب.')).toEqual([]);
  });
});

/**
 * How real press introduces people, in Arabic, English and French, on sentences written for these tests
 * (modelled on news wording): name then role, role then name, reporting verbs, quotes, bare surnames
 * after a personal title; the roles kept; and what must never become a person.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const peopleIn = (text: string) => extract(text).people.map((p) => p.names.en);
const rolesIn = (text: string) => [...extract(text).roles.values()].flat();

describe('name, then its role (apposition)', () => {
  it('reads it in English', () => {
    const text = 'Amina Haddad, a spokeswoman for the IOM office in Tripoli, said the boat sank.';
    expect(peopleIn(text)).toEqual(['Amina Haddad']);
    expect(rolesIn(text)).toEqual([{ title: 'spokeswoman', organisation: 'IOM office in Tripoli' }]);
  });

  it('reads it in French', () => {
    const text = 'Jean Moreau, le porte-parole de la préfecture du Nord, a confirmé les faits.';
    expect(peopleIn(text)).toEqual(['Jean Moreau']);
    expect(rolesIn(text)).toEqual([{ title: 'porte-parole', organisation: 'préfecture du Nord' }]);
  });

  it('reads it in Arabic, with the role after a comma', () => {
    const text = 'وقالت سلمى الفرجاني، المتحدثة باسم المنظمة الدولية للهجرة في طرابلس، إن القارب غرق.';
    expect(peopleIn(text)).toEqual(['سلمى الفرجاني']);
    expect(rolesIn(text)).toEqual([{ title: 'المتحدثة باسم', organisation: 'المنظمة الدولية للهجرة في طرابلس' }]);
  });

  it('reads an Arabic name in quotation marks', () => {
    expect(peopleIn('وأكد "كارلو بيانكي"، المفوض الأوروبي للهجرة، أن الخطة جاهزة.')).toEqual(['كارلو بيانكي']);
  });

  it('takes a name with an age in apposition for a person', () => {
    expect(peopleIn('Yonas Tesfaye, 24, crossed the desert in a truck.')).toEqual(['Yonas Tesfaye']);
  });
});

describe('title, role or nationality, then the name', () => {
  it('keeps the title and the country of a known minister (Arabic)', () => {
    const result = extract('قال وزير الداخلية الإيطالي ماتيو سالفيني إن الموانئ مغلقة');
    expect(result.people).toEqual([]);
    expect(result.roles.get('person:matteo-salvini')).toEqual([{ title: 'وزير الداخلية', organisation: 'الإيطالي' }]);
  });

  it('reads a nationality and a role before an English name', () => {
    const text = 'Sudanese activist Huda Osman told reporters the camp was full.';
    expect(peopleIn(text)).toEqual(['Huda Osman']);
    expect(rolesIn(text)).toEqual([{ title: 'activist', organisation: 'Sudanese' }]);
  });

  it('keeps an English office title whole, with the country before it', () => {
    const result = extract('Italian Interior Minister Matteo Salvini said the ports would stay closed.');
    expect(result.roles.get('person:matteo-salvini')).toEqual([{ title: 'Interior Minister', organisation: 'Italian' }]);
    const text = 'Deputy Prime Minister Carla Ruiz met the families.';
    expect(peopleIn(text)).toEqual(['Carla Ruiz']);
    expect(rolesIn(text)).toEqual([{ title: 'Deputy Prime Minister', organisation: null }]);
  });

  it('reads a French title with its portfolio and elision', () => {
    const result = extract("Le ministre de l'Intérieur Gérald Darmanin a annoncé un projet de loi.");
    expect(result.roles.get('person:gerald-darmanin')).toEqual([{ title: "ministre de l'Intérieur", organisation: null }]);
  });

  it('reads a party acronym inside a French title', () => {
    const text = 'Le député RN Arnaud Lefèvre a critiqué le pacte.';
    expect(peopleIn(text)).toEqual(['Arnaud Lefèvre']);
    expect(rolesIn(text)).toEqual([{ title: 'député', organisation: 'RN' }]);
  });

  it('reads an Arabic name after a bare title when it opens with a given name, and after a delegation head', () => {
    expect(peopleIn('وقال السفير كريم عبد الحفيظ، في الجلسة الافتتاحية، إن الشبكات تتحرك بسرعة.')).toEqual(['كريم عبد الحفيظ']);
    expect(peopleIn('وأكدت رئيسة وفد الاتحاد الأوروبي، هيلينا ماركوفا، أن التمويل مستمر.')).toEqual(['هيلينا ماركوفا']);
  });

  it('reads an Arabic role noun before a name', () => {
    expect(peopleIn('وقال الشاعر سليم العلوي إن الغربة طويلة.')).toEqual(['سليم العلوي']);
  });

  it('takes a bare surname after a personal title', () => {
    expect(peopleIn('Mr Okafor said the centre was overcrowded.')).toEqual(['Okafor']);
    expect(peopleIn('M. Lambertin a indiqué que les contrôles seraient renforcés.')).toEqual(['Lambertin']);
  });

  it('joins a bare surname to the full name the text gives', () => {
    const result = extract('Interior Minister Paolo Rinaldi spoke first. Later, Mr Rinaldi left.');
    expect(result.people.map((p) => p.names.en)).toEqual(['Paolo Rinaldi']);
    expect(result.mentions.filter((m) => m.entityId === result.people[0]?.id).map((m) => m.surface)).toEqual(['Paolo Rinaldi', 'Rinaldi']);
  });
});

describe('reporting verbs and quotes', () => {
  it('reads English "said" before the name', () => {
    expect(peopleIn('"We cannot wait," said Peter Lindqvist, who heads the rescue group.')).toEqual(['Peter Lindqvist']);
  });

  it('reads French « a déclaré » and « selon »', () => {
    expect(peopleIn('« La situation est grave », a déclaré Claire Fontaine à la radio.')).toEqual(['Claire Fontaine']);
    expect(peopleIn('Selon Karim Benali, les passeurs ont changé de route.')).toEqual(['Karim Benali']);
  });

  it('reads the names of an Arabic list, the conjunction left out', () => {
    const text = 'وشارك في اللقاء كل من سمير الحداد، وكريم العلوي.';
    expect(peopleIn(text)).toEqual(['سمير الحداد', 'كريم العلوي']);
    expect(extract(text).mentions.filter((m) => m.entityId.startsWith('person:')).map((m) => m.surface)).toEqual(['سمير الحداد', 'كريم العلوي']);
    expect(peopleIn('قال سمير الحداد وكريم العلوي إن الوضع صعب.')).toEqual(['سمير الحداد', 'كريم العلوي']);
  });

  it('reads an Arabic name after a nisba and after «الرئيس»', () => {
    expect(peopleIn('وسعى المدون المصري عمرو الشناوي، من خلال رحلته، إلى توثيق الحياة.')).toEqual(['عمرو الشناوي']);
    expect(peopleIn('لدعم الرئيس بشير الحلبي في الحرب.')).toEqual(['بشير الحلبي']);
  });

  it('reads an Arabic name followed by its role with no comma, after a reporting verb', () => {
    const text = 'وقالت كلارا بينيتي مسؤولة العمليات في المنظمة إن الوضع صعب.';
    expect(peopleIn(text)).toEqual(['كلارا بينيتي']);
    expect(peopleIn('وأشار حسن العمراني المدير المسؤول عن الهجرة إلى الأرقام.')).toEqual(['حسن العمراني']);
  });

  it('reads a name after an Arabic reporting verb', () => {
    expect(peopleIn('وأوضح محمد الطاهري أن المهاجرين وصلوا إلى الشاطئ.')).toEqual(['محمد الطاهري']);
  });

  it('reads a name before a reporting verb in English and French', () => {
    expect(peopleIn('Tomas Berglund told the committee the figures were wrong.')).toEqual(['Tomas Berglund']);
    expect(peopleIn('Hélène Marchetti estime que la loi va trop loin.')).toEqual(['Hélène Marchetti']);
  });
});

describe('what is not a person', () => {
  it('leaves NGOs named like a phrase alone, in three languages', () => {
    expect(peopleIn('Doctors of the World said the clinic was closed.')).toEqual([]);
    expect(peopleIn('Human Rights Watch said the detention was unlawful.')).toEqual([]);
    expect(peopleIn('Médecins sans frontières a dénoncé la situation.')).toEqual([]);
    expect(peopleIn('وقالت منظمة أطباء العالم إن العيادة أغلقت.')).toEqual([]);
  });

  it('leaves ships, teams and papers alone', () => {
    expect(peopleIn('The Ocean Viking, a rescue ship, docked in Sicily.')).toEqual([]);
    expect(peopleIn('Le Louise Michel, qui a secouru 200 personnes, est arrivé à Lampedusa.')).toEqual([]);
    expect(peopleIn('Les Super Eagles, qui ont gagné hier, rentrent à Lagos.')).toEqual([]);
    expect(peopleIn("Selon Al-Watan, le camp a été évacué.")).toEqual([]);
  });

  it('leaves a place or an office continuing an organisation name alone', () => {
    expect(peopleIn('An investigator from the Office of Professional Responsibility wrote the report.')).toEqual([]);
    expect(peopleIn('John McCain of Arizona and John Thune of South Dakota, said it first.')).not.toContain('South Dakota');
  });

  it('leaves bylines, author notes and photo credits alone', () => {
    expect(peopleIn('By Laura Pennington\nThe boat sank off Lampedusa.')).toEqual([]);
    expect(peopleIn('Laura Pennington is a staff reporter at the Daily Courier.')).toEqual([]);
    expect(peopleIn('The boat at dawn. (AP Photo/Laura Pennington)')).toEqual([]);
  });

  it('does not take Arabic common words for a given name', () => {
    expect(peopleIn('وقال إن أمل العبور تبخر.')).toEqual([]);
    expect(peopleIn('وقال محمد صلى الله عليه وسلم')).toEqual([]);
  });
});

describe('a person named after a country is the person', () => {
  it('keeps Jordan Bardella as a person, not Jordan', () => {
    const result = extract('Jordan Bardella estime que la France doit fermer ses frontières.');
    expect(result.people.map((p) => p.names.en)).toEqual(['Jordan Bardella']);
    expect(result.mentions.map((m) => m.entityId)).not.toContain('country:JO');
    expect(result.mentions.map((m) => m.entityId)).toContain('country:FR');
  });
});

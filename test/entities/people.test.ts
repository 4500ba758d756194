/**
 * People introduced by title or role, in Arabic and English, on hand-written sentences: what is
 * kept, what must not become a "person", and how they join the mentions.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const peopleIn = (text: string) => extract(text).people.map((p) => p.names.en);

describe('Arabic titles', () => {
  it('finds a minister after portfolio and nisba', () => {
    expect(peopleIn('قال وزير الخارجية المالطي كارميلو أبيلا إن بلاده تدعم الخطة')).toEqual(['كارميلو أبيلا']);
  });

  it('finds a spokesperson after "باسم" and an organisation', () => {
    expect(peopleIn('وقالت المتحدثة باسم المنظمة الدولية للهجرة صفاء مسعود، إن القارب غرق')).toEqual(['صفاء مسعود']);
  });

  it('accepts a three-part name with a family name in the article', () => {
    expect(peopleIn('أكد رئيس الحكومة عبد الرحيم الخطيب أن الحدود مغلقة')).toEqual(['عبد الرحيم الخطيب']);
  });

  it('accepts a name after a full title and a comma (apposition)', () => {
    expect(peopleIn('التقى وزير الداخلية التونسي، رضا الجلاصي، بنظيره')).toEqual(['رضا الجلاصي']);
  });

  it('does not take a nisba or a portfolio for a name', () => {
    expect(peopleIn('قال وزير الخارجية الفرنسي إن الوضع صعب')).toEqual([]);
    const result = extract('قال وزير الخارجية الفرنسي إن الوضع صعب');
    expect(result.mentions.map((m) => m.entityId)).toEqual(['country:FR']);
  });

  it('does not take the verb after a title for a name', () => {
    expect(peopleIn('رحب وزير الداخلية الإيطالي بقرار الحكومة')).toEqual([]);
    expect(peopleIn('الوزير أبلغ الصحفيين في المؤتمر')).toEqual([]);
    expect(peopleIn('الرئيس الأميركي يقدم القانون في الكونغرس')).toEqual([]);
  });

  it('does not duplicate a gazetteer person', () => {
    const result = extract('قال وزير الداخلية الإيطالي ماتيو سالفيني إن الموانئ مغلقة');
    expect(result.people).toEqual([]);
    expect(result.mentions.map((m) => m.entityId)).toEqual(['country:IT', 'person:matteo-salvini']);
  });

  it('records an Arabic-only name in en and ar, with origin text', () => {
    const [person] = extract('وقالت المديرة التنفيذية للمرصد ليلى حداد في بيان').people;
    expect(person).toMatchObject({ kind: 'person', origin: 'text', names: { en: 'ليلى حداد', ar: 'ليلى حداد' } });
    // The id is the name's cross-script key (person-key.ts), so "Leila Haddad" elsewhere is the same person.
    expect(person?.id).toBe('person:l-hd');
  });
});

describe('English titles', () => {
  it('finds people after common titles', () => {
    expect(peopleIn('Ambassador Helen Marsh said the talks went well.')).toEqual(['Helen Marsh']);
    expect(peopleIn('The report was written by Dr. Amina Yusuf and her team.')).toEqual(['Amina Yusuf']);
    expect(peopleIn('Interior Minister Paolo Rinaldi announced new rules.')).toEqual(['Paolo Rinaldi']);
  });

  it('allows particles and hyphens inside a name', () => {
    expect(peopleIn('Director General Maria van der Berg opened the meeting.')).toEqual(['Maria van der Berg']);
  });

  it('needs two name tokens after a role, one after a personal title', () => {
    expect(peopleIn('The activist Smith said so.')).toEqual([]);
    expect(peopleIn('President Smith said so.')).toEqual(['Smith']);
  });

  it('ignores titles in Title Case headlines', () => {
    expect(peopleIn('Minister Warns Border Towns Of Rising Arrivals')).toEqual([]);
  });

  it('keeps a surname that looks like a country and drops the country mention', () => {
    const result = extract('Rep. Tom Chad spoke to reporters.');
    expect(result.people.map((p) => p.names.en)).toEqual(['Tom Chad']);
    expect(result.mentions.map((m) => m.entityId)).toEqual(['person:tm-sd']);
  });
});

describe('mentions of people found in the text', () => {
  it('adds every later occurrence of the full name', () => {
    const text = 'Ambassador Helen Marsh met the minister. Later, Helen Marsh left for Tunis.';
    const result = extract(text);
    const mentions = result.mentions.filter((m) => m.entityId === 'person:hln-mrs');
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Helen Marsh', 'Helen Marsh']);
    expect(result.mentions.map((m) => m.entityId)).toContain('country:TN');
  });

  it('returns mentions in text order', () => {
    const { mentions } = extract('قال السفير الليبي أحمد الطاهري إن المنظمة الدولية للهجرة تعمل في طرابلس');
    const starts = mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

/**
 * Well-known figures the press often names by surname alone (gazetteer people.json), in Arabic, English and
 * French, as one entity across scripts; and a person the gazetteer knows, written in full, is also the bare
 * surname later in the same text. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const personIds = (text: string) => [...new Set(extract(text).mentions.filter((m) => m.entityId.startsWith('person:')).map((m) => m.entityId))];
const mentionsOf = (text: string, id: string) => extract(text).mentions.filter((m) => m.entityId === id).map((m) => m.surface);

describe('well-known figures named by surname', () => {
  it('finds one person in three languages', () => {
    expect(personIds('Pelosi said the border bill would not pass the House.')).toEqual(['person:nancy-pelosi']);
    expect(personIds('وقالت بيلوسي إن مشروع القانون لن يمر.')).toEqual(['person:nancy-pelosi']);
    expect(personIds('Selon Berlusconi, l’Italie ne peut pas accueillir tout le monde.')).toEqual(['person:silvio-berlusconi']);
    expect(personIds('وانتقد برلسكوني سياسة الحكومة تجاه المهاجرين.')).toEqual(['person:silvio-berlusconi']);
    expect(personIds('Mélenchon a dénoncé la loi asile et immigration.')).toEqual(['person:jean-luc-melenchon']);
  });

  it('finds agency spokespeople', () => {
    expect(personIds('وقال المتحدث باسم المنظمة الدولية للهجرة فلافيو دي جياكومو إن 200 مهاجر وصلوا.')).toEqual(['person:flavio-di-giacomo']);
    expect(personIds('“The numbers are rising,” said UNHCR spokesperson William Spindler.')).toEqual(['person:william-spindler']);
  });

  it('does not take a common word or a named agreement for a surname', () => {
    expect(personIds('Le protocole Cazeneuve encadre les contrôles à la frontière.')).toEqual([]);
    expect(personIds('وقدم الوفد التهاني بعيد مبارك للجالية.')).toEqual([]);
  });
});

describe('a known person written in full, then by surname', () => {
  it('links the bare surname to the known person', () => {
    const text = 'استقبل الرئيس الفلسطيني محمود عباس وفدا أوروبيا. وقال عباس إن المفاوضات متوقفة.';
    expect(mentionsOf(text, 'person:mahmoud-abbas')).toEqual(['محمود عباس', 'عباس']);
    const english = 'Charles Michel chaired the summit. Michel said leaders agreed on returns.';
    expect(mentionsOf(english, 'person:charles-michel')).toEqual(['Charles Michel', 'Michel']);
  });
});

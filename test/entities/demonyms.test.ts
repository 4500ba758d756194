/**
 * Demonyms for the countries the hand data left without them (src/entities/gazetteer/demonyms.json):
 * the adjective names the country in English, Arabic (every gender and number of the nisba) and
 * French, and fills the national-body wordings; the traps around them stay traps. The sentences are
 * written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { arabicNisbaForms } from '../../src/entities/demonyms.js';
import { idsIn } from './helpers.js';

const countriesIn = (text: string): string[] => idsIn(text).filter((id) => id.startsWith('country:')).map((id) => id.slice('country:'.length));

describe('a demonym the hand data lacked names its country', () => {
  it.each([
    ['Chilean officials said 300 Venezuelans had crossed at Colchane.', 'CL'],
    ['Panamanian authorities counted 500,000 people through the Darién.', 'PA'],
    ['A Mongolian delegation and a Zambian minister attended the forum.', 'MN'],
    ['وقالت السلطات التشيلية إن 300 مهاجر عبروا الحدود.', 'CL'],
    ['ورحّلت الشرطة البنمية عشرات المهاجرين.', 'PA'],
    ['وأعلن المسؤولون الكوريون الجنوبيون استقبال لاجئين.', 'KR'],
    ['Les autorités panaméennes ont ouvert un camp dans la jungle.', 'PA'],
    ['Un diplomate costaricien a plaidé pour un couloir humanitaire.', 'CR'],
  ])('«%s» → %s', (sentence, code) => {
    expect(countriesIn(sentence)).toContain(code);
  });

  it('gives the Arabic nisba every gender and number, each word of a phrase agreeing', () => {
    expect(arabicNisbaForms('تشيلي')).toEqual(['تشيلي', 'تشيلية', 'تشيليين', 'تشيليون']);
    expect(arabicNisbaForms('الكوري الجنوبي')).toEqual(['الكوري الجنوبي', 'الكورية الجنوبية', 'الكوريين الجنوبيين', 'الكوريون الجنوبيون']);
  });
});

describe('the national bodies of those countries', () => {
  it.each([
    ['The Chilean interior ministry announced new border controls.', 'org:cl-interior-ministry'],
    ['وقالت وزارة الداخلية التشيلية إنها ستشدد المراقبة.', 'org:cl-interior-ministry'],
    ['La police panaméenne a escorté les migrants jusqu’au camp.', 'org:pa-police'],
  ])('«%s» → %s', (sentence, id) => {
    expect(idsIn(sentence)).toContain(id);
  });
});

describe('traps stay traps', () => {
  it.each([
    ['The UN and Latin America agreed on a Chilean proposal.', ['CL']],
    ['وتحدثت أمريكا اللاتينية عن المقترح التشيلي.', ['CL']],
    ['Le processus de Rabat et le règlement de Dublin ont été évoqués par un ministre chilien.', ['CL']],
    // A word two countries share names neither, and «القمري» is lunar.
    ['A Dominican priest led the prayer by the lunar calendar.', []],
    ['وحسب التقويم القمري يبدأ الشهر غداً.', []],
  ])('«%s» → %j', (sentence, codes) => {
    expect(countriesIn(sentence)).toEqual(codes);
  });
});

/**
 * The cross-script person key (src/entities/person-key.ts) on real public names as Arabic, English and
 * French press write them: one person, one key, whatever the script; different people, different keys.
 */
import { describe, expect, it } from 'vitest';
import { personKey } from '../../src/entities/person-key.js';
import { extract } from './helpers.js';

// [Latin spelling, Arabic spelling] of the same public figure.
const SAME_PERSON: ReadonlyArray<readonly [string, string]> = [
  ['Matteo Salvini', 'ماتيو سالفيني'],
  ['Gérald Darmanin', 'جيرالد دارمانان'],
  ['Filippo Grandi', 'فيليبو غراندي'],
  ['Filippo Grandi', 'فيليبو جراندي'],
  ['Emmanuel Macron', 'إيمانويل ماكرون'],
  ['António Guterres', 'أنطونيو غوتيريش'],
  ['Bashar al-Assad', 'بشار الأسد'],
  ['Philippe Lazzarini', 'فيليب لازاريني'],
  ['Hans Grundberg', 'هانس غروندبرغ'],
  ['Fabrice Leggeri', 'فابريس ليجيري'],
  ['Giorgia Meloni', 'جورجيا ميلوني'],
  ['Khalifa Haftar', 'خليفة حفتر'],
  ['Fayez al-Sarraj', 'فايز السراج'],
  ['Ursula von der Leyen', 'أورسولا فون دير لاين'],
  ['Marine Le Pen', 'مارين لوبان'],
  ['Jordan Bardella', 'جوردان بارديلا'],
  ['Olaf Scholz', 'أولاف شولتس'],
  ['Kais Saied', 'قيس سعيد'],
  ['Nikki Haley', 'نيكي هايلي'],
  ['William Swing', 'ويليام سوينغ'],
  ['Abdelaziz', 'عبدالعزيز'],
  ['Kazem Gharibabadi', 'كاظم غريبابادي'],
];

// Spellings of one name in Latin script (English and French transliterations).
const SAME_IN_LATIN: ReadonlyArray<readonly [string, string]> = [
  ['Mohamed', 'Muhammad'],
  ['Mohammed Morsi', 'Mohamed Morsy'],
  ['Youssef', 'Yusuf'],
  ['Gérald Darmanin', 'Gerald Darmanin'],
];

describe('the cross-script person key', () => {
  it.each(SAME_PERSON)('gives %s and %s one key', (latin, arabic) => {
    expect(personKey(latin)).toBe(personKey(arabic));
  });

  it.each(SAME_IN_LATIN)('gives %s and %s one key', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  it('keeps different people apart', () => {
    expect(personKey('Leila Haddad')).not.toBe(personKey('Ali Hadid'));
    expect(personKey('Matteo Salvini')).not.toBe(personKey('Matteo Renzi'));
    expect(personKey('Gérald Darmanin')).not.toBe(personKey('Gérard Larcher'));
  });

  it('makes the same unknown person one entity across articles in different scripts', () => {
    const [english] = extract('Carlo Bianchi, the European Commissioner for Migration, said the plan was ready.').people;
    const [arabic] = extract('وأكد "كارلو بيانكي"، المفوض الأوروبي للهجرة، أن الخطة جاهزة.').people;
    const [french] = extract('Selon Carlo Bianchi, le plan est prêt.').people;
    expect(english?.id).toBe('person:krl-bnk');
    expect(arabic?.id).toBe(english?.id);
    expect(french?.id).toBe(english?.id);
  });
});

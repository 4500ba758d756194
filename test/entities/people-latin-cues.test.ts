/**
 * English and French names that the press marks in ways beyond a title (issue 14): a relative of a
 * known person who shares their surname, and a speaker named after the outlet they spoke to.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const peopleIn = (text: string) => extract(text).people.map((p) => p.names.en);

describe('a relative of a known person', () => {
  it('reads the whole name, not the known person, when a given name precedes the surname', () => {
    const { people, mentions } = extract("The bill has wide support, and the president's daughter, Ivanka Trump, has endorsed it.");
    expect(people.map((p) => p.names.en)).toEqual(['Ivanka Trump']);
    expect(mentions.filter((m) => m.entityId === 'person:donald-trump')).toEqual([]);
  });

  it('still reads the known person alone', () => {
    expect(extract('Donald Trump said the wall would be built.').mentions.map((m) => m.entityId)).toContain('person:donald-trump');
  });
});

describe('a speaker named after the outlet', () => {
  it('reads a name after « a détaillé à <outlet> »', () => {
    expect(peopleIn("« Ce sont des réseaux organisés », a détaillé à Europe 1 Carlos Ruiz Manzano, commissaire chargé de l'enquête.")).toEqual(['Carlos Ruiz Manzano']);
  });

  it('reads a name after an inverted « assure » or « juge »', () => {
    expect(peopleIn('« Nous ne fermerons pas le port », assure Hélène Garnier.')).toEqual(['Hélène Garnier']);
  });
});

describe('names set off by commas after a relation or as an identification', () => {
  it('reads a name after a possessive and a relation noun', () => {
    expect(peopleIn('The family found a flat. Her new landlord, Tomas Ibarra, was himself an immigrant.')).toEqual(['Tomas Ibarra']);
    expect(peopleIn("Son avocat, Julien Mercadier, a fait appel de la décision.")).toEqual(['Julien Mercadier']);
  });

  it('reads a name after "identified as" and before a capitalised role', () => {
    expect(peopleIn('The driver, identified by police as Rustam Nazarov, was arrested.')).toEqual(['Rustam Nazarov']);
    expect(peopleIn('The lawyers wrote to Halima Osei, the Director of the agency, last week.')).toEqual(['Halima Osei']);
  });

  it('does not read a capitalised place set off by commas as a person', () => {
    expect(peopleIn('Their new home, Eagle Pass, was quiet.')).toEqual([]);
  });
});

describe('a surname alone after an inverted reporting verb', () => {
  it('reads the speaker closing a quoted sentence', () => {
    expect(peopleIn('Le port ne s\'ouvrira "jamais" aux bateaux, assure Ciotti.')).toEqual(['Ciotti']);
    expect(peopleIn('"We will not stop," said Harrington.')).toEqual(['Harrington']);
  });

  it('joins it to the full name given earlier', () => {
    expect(peopleIn('Mayor Paul Harrington visited the port. "We will not stop," said Harrington.')).toEqual(['Paul Harrington']);
  });

  it('does not read a news agency or a capital as the speaker', () => {
    expect(peopleIn('"It is a failure," said Reuters.')).toEqual([]);
    expect(peopleIn('« Nous refusons », estime Paris.')).toEqual([]);
  });
});

describe('a speaker after an outlet not in the gazetteer', () => {
  it('reads the name though the outlet before it is capitalised', () => {
    expect(peopleIn('« La situation est grave », déclarait au Parisien Odile Marchand, bénévole.')).toEqual(['Odile Marchand']);
  });
});

describe('surnames listed after a plural title', () => {
  it('reads each surname in English and in French', () => {
    expect(peopleIn('The ruling was appealed before District Judges Okafor and Lindqvist last week.')).toEqual(['Okafor', 'Lindqvist']);
    expect(peopleIn('Sens. Hallorann, Vitale and Brennick wrote to the agency.')).toEqual(['Hallorann', 'Vitale', 'Brennick']);
    expect(peopleIn('MM. Castagnet et Roubaud ont répondu aux questions des élus.')).toEqual(['Castagnet', 'Roubaud']);
  });

  it('leaves a capitalised phrase that only starts with such a word', () => {
    expect(peopleIn('Judges Across America, a campaign, said no.')).toEqual([]);
    expect(peopleIn('The Ministers Council met on Monday.')).toEqual([]);
    expect(peopleIn('The House of Representatives Science, Space, and Technology Committee met.')).toEqual([]);
  });
});

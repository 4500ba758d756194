/**
 * French words as matching and search see them: elisions («l'OIM», «d’Italie», «qu'Athènes»), accents
 * typed or not, feminine and plural forms meeting their masculine singular, and the French stopwords —
 * without changing what an English word matches. Sentences are written for these tests in the way the
 * French press writes.
 */
import { describe, expect, it } from 'vitest';
import { foldFrenchInflection } from '../../src/text/french-inflection.js';
import { normaliseForMatch } from '../../src/text/normalise.js';
import { FRENCH_STOPWORD_FORMS, isStopword } from '../../src/text/stopwords.js';
import { aliasKey, textKeys, tokenise } from '../../src/text/tokens.js';

/** True when the text word can match the alias word (the rule the entity matcher applies). */
const meets = (textWord: string, aliasWord: string): boolean => textKeys(normaliseForMatch(textWord)).includes(aliasKey(normaliseForMatch(aliasWord)));

describe('French elisions', () => {
  it.each([
    ["Selon l'OIM, 1 200 migrants sont arrivés", 'OIM'],
    ['Les migrants partis d’Italie ont été reconduits', 'Italie'],
    ["Le gouvernement a rappelé qu'Athènes refusait tout accord", 'Athènes'],
    ["jusqu'en Libye, lorsqu'il a été arrêté", 'Libye'],
    ["Puisqu'aujourd'hui l'Union européenne se tait", 'Union'],
  ])('«%s» gives «%s» as a word of its own', (sentence, word) => {
    expect(tokenise(sentence).map((t) => t.surface)).toContain(word);
  });

  it('keeps the offsets of the word after the apostrophe', () => {
    const text = "l’Organisation internationale pour les migrations";
    const word = tokenise(text)[1]!;
    expect(text.slice(word.start, word.end)).toBe('Organisation');
  });

  it.each(['l', 'd', 'qu', 'j', 'n', 's', 'c', 'jusqu', 'lorsqu', 'puisqu', 'aujourd', 'hui'])('the elided «%s\'» is a French stopword', (word) => {
    expect(isStopword(word, 'fr')).toBe(true);
  });
});

describe('accents', () => {
  it.each([
    ['refugies', 'réfugiés'],
    ['Etats-Unis', 'États-Unis'],
    ['frontiere', 'frontière'],
    ['REFOULES', 'refoulés'],
    ['soeur', 'sœur'],
    ['OEUVRE', 'Œuvre'],
  ])('"%s" typed without accents or ligature matches «%s»', (typed, written) => {
    expect(normaliseForMatch(typed)).toBe(normaliseForMatch(written));
  });
});

describe('French feminine and plural forms', () => {
  it.each([
    ['libyennes', 'libyen'],
    ['Italiennes', 'italien'],
    ['érythréenne', 'érythréen'],
    ['maltaises', 'maltais'],
    ['françaises', 'français'],
    ['chinoises', 'chinois'],
    ['marocaines', 'marocain'],
    ['grecques', 'grec'],
    ['turques', 'turc'],
    ['réfugiées', 'réfugié'],
    ['irrégulières', 'irrégulier'],
    ['passeuses', 'passeur'],
    ['nationaux', 'national'],
    ['bateaux', 'bateau'],
    ['migrantes', 'migrant'],
    ['humaines', 'humain'],
    ['ressortissantes', 'ressortissant'],
    ['présidente', 'président'],
  ])('«%s» meets the masculine singular «%s»', (form, masculine) => {
    expect(meets(form, masculine)).toBe(true);
  });

  it('keeps the word\'s own key first, so every match it had stays', () => {
    expect(textKeys('libyennes')[0]).toBe(aliasKey('libyennes'));
    expect(textKeys('italienne')).toEqual([aliasKey('italienne'), aliasKey('italien')]);
  });

  it.each([
    ['refugee', 'refuge'],
    ['wine', 'win'],
    ['praise', 'prai'],
    ['critique', 'critic'],
    ['spine', 'spin'],
  ])('leaves English alone: "%s" does not meet "%s"', (english, other) => {
    expect(meets(english, other)).toBe(false);
  });

  it('folds only endings English words do not have', () => {
    expect(foldFrenchInflection('refugee')).toBe('refugee');
    expect(foldFrenchInflection('machine')).toBe('machine');
    expect(foldFrenchInflection('raise')).toBe('raise');
    expect(foldFrenchInflection('migrants')).toBe('migrants');
  });
});

describe('French stopwords', () => {
  it.each(['les', 'des', 'aux', 'était', 'peuvent', 'lorsque', 'notamment', 'également', 'selon', 'ont'])('«%s» says nothing about the subject', (word) => {
    expect(isStopword(normaliseForMatch(word), 'fr')).toBe(true);
  });

  it.each(['migrants', 'asile', 'passeurs', 'frontière', 'naufrage', 'personne'])('«%s» is content', (word) => {
    expect(isStopword(normaliseForMatch(word), 'fr')).toBe(false);
  });

  it('lists the words as written too, for queries whose language is unknown', () => {
    expect(FRENCH_STOPWORD_FORMS.has('sans')).toBe(true);
    expect(FRENCH_STOPWORD_FORMS.has('estimated')).toBe(false);
    // «eu» (had) is no stopword: it would drop "EU" from an English query.
    expect(FRENCH_STOPWORD_FORMS.has('eu')).toBe(false);
  });
});

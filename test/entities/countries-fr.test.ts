/**
 * Countries as the French press writes them — names with their articles and elisions, demonyms in
 * every gender and number, capitals standing for governments — and the traps around them in French,
 * English and Arabic: a capital as a place, a language, a radio station, a bay, a regulation or a
 * region named after a country. The sentences are written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { loadBlockers } from '../../src/entities/gazetteer.js';
import { capitalPlaceTraps, frenchLanguageTraps } from '../../src/entities/country-wordings.js';
import { extract, idsIn } from './helpers.js';

/** ISO codes of the countries found, in order of appearance. */
const countriesIn = (text: string): string[] => idsIn(text).filter((id) => id.startsWith('country:')).map((id) => id.slice('country:'.length));

describe('French country names with their articles and elisions', () => {
  it.each([
    ["Le navire a finalement accosté en Italie après le refus de la Libye.", ['IT', 'LY']],
    ["Des centaines de jeunes partis d'Algérie et du Maroc ont rejoint l'Espagne.", ['DZ', 'MA', 'ES']],
    ['Le texte a été signé aux États-Unis puis au Royaume-Uni.', ['US', 'GB']],
    ['Les Etats-Unis et la Grande-Bretagne ont salué l’accord.', ['US', 'GB']],
    ["Plus de 4 000 personnes ont fui le Sud-Soudan vers l'Ouganda.", ['SS', 'UG']],
    ["Les migrants venus de Centrafrique et de Guinée-Conakry attendent à Agadez.", ['CF', 'GN']],
    ["La route passe par la Macédoine et la Bosnie avant la Croatie.", ['MK', 'BA', 'HR']],
    ["Des Rohingyas ont fui la Birmanie pour le Bangladesh.", ['MM', 'BD']],
    ["Belfast se trouve en Irlande du Nord, Dublin en Irlande.", ['GB', 'IE']],
    ['Des casques bleus sont déployés en République centrafricaine et aux Émirats arabes unis.', ['CF', 'AE']],
  ])('«%s» → %j', (sentence, codes) => {
    expect(countriesIn(sentence)).toEqual(codes);
  });
});

describe('French demonyms in every gender and number', () => {
  it.each([
    ['Les autorités libyennes ont annoncé l’interception de 90 personnes.', ['LY']],
    ['Un ressortissant érythréen a été retrouvé mort dans un camion.', ['ER']],
    ['Deux Érythréennes et trois Soudanaises figurent parmi les rescapés.', ['ER', 'SD']],
    ['Les garde-côtes italiens ont secouru 120 migrants.', ['IT']],
    ["La marine grecque et les passeurs turcs s'accusent mutuellement.", ['GR', 'TR']],
    ['Les autorités maltaises ont refusé le débarquement.', ['MT']],
    ['Une ONG allemande affrète un nouveau navire.', ['DE']],
    ['La police danoise a confisqué les bijoux des demandeurs.', ['DK']],
    ['Un Afghan de 17 ans et deux jeunes afghanes ont été entendus.', ['AF']],
    ["L'association anglaise a ouvert un centre d'accueil.", ['GB']],
    ['Le gouvernement qatari affirme que les travailleurs népalais sont protégés.', ['QA', 'NP']],
    ['Des Sierra-Léonais et une Cap-Verdienne ont témoigné.', ['SL', 'CV']],
  ])('«%s» → %j', (sentence, codes) => {
    expect(countriesIn(sentence)).toEqual(codes);
  });
});

describe('capitals: the government, not the city', () => {
  it.each([
    ["Rome refuse d'ouvrir ses ports tant que Tripoli ne coopère pas.", ['IT', 'LY']],
    ['Alger et Rabat se renvoient la responsabilité des départs.', ['DZ', 'MA']],
    ["Le gouvernement a rappelé qu'Athènes refusait tout accord.", ['GR']],
    ['London and Paris signed a new agreement on Channel crossings.', ['GB', 'FR']],
    ['وأعلنت باريس أنها سترحل المهاجرين.', ['FR']],
    ['Officials in Rabat denied the report.', ['MA']],
    ['وقالت السلطات في طرابلس إن القارب غرق.', ['LY']],
    ['Les autorités à Tripoli ont démenti.', ['LY']],
  ])('«%s» → %j', (sentence, codes) => {
    expect(countriesIn(sentence)).toEqual(codes);
  });

  it.each([
    ['Une manifestation de soutien aux exilés a eu lieu à Paris samedi.'],
    ['Les ministres se sont réunis à Rome, dans Tripoli assiégée, puis près d’Athènes.'],
    ['Les vêtements ont été distribués dans le nord de Paris par une religieuse.'],
    ['Hundreds marched in London and throughout Paris on Saturday.'],
    ['The conference was held in Addis Ababa.'],
    ['عقد الاجتماع في باريس ثم بالرباط وقرب القاهرة.'],
    ['صادق الوزير على الاتفاقيات في أديس أبابا.'],
    ['اندلعت اشتباكات جنوب طرابلس وفي ضواحي دمشق.'],
    ['Fighting resumed on the outskirts of Tripoli.'],
  ])('a capital after a preposition of place is the city: «%s»', (sentence) => {
    expect(countriesIn(sentence)).toEqual([]);
  });

  it('derives the place phrases from the capitals listed for each language', () => {
    expect(capitalPlaceTraps({ fr: ['Athènes'], en: ['Athens'], ar: ['أثينا'] })).toEqual(
      expect.arrayContaining(['à Athènes', 'dans Athènes', "près d'Athènes", 'in Athens', 'near Athens', 'في أثينا', 'بأثينا']),
    );
    expect(loadBlockers()).toEqual(expect.arrayContaining(['à Rome', 'in London', 'في باريس', 'بالرباط']));
  });
});

describe('languages are not countries', () => {
  it.each([
    ['Le document a été traduit en anglais, en arabe et en farsi.'],
    ['Il parlait allemand, et parle anglais depuis peu.'],
    ['Les cours de français sont obligatoires, comme la maîtrise de la langue française.'],
    ["Le roman, traduit de l'italien, a reçu le prix.", ],
  ])('«%s» names no country', (sentence) => {
    expect(countriesIn(sentence)).toEqual([]);
  });

  it('keeps the demonym when it qualifies a noun', () => {
    expect(countriesIn('Une ONG italienne et des policiers français ont été entendus.')).toEqual(['IT', 'FR']);
  });

  it('reaches the feminine «langue anglaise» from the masculine language name', () => {
    expect(frenchLanguageTraps(['anglais'])).toEqual(expect.arrayContaining(['en anglais', 'langue anglais', 'parle anglais', "cours d'anglais", "traduit de l'anglais"]));
    expect(countriesIn('La langue anglaise est enseignée dès le primaire.')).toEqual([]);
  });
});

describe('traps named after a country or its capital', () => {
  it.each([
    ['Le règlement de Dublin impose de demander l’asile dans le premier pays d’entrée.'],
    ['Il a été «dubliné» selon la procédure Dublin III.'],
    ['Under the Dublin rules, he was sent back to Italy.', ['IT']],
    ['أعيد إلى إيطاليا بموجب اتفاقية دبلن.', ['IT']],
    ['Le Processus de Rabat réunit pays d’origine et de destination, the Rabat Process too.'],
    ["L'Amérique latine accueille la majorité des Vénézuéliens exilés.", ['VE']],
    ['Les migrants de Calais espèrent rejoindre Lampedusa ou la Sicile.'],
    ['Sur France Inter puis sur France Bleu Provence, il a maintenu ses propos.'],
    ["Le navire est entré dans la baie de Gibraltar à 8 heures.", ],
    ['Le fleuve Niger a débordé près de la frontière.'],
    ['Réunion des ministres de l’Intérieur à Luxembourg jeudi.', ['LU']],
    ['Les grenades lacrymogènes ont été tirées à Grenade.'],
    ['He arrived at Ellis Island in 1907 and later moved to Albany.'],
    ['ولد في مسقط رأسه بالصعيد.'],
    ['ارتفعت أسعار الألبان والبيض.'],
  ])('«%s»', (sentence, codes: string[] = []) => {
    expect(countriesIn(sentence)).toEqual(codes);
  });

  it('a person named after a country is the person, once the person is known', () => {
    const { mentions } = extract('Rep. Jim Jordan said the border was open; Le député Jim Jordan a répondu.');
    expect(mentions.map((m) => m.entityId)).toEqual(['person:jim-jordan', 'person:jim-jordan']);
  });

  it('still finds the Albanians in Arabic, where الألبان is not dairy', () => {
    expect(countriesIn('كان غالبية طالبي اللجوء من الألبان والأفغان.')).toEqual(['AL', 'AF']);
  });

  it('still finds Iceland and Albania in French, written with their article or preposition', () => {
    expect(countriesIn("La Suisse, l'Islande et la Norvège appliquent Schengen; des Albanais vivent en Albanie.")).toEqual(['CH', 'IS', 'NO', 'AL']);
  });
});

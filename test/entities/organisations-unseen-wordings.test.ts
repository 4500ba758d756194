/**
 * Organisations as outlets write them in ways the gazetteer first lacked (issue 14): a name a theme's
 * wording holds ("ICE custody" is about detention and names ICE), descriptions and short forms in three
 * languages, US courts and rights groups acting on immigration. The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { loadBlockers, loadGazetteer } from '../../src/entities/gazetteer.js';
import { createEntityMatcher } from '../../src/entities/matcher.js';
import { idsIn, organisationsIn } from './helpers.js';


describe('a theme’s wording that holds an organisation’s name', () => {
  it('names the organisation too, for every such wording of the gazetteer', () => {
    const entities = loadGazetteer();
    // A matcher without themes reads the names inside each theme wording.
    const namesOnly = createEntityMatcher(entities.filter((e) => e.kind === 'organisation' || e.kind === 'process'), loadBlockers());
    const unnamed: string[] = [];
    for (const theme of entities.filter((e) => e.kind === 'theme')) {
      for (const { text } of theme.aliases) {
        const inside = namesOnly.match(text).map((m) => m.entityId);
        const found = new Set(idsIn(text));
        for (const id of inside) if (!found.has(id)) unnamed.push(`${text} → ${id}`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  it.each([
    ['He spent four months in ICE custody before the hearing.', 'org:us-ice'],
    ['Two men died in ICE detention this year, lawyers said.', 'org:us-ice'],
    ['The children were held in Border Patrol custody for six days.', 'org:us-border-patrol'],
    ['DACA recipients can renew their permits again.', 'process:daca'],
  ])('«%s» → %s', (sentence, id) => {
    expect(organisationsIn(sentence)).toContain(id);
  });

  it('does not read a body’s name inside an app’s name as the body', () => {
    expect(organisationsIn('Migrants book appointments through the CBP One app.')).toEqual([]);
    expect(organisationsIn('Migrants book appointments through CBP One.')).toEqual([]);
  });
});

describe('wordings the three presses use', () => {
  it.each([
    ["The UN's human rights office called the expulsions unlawful.", ['org:ohchr']],
    ['The Hellenic Police arrested two smugglers near Evros.', ['org:gr-police']],
    ['The SeaWatch crew asked for a port for 50 people.', ['org:sea-watch']],
    ['وقالت منظمة سيه ووتش إن السفينة تنتظر ميناء.', ['org:sea-watch']],
    ["Selon l'Oim, 200 personnes ont disparu en mer.", ['org:iom']],
    ['Le texte viole la convention de Genève relative au statut des réfugiés.', ['process:refugee-convention']],
    ['Les conventions de Genève protègent les civils en temps de guerre.', []],
    ['The Geneva Convention on refugees protects people fleeing persecution.', ['process:refugee-convention']],
    ['Le protocole de Palerme définit la traite des personnes.', ['process:palermo-protocol']],
    ['Hungary left the global migration pact in 2018.', ['process:gcm']],
    ['وأعلنت وزارة المغاربة المقيمين بالخارج وشؤون الهجرة عن برنامج جديد.', ['org:ma-ministry-for-moroccans-abroad-and-migration']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });
});

describe('US courts and rights groups that act on immigration', () => {
  it.each([
    ['The 5th U.S. Circuit Court of Appeals blocked the asylum rule.', ['org:us-court-of-appeals']],
    ['A federal appeals court let the asylum policy stand.', ['org:us-court-of-appeals']],
    ['وأوقفت محكمة الاستئناف الفيدرالية قرار الترحيل.', ['org:us-court-of-appeals']],
    ['The American Civil Liberties Union sued over family separations.', ['org:aclu']],
    ['The ACLU said the asylum ban was illegal.', ['org:aclu']],
    ['ورفع الاتحاد الأمريكي للحريات المدنية دعوى ضد فصل العائلات.', ['org:aclu']],
    ['Human Rights First counted 200 attacks on asylum seekers sent back to Mexico.', ['org:human-rights-first']],
  ])('«%s» → %j', (sentence, ids) => {
    expect(organisationsIn(sentence)).toEqual(ids);
  });
});

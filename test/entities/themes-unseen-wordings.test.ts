/**
 * Theme wordings found by reading corpus articles outside the labelled set (issue 14): shelters that
 * house newly arrived migrants, temporary protected status, the immigrant workforce, DACA recipients,
 * the Darién crossing, police stopping migrants at a frontier; and traps that must stay out (a
 * protected species is no protected status). Every sentence is written for these tests.
 */
import { describe, it } from 'vitest';
import { expectWordings, type WordingCase } from './helpers.js';

const CASES: readonly WordingCase[] = [
  {
    what: 'city and emergency shelters for newcomers are the refugees theme',
    theme: 'theme:refugees',
    found: [
      'The city moved two hundred newcomers from temporary shelters to a park district building.',
      'Officials said the shelter system had run out of beds for the families arriving by bus.',
      'Volunteers brought food to migrants in shelters across the West Side.',
    ],
    notFound: ['The storm left the marina without power for a week.'],
  },
  {
    what: 'temporary protected status is a legal pathway',
    theme: 'theme:legal-pathways',
    found: ['The government will end protected status for about forty thousand nationals next year.', 'Holders of TPS may apply for a renewal in March.'],
    notFound: ['The frog was given protected species rank by the park authority.'],
  },
  {
    what: 'the immigrant workforce is labour migration',
    theme: 'theme:labour-migration',
    found: ['Farms across the valley depend on an immigrant workforce for the harvest.', 'Economists found that migrant jobs were not taken from local workers.'],
  },
  {
    what: 'DACA recipients and the Darién crossing are irregular migration',
    theme: 'theme:irregular-migration',
    found: ['Many DACA recipients have lived in the state since they were toddlers.', 'Families walking through the Darien spend up to a week in the jungle.'],
  },
  {
    what: 'stopping migrants at a frontier is border control',
    theme: 'theme:border-security',
    found: ['La police a tiré des grenades pour empêcher les migrants de traverser la rivière.'],
  },
];

describe('theme wordings read in unlabelled corpus articles', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_, wordingCase) => {
    expectWordings(wordingCase);
  });
});

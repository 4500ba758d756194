/**
 * Theme wordings found by reading corpus articles outside the labelled set (issue 14): migrants housed
 * in shelters, the immigrant workforce, DACA recipients, the Darién crossing, police stopping migrants
 * at a frontier; and the trap of shelters opened for a storm's victims. Every sentence is written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { expectWordings, type WordingCase } from './helpers.js';

const CASES: readonly WordingCase[] = [
  {
    what: 'migrants housed in shelters are the refugees theme, shelters opened after a storm are not',
    theme: 'theme:refugees',
    found: ['Volunteers brought food to migrants in shelters across the West Side.'],
    notFound: ['The county opened emergency shelters for residents flooded by the storm.'],
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

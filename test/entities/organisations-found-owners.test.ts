/**
 * Bodies the gazetteer lacks, found by the shape of their names (organisations-found.ts), in the forms
 * issue 14's breadth work met: a theme's wording inside a name ("… Trafficking in Persons"), a
 * country's possessive that makes a generic name someone's ("Kenya's Department of Refugee
 * Services"), Sudan's «معتمدية» head and a humanitarian commission. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract, organisationsIn } from './helpers.js';

const bodiesIn = (text: string) => extract(text).organisations.filter((o) => o.kind === 'organisation').map((o) => o.names.en);

describe('names the finder reads whole', () => {
  it("keeps a theme's wording inside a name, its small words too, and the acronym after it", () => {
    const text = "Officials of Nigeria's National Agency for the Prohibition of Trafficking in Persons (NAPTIP) said the women had been returned from Libya.";
    const [body] = extract(text).organisations;
    expect(body?.names.en).toBe('National Agency for the Prohibition of Trafficking in Persons');
    expect(body?.aliases.map((a) => a.text)).toContain('NAPTIP');
  });

  it("takes a generic name after a country's possessive as that country's body", () => {
    expect(bodiesIn("On Monday, officials of Kenya's Department of Refugee Services said the camps were full.")).toEqual(['Department of Refugee Services']);
    // Without an owner the same words name no one in particular.
    expect(bodiesIn('On Monday, officials of the Department of Refugee Services said the camps were full.')).toEqual([]);
  });

  it('leaves a country body its template knows to the template', () => {
    expect(organisationsIn("On Monday, officials of Kenya's Department of Immigration said the camps were full.")).toEqual(['org:ke-migration-service']);
  });

  it('reads Sudanese bodies written with «معتمدية» and a humanitarian commission', () => {
    expect(bodiesIn('وقالت معتمدية اللاجئين السودانية إن المخيمات ممتلئة.')).toEqual(['معتمدية اللاجئين السودانية']);
    expect(bodiesIn('وقالت مفوضية العون الإنساني إن القوافل وصلت.')).toEqual(['مفوضية العون الإنساني']);
  });
});

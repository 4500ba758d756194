/**
 * The gazetteer data: everything loads and validates, every country is there with its names, the
 * wordings are unambiguous, and a broken data entry is reported with its file and entry.
 */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { checkNoSharedWordings, gazetteerVersion, loadBlockers, loadGazetteer, organisationsNamedAfterAPlace, parseEntityEntries } from '../../src/entities/gazetteer.js';
import { entityRecordSchema } from '../../src/entities/types.js';
import { InvalidInput } from '../../src/errors.js';
import { idsIn } from './helpers.js';

describe('loadGazetteer', () => {
  const entities = loadGazetteer();
  const byId = new Map(entities.map((e) => [e.id, e]));

  it('returns valid records with unique ids', () => {
    for (const entity of entities) expect(entityRecordSchema.safeParse(entity).success, entity.id).toBe(true);
    expect(byId.size).toBe(entities.length);
  });

  it('writes each organisation and process once in its data file (the loader would keep only the last)', () => {
    for (const file of ['organisations.json', 'processes.json']) {
      const ids = (JSON.parse(readFileSync(new URL(`../../src/entities/gazetteer/${file}`, import.meta.url), 'utf8')) as Array<{ id: string }>).map((entry) => entry.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), file).toEqual([]);
    }
  });

  it('has every ISO country, with its code and Arabic name', () => {
    const codes = Object.keys(countries.getAlpha2Codes());
    for (const code of codes) {
      const country = byId.get(`country:${code}`);
      expect(country?.countryCode, code).toBe(code);
      expect(country?.names.ar, code).toBeTruthy();
    }
  });

  it('merges library names with the extra aliases', () => {
    const egypt = byId.get('country:EG')!;
    const texts = egypt.aliases.map((a) => a.text);
    expect(texts).toEqual(expect.arrayContaining(['Egypt', 'مصر', 'Égypte', 'Egyptian', 'مصريين', 'القاهرة']));
  });

  it('drops ambiguous library names but keeps them as display names', () => {
    const mali = byId.get('country:ML')!;
    expect(mali.names.ar).toBe('مالي');
    expect(mali.aliases.map((a) => a.text)).not.toContain('مالي');
    expect(byId.get('country:OM')!.aliases.map((a) => a.text)).not.toContain('عمان');
  });

  it('uses readable display names where the library has formal ones', () => {
    expect(byId.get('country:SY')!.names.en).toBe('Syria');
    expect(byId.get('country:US')!.names.en).toBe('United States');
  });

  it('marks capitalised acronyms case-sensitive and nothing else', () => {
    const un = byId.get('org:un')!;
    expect(un.aliases.find((a) => a.text === 'UN')?.caseSensitive).toBe(true);
    expect(un.aliases.find((a) => a.text === 'United Nations')?.caseSensitive).toBeUndefined();
    expect(byId.get('country:US')!.aliases.find((a) => a.text === 'U.S.')?.caseSensitive).toBe(true);
  });

  it('covers the organisations, processes and themes of the field', () => {
    for (const id of ['org:iom', 'org:unhcr', 'org:unodc', 'org:frontex', 'org:interpol', 'org:eg-nccpim-tip', 'process:khartoum', 'process:rabat', 'process:gcm', 'theme:smuggling', 'theme:trafficking', 'person:ghada-waly']) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('gives every record an English name and the kind its id says', () => {
    for (const entity of entities) {
      expect(entity.names.en.length).toBeGreaterThan(0);
      const prefix = entity.id.split(':')[0];
      const kind = { country: 'country', org: 'organisation', process: 'process', theme: 'theme', person: 'person' }[prefix!];
      expect(entity.kind, entity.id).toBe(kind);
    }
  });
});

describe('blockers and version', () => {
  it('loads blockers as plain phrases', () => {
    const blockers = loadBlockers();
    expect(blockers).toContain('أمريكا اللاتينية');
    expect(blockers).toContain('New Mexico');
  });

  it('has a stable short version hash', () => {
    expect(gazetteerVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(gazetteerVersion()).toBe(gazetteerVersion());
  });
});

describe('data validation', () => {
  it('names the file and the entry of an invalid entry', () => {
    const bad = [{ id: 'org:broken', names: { ar: 'بلا اسم إنجليزي' }, aliases: {} }];
    expect(() => parseEntityEntries('organisations.json', 'organisation', 'org', bad)).toThrowError(InvalidInput);
    expect(() => parseEntityEntries('organisations.json', 'organisation', 'org', bad)).toThrowError(/gazetteer\/organisations\.json entry org:broken/);
  });

  it('rejects an id from another file and unknown fields', () => {
    const wrongPrefix = [{ id: 'process:x', names: { en: 'X' }, aliases: {} }];
    expect(() => parseEntityEntries('organisations.json', 'organisation', 'org', wrongPrefix)).toThrowError(/start with "org:"/);
    const typo = [{ id: 'org:x', names: { en: 'X' }, aliases: { eng: ['X'] } }];
    expect(() => parseEntityEntries('organisations.json', 'organisation', 'org', typo)).toThrowError(/org:x/);
  });

  it('rejects one wording claimed by two entities, naming both', () => {
    const [a] = parseEntityEntries('t.json', 'organisation', 'org', [{ id: 'org:a', names: { en: 'Alpha Agency' }, aliases: {} }]);
    const [b] = parseEntityEntries('t.json', 'organisation', 'org', [{ id: 'org:b', names: { en: 'Beta' }, aliases: { en: ['alpha agencies'] } }]);
    expect(() => checkNoSharedWordings([a!, b!], [])).toThrowError(/org:a and org:b/);
    expect(() => checkNoSharedWordings([a!], ['Alpha Agency'])).toThrowError(/blocker/);
  });

  it('lets a theme share a wording with a programme ("DACA" is both), but not with a blocker', () => {
    const [programme] = parseEntityEntries('t.json', 'process', 'process', [{ id: 'process:daca', names: { en: 'DACA' }, aliases: {} }]);
    const [theme] = parseEntityEntries('t.json', 'theme', 'theme', [{ id: 'theme:legal-pathways', names: { en: 'Legal pathways' }, aliases: { any: ['DACA'] } }]);
    expect(() => checkNoSharedWordings([programme!, theme!], [])).not.toThrow();
    expect(() => checkNoSharedWordings([theme!], ['DACA'])).toThrowError(/blocker/);
    expect(idsIn('Congress failed to save DACA.')).toContain('process:daca');
  });

  it('lets two themes share a wording that names both, and the matcher yields both', () => {
    const themes = parseEntityEntries('t.json', 'theme', 'theme', [
      { id: 'theme:legal-pathways', names: { en: 'Legal pathways' }, aliases: { en: ['work visa quotas'] } },
      { id: 'theme:labour-migration', names: { en: 'Labour migration' }, aliases: { en: ['work visa quotas'] } },
    ]);
    expect(() => checkNoSharedWordings(themes, [])).not.toThrow();
    expect(() => checkNoSharedWordings(themes, ['work visa quotas'])).toThrowError(/blocker/);
    expect(idsIn("Le gouvernement fixe des quotas pour l'immigration professionnelle.")).toEqual(expect.arrayContaining(['theme:legal-pathways', 'theme:labour-migration']));
  });

  it('lists the organisations whose name holds a country they are no body of', () => {
    expect(organisationsNamedAfterAPlace()).toContain('org:norwegian-refugee-council');
    expect(organisationsNamedAfterAPlace()).not.toContain('org:it-coast-guard');
    const flagged = [{ id: 'org:x', names: { en: 'X' }, aliases: {}, countryInNameCounts: true }];
    expect(() => parseEntityEntries('organisations.json', 'organisation', 'org', flagged)).toThrowError(/org:x/);
  });
});

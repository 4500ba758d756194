/**
 * Entities found in text as stored and shown, on every dialect: people's roles (`show --json`: per
 * person, `roles: [{title, organisation}]`), one entity for one person written in two scripts, and
 * organisations the gazetteer lacks (found by the shape of their names) kept as one followable entity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showArticle } from '../../src/articles/article.service.js';
import type { Engine } from '../../src/engine.js';
import { loadEntityMatcher } from '../../src/entities/entity.service.js';
import { resolveTopic } from '../../src/entities/topic.service.js';
import { enrich } from '../../src/ingest/enrich.js';
import { storeArticle } from '../../src/ingest/store.js';
import { createSearcher } from '../../src/search/search.service.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const englishDraft = {
  url: 'https://news.example/en/bianchi-plan',
  title: 'EU migration plan ready, commissioner says',
  text: 'Carlo Bianchi, the European Commissioner for Migration, said the plan was ready.\n\nSudanese activist Huda Osman told reporters the camps in Libya were full.',
  published: '2026-11-18',
  lang: 'en',
  source: 'Sample English Outlet',
};

const arabicDraft = {
  url: 'https://news.example/ar/bianchi-plan',
  title: 'خطة أوروبية للهجرة',
  text: 'وأكد "كارلو بيانكي"، المفوض الأوروبي للهجرة، أن الخطة جاهزة.',
  published: '2026-11-18',
  lang: 'ar',
  source: 'Sample Arabic Outlet',
};

const shelterDraft = (url: string, text: string) => ({ url, title: 'Shelter full as buses keep arriving', text, published: '2026-11-20', lang: 'en', source: 'Sample English Outlet' });

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`people's roles on ${dialect.name}`, () => {
    let database: TestDatabase;
    let engine: Engine;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
    });

    afterAll(async () => {
      await engine?.store.close();
      await database?.drop();
    });

    it('stores each person with the roles the article gives and shows them', async () => {
      const matcher = await loadEntityMatcher(engine);
      const article = enrich(englishDraft, matcher);
      expect(await storeArticle(engine, article, null)).toBe('ingested');
      const view = await showArticle(engine, article.id);
      const people = view.entities.filter((e) => e.kind === 'person');
      expect(people.map((p) => [p.name, p.roles])).toEqual([
        ['Carlo Bianchi', [{ title: 'European Commissioner', organisation: 'Migration' }]],
        ['Huda Osman', [{ title: 'activist', organisation: 'Sudanese' }]],
      ]);
      // Other entities carry no roles field.
      expect(view.entities.find((e) => e.kind === 'country')).not.toHaveProperty('roles');
    });

    it('makes the Arabic article name the same entity', async () => {
      const matcher = await loadEntityMatcher(engine);
      const article = enrich(arabicDraft, matcher);
      expect(await storeArticle(engine, article, null)).toBe('ingested');
      const view = await showArticle(engine, article.id);
      const person = view.entities.find((e) => e.kind === 'person');
      expect(person?.id).toBe('person:krl-bnk');
      expect(person?.roles).toEqual([{ title: 'المفوض الأوروبي', organisation: 'للهجرة' }]);
    });

    it('finds the Arabic article from the Latin name or surname a user types', async () => {
      const arabicId = enrich(arabicDraft, await loadEntityMatcher(engine)).id;
      const searcher = await createSearcher(engine);
      for (const query of ['Bianchi', 'Carlo Bianchi', 'بيانكي']) {
        const { results } = await searcher.search(query, { limit: 10 });
        expect(results.map((r) => r.id), query).toContain(arabicId);
      }
    });

    it('stores a body the gazetteer lacks and shows it with the ways the article names it', async () => {
      const matcher = await loadEntityMatcher(engine);
      const article = enrich(shelterDraft('https://news.example/en/shelter-1', 'The Lakeside Coalition for Immigrant Families (LCIF) opened a second shelter on Monday. LCIF said 60 migrants slept there.'), matcher);
      expect(await storeArticle(engine, article, null)).toBe('ingested');
      const view = await showArticle(engine, article.id);
      const bodies = view.entities.filter((e) => e.id.startsWith('org:_'));
      expect(bodies.map((b) => [b.id, b.kind, b.name, b.mentions])).toEqual([
        ['org:_lakeside-coalition-for-immigrant-families', 'organisation', 'Lakeside Coalition for Immigrant Families', ['Lakeside Coalition for Immigrant Families', 'LCIF']],
      ]);
    });

    it('keeps one entity for the body in the next article, which a user can follow by its id', async () => {
      const matcher = await loadEntityMatcher(engine);
      const article = enrich(shelterDraft('https://news.example/en/shelter-2', 'Volunteers with the Lakeside Coalition for Immigrant Families said the buses kept coming.'), matcher);
      expect(await storeArticle(engine, article, null)).toBe('ingested');
      const view = await showArticle(engine, article.id);
      expect(view.entities.map((e) => e.id)).toContain('org:_lakeside-coalition-for-immigrant-families');
      const topic = await resolveTopic(engine, 'org:_lakeside-coalition-for-immigrant-families');
      expect([topic.kind, topic.names.en, topic.origin]).toEqual(['organisation', 'Lakeside Coalition for Immigrant Families', 'text']);
    });
  });
}

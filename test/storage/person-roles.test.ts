/**
 * People's roles as stored and shown (`show --json`: per person, `roles: [{title, organisation}]`), and
 * one entity for one person written in two scripts, on every dialect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showArticle } from '../../src/articles/article.service.js';
import type { Engine } from '../../src/engine.js';
import { loadEntityMatcher } from '../../src/entities/entity.service.js';
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
  });
}

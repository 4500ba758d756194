/**
 * The storage suite, run on every dialect: migrations, gazetteer sync, idempotent one-transaction
 * article writes, the full-text index, mentions, and the tables later issues fill.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate.js';
import type { Engine } from '../../src/engine.js';
import { loadEntityMatcher, syncGazetteer } from '../../src/entities/entity.service.js';
import { enrich } from '../../src/ingest/enrich.js';
import { storeArticle } from '../../src/ingest/store.js';
import { asMatchGroups, queryTermGroups } from '../../src/search/index-terms.js';
import { fullTextMatch, getArticle, countArticles } from '../../src/storage/article.repository.js';
import { aliasesOf, getEntity, upsertEntities } from '../../src/storage/entity.repository.js';
import { articlesMentioning, mentionsOfArticle } from '../../src/storage/mention.repository.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const arabicDraft = {
  url: 'https://news.example/ar/khartoum-process-meeting',
  title: 'اجتماع لعملية الخرطوم في القاهرة بحضور المنظمة الدولية للهجرة',
  text:
    'عقد كبار المسؤولين في عملية الخرطوم اجتماعا في القاهرة لمناقشة مكافحة تهريب المهاجرين والاتجار بالبشر.\n\n' +
    'وقالت المنظمة الدولية للهجرة إن أعداد المهاجرين الذين يعبرون بليبيا نحو إيطاليا ارتفعت هذا العام.\n\n' +
    'وشارك في الاجتماع ممثلون عن السودان وإريتريا وإثيوبيا والاتحاد الأوروبي.',
  published: '2026-11-18',
  lang: 'ar',
  source: 'Sample Arabic Outlet',
};

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`storage on ${dialect.name}`, () => {
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

    it('migrates a fresh database and loads the gazetteer once', async () => {
      const egypt = await getEntity(engine.store.db, 'country:EG');
      expect(egypt).toMatchObject({ kind: 'country', name_en: 'Egypt', country_code: 'EG' });
      expect(egypt?.name_ar).toBe('مصر');
      expect(await getEntity(engine.store.db, 'process:khartoum')).toMatchObject({ kind: 'process' });
      // Running the migrations and the sync again changes nothing.
      await migrateToLatest(engine.store.db);
      expect(await syncGazetteer(engine)).toBe(false);
    });

    it('writes every country’s national bodies, and rewrites entities given again (names and aliases replaced)', async () => {
      expect(await getEntity(engine.store.db, 'org:lb-coast-guard')).toMatchObject({ kind: 'organisation', name_en: 'Lebanese Coast Guard' });
      const now = new Date().toISOString();
      const records = [
        { id: 'org:test-one', kind: 'organisation' as const, names: { en: 'One' }, aliases: [{ text: 'One' }, { text: 'First' }], origin: 'user' as const },
        { id: 'org:test-two', kind: 'organisation' as const, names: { en: 'Two' }, aliases: [{ text: 'Two' }], origin: 'user' as const },
      ];
      await upsertEntities(engine.store.db, records, now);
      await upsertEntities(engine.store.db, [{ ...records[0]!, names: { en: 'One again', fr: 'Un' }, aliases: [{ text: 'Uno' }] }], now);
      expect(await getEntity(engine.store.db, 'org:test-one')).toMatchObject({ name_en: 'One again', name_fr: 'Un' });
      expect((await aliasesOf(engine.store.db, ['org:test-one', 'org:test-two'])).map((a) => a.alias)).toEqual(['Two', 'Uno']);
    });

    it('stores an article with its mentions and search terms, once', async () => {
      const matcher = await loadEntityMatcher(engine);
      const enriched = enrich(arabicDraft, matcher);
      expect(await storeArticle(engine, enriched, { name: 'Sample Arabic Outlet', url: null, kind: 'file' })).toBe('ingested');
      expect(await storeArticle(engine, enriched, null)).toBe('unchanged');
      // The same body under another URL is the same article.
      const moved = enrich({ ...arabicDraft, url: 'https://mirror.example/copy' }, matcher);
      expect(await storeArticle(engine, moved, null)).toBe('unchanged');
      expect(await countArticles(engine.store.db)).toBe(1);

      const stored = await getArticle(engine.store.db, enriched.id);
      expect(stored).toMatchObject({ title: arabicDraft.title, lang: 'ar', published: '2026-11-18', source: 'Sample Arabic Outlet' });
      const entityIds = (await mentionsOfArticle(engine.store.db, enriched.id)).map((m) => m.id);
      expect(entityIds).toEqual(expect.arrayContaining(['process:khartoum', 'org:iom', 'country:LY', 'country:SD', 'country:IT', 'country:ER']));
      // «في القاهرة» is the city where the meeting sat, not Egypt acting (test/understanding/LABELLING.md).
      expect(entityIds).not.toContain('country:EG');
      const hits = await articlesMentioning(engine.store.db, ['process:khartoum'], 10);
      expect(hits.map((h) => h.article_id)).toEqual([enriched.id]);
    });

    it('finds clitic and letter variants through the full-text index', async () => {
      for (const query of ['ليبيا', 'الخرطوم', 'المهاجرين', 'مهاجرين', 'الإتجار']) {
        const hits = await fullTextMatch(engine.store.db, engine.store.dialect, asMatchGroups(queryTermGroups(query)), { anyGroup: false, limit: 10 });
        expect(hits.length, query).toBe(1);
      }
    });

    it('never lets a user string reach the index as syntax', async () => {
      for (const query of ['"unbalanced', 'NEAR(a b)', 'a OR', '*', "'; DROP TABLE articles; --", 'title:x', '()', '-', 'x'.repeat(10_000), '']) {
        await expect(fullTextMatch(engine.store.db, engine.store.dialect, asMatchGroups(queryTermGroups(query)), { anyGroup: false, limit: 5 })).resolves.toBeInstanceOf(Array);
      }
      expect(await countArticles(engine.store.db)).toBe(1);
    });

    it('writes nothing of an article whose transaction fails', async () => {
      const matcher = await loadEntityMatcher(engine);
      const enriched = enrich({ ...arabicDraft, url: 'https://news.example/broken', text: `${arabicDraft.text}\nنص مختلف.` }, matcher);
      // A mention of an entity that does not exist violates a foreign key mid-transaction.
      enriched.mentions.push({ entityId: 'org:does-not-exist', count: 1, surfaces: ['x'], firstOffset: 0, weight: 1 });
      await expect(storeArticle(engine, enriched, { name: 'Another Outlet', url: null, kind: 'file' })).rejects.toThrow();
      expect(await getArticle(engine.store.db, enriched.id)).toBeUndefined();
      const sources = await engine.store.db.selectFrom('sources').select('name').execute();
      expect(sources.map((s) => s.name)).not.toContain('Another Outlet');
      const fts = await fullTextMatch(engine.store.db, engine.store.dialect, asMatchGroups(queryTermGroups('مختلف')), { anyGroup: false, limit: 5 });
      expect(fts).toEqual([]);
    });

    it('has the subscription and compiled-summary tables ready, with their uniqueness rules', async () => {
      const { db } = engine.store;
      const subscription = { platform: 'slack', workspace_id: 'T1', conversation_id: 'C1', user_id: 'U1', entity_id: 'country:EG', mode: 'brief', language: 'en', created_at: '2026-11-20T12:00:00Z', paused_reason: null };
      await db.insertInto('subscriptions').values(subscription).execute();
      await expect(db.insertInto('subscriptions').values(subscription).execute()).rejects.toThrow();
      const summary = { scope: 'process:khartoum', entity_id: 'process:khartoum', period_start: '2026-11-16', period_end: '2026-11-22', covers_from: '2026-11-09', lang: 'en', content: '{}', stale: 0, compiled_at: '2026-11-20T12:00:00Z', audit: null };
      await db.insertInto('compiled_summaries').values(summary).execute();
      await expect(db.insertInto('compiled_summaries').values(summary).execute()).rejects.toThrow();
      const count = await sql<{ n: number }>`select count(*) as n from subscriptions`.execute(db);
      expect(Number(count.rows[0]?.n)).toBe(1);
    });
  });
}

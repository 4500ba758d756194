/**
 * Stories kept at ingestion (issue 15), on every dialect: an article has its story as soon as it is
 * stored; a report linking two stories merges them and no article is lost (merge chains followed);
 * digests read the stored stories instead of clustering the week; articles stored before migration
 * 0017 get their stories from the backfill (`mawjaz migrate`, `serve` in the background).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigester } from '../../digests/compile/digester.js';
import { ALL_TOPICS } from '../../digests/compile/topic-digest.js';
import { migrateToLatest, runMigrations } from '../../db/migrate.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { loadEntityMatcher } from '../../src/entities/entity.service.js';
import { enrich, type EnrichedArticle } from '../../src/ingest/enrich.js';
import { storeArticle, storeArticles } from '../../src/ingest/store.js';
import { runBackfills } from '../../src/ingest/backfills.js';
import { articleStories, currentStories } from '../../src/storage/story.repository.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const RESCUE =
  'Coast guard vessels from Malta rescued 143 migrants from two wooden boats east of Valletta on Monday, the armed ' +
  'forces said. A child was flown to hospital in Msida. The boats had left Garabulli in Libya three days earlier, ' +
  'survivors told workers of the charity Harbour Watch, who counted 143 people on board.';

type Matcher = Awaited<ReturnType<typeof loadEntityMatcher>>;

function rescue(matcher: Matcher, slug: string, published: string, title = 'Malta rescues 143 migrants east of Valletta'): EnrichedArticle {
  // Each outlet's copy ends its own way: the same body twice would be one article (content hash).
  const text = `${RESCUE} This report was filed for ${slug.split('/')[0]?.toUpperCase()} readers.`;
  return enrich({ url: `https://news.example/${slug}`, title, text, published, lang: 'en' }, matcher);
}

function budget(matcher: Matcher, published: string): EnrichedArticle {
  return enrich(
    {
      url: 'https://news.example/budget',
      title: 'Parliament passes a budget with a new fuel duty',
      text: 'Lawmakers in Valletta passed the annual budget on Monday after a long debate over a fuel duty and pension spending.',
      published,
      lang: 'en',
    },
    matcher,
  );
}

const outlet = (name: string) => ({ name, url: null, kind: 'file' });

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`stories kept at ingestion on ${dialect.name}`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let matcher: Matcher;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
      matcher = await loadEntityMatcher(engine);
    });

    afterAll(async () => {
      await closeEngine(engine);
      await database.drop();
    });

    it('gives each stored article its story in the same write: wire copies from two outlets share one, other news starts its own', async () => {
      const first = rescue(matcher, 'a/rescue', '2026-11-16T08:00:00Z');
      const copy = rescue(matcher, 'b/rescue', '2026-11-16T11:00:00Z', 'Malta: 143 migrants rescued near Valletta');
      const other = budget(matcher, '2026-11-16T12:00:00Z');
      await storeArticles(engine, [
        { article: first, source: outlet('Island Wire') },
        { article: copy, source: outlet('Harbour Daily') },
        { article: other, source: outlet('Island Wire') },
      ]);
      const stories = await articleStories(engine.store.db, [first.id, copy.id, other.id]);
      expect(stories.get(first.id)).toBe(`s${first.id}`);
      expect(stories.get(copy.id)).toBe(`s${first.id}`);
      expect(stories.get(other.id)).toBe(`s${other.id}`);
      const row = await engine.store.db.selectFrom('stories').selectAll().where('id', '=', `s${first.id}`).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ article_count: 2, languages: 'en', representative_id: first.id, merged_into: null, first_seen: '2026-11-16T08:00:00Z', last_seen: '2026-11-16T11:00:00Z' });
    });

    it('merges two stories a later report shows to be one, and every article still reaches it', async () => {
      // Four days apart: never candidates of each other, so each starts a story (as two replicas
      // storing reports of one event at the same moment would).
      const early = rescue(matcher, 'c/rescue-early', '2026-11-02T08:00:00Z');
      const late = rescue(matcher, 'd/rescue-late', '2026-11-06T08:00:00Z');
      await storeArticle(engine, early, outlet('Island Wire'));
      await storeArticle(engine, late, outlet('Harbour Daily'));
      const before = await articleStories(engine.store.db, [early.id, late.id]);
      expect(before.get(early.id)).not.toBe(before.get(late.id));

      const bridge = rescue(matcher, 'e/rescue-bridge', '2026-11-04T08:00:00Z');
      await storeArticle(engine, bridge, outlet('Valletta Post'));
      const after = await articleStories(engine.store.db, [early.id, late.id, bridge.id]);
      const story = after.get(bridge.id);
      expect(story).toBeDefined();
      expect(after.get(early.id)).toBe(story);
      expect(after.get(late.id)).toBe(story);
      const rows = await engine.store.db.selectFrom('stories').selectAll().where('id', 'in', [`s${early.id}`, `s${late.id}`]).execute();
      const absorbed = rows.find((r) => r.id !== story);
      expect(absorbed?.merged_into).toBe(story);
      expect(rows.find((r) => r.id === story)).toMatchObject({ article_count: 3, first_seen: '2026-11-02T08:00:00Z', last_seen: '2026-11-06T08:00:00Z' });

      // A replica that stored a report into the absorbed story just before the merge committed leaves
      // its article pointing there: readers follow the chain.
      await engine.store.db.updateTable('articles').set({ story_id: absorbed?.id ?? null }).where('id', '=', late.id).execute();
      expect((await articleStories(engine.store.db, [late.id])).get(late.id)).toBe(story);
      expect((await currentStories(engine.store.db, [absorbed?.id ?? ''])).get(absorbed?.id ?? '')?.id).toBe(story);
    });

    it('digests show the stored stories: articles ingestion put in one story are one story, unclustered', async () => {
      const period = { from: '2026-11-16', to: '2026-11-22' };
      const counts = async () => (await createDigester(engine).topicDigest(ALL_TOPICS, period, 'en', 'everything')).digest.stories.map((s) => s.articleCount).sort();
      expect(await counts()).toEqual([1, 2]);

      // Fold the budget story into the rescue story as a late merge would: the digest follows it,
      // though no clustering would ever put these two together.
      const rescueId = (await articleStories(engine.store.db, [rescue(matcher, 'a/rescue', '2026-11-16T08:00:00Z').id])).values().next().value ?? '';
      const budgetId = `s${budget(matcher, '2026-11-16T12:00:00Z').id}`;
      await engine.store.db.updateTable('stories').set({ merged_into: rescueId }).where('id', '=', budgetId).execute();
      await engine.store.db.deleteFrom('compiled_summaries').execute();
      expect(await counts()).toEqual([3]);
      await engine.store.db.updateTable('stories').set({ merged_into: null }).where('id', '=', budgetId).execute();
    });

    it('gives articles stored before migration 0017 their stories when backfilled', async () => {
      await runMigrations(engine.store.db, { kind: 'to', name: '0016' });
      await migrateToLatest(engine.store.db);
      const { n } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM articles WHERE story_id IS NULL`.execute(engine.store.db).then((r) => r.rows[0]!);
      expect(Number(n)).toBe(6);
      expect((await runBackfills(engine)).stories).toBe(6);
      expect((await runBackfills(engine)).stories).toBe(0);
      const ids = (await engine.store.db.selectFrom('articles').select('id').execute()).map((r) => r.id);
      const stories = await articleStories(engine.store.db, ids);
      expect(stories.size).toBe(6);
      // The three rescue reports of early November are one story again; the budget stands alone.
      expect(new Set(stories.values()).size).toBe(3);
    });
  });
}

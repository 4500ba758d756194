/**
 * Compiling briefs from the database, on SQLite and PostgreSQL: the bundled samples are ingested by
 * the real pipeline, then briefs are compiled, stored, reused, made stale by new articles, and
 * recompiled — what a subscriber's Monday brief goes through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief, BriefStory } from '../../digests/brief/brief-model.js';
import { renderBriefMarkdown } from '../../digests/brief/render-markdown.js';
import { createDigester, createPeriodCache } from '../../digests/compile/digester.js';
import { parsePeriod } from '../../digests/compile/period.js';
import { ALL_TOPICS } from '../../digests/compile/topic-digest.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { addTopic } from '../../src/entities/topic.service.js';
import { loadEntityMatcher } from '../../src/entities/entity.service.js';
import { enrich } from '../../src/ingest/enrich.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { storeArticle } from '../../src/ingest/store.js';
import { findCompiledSummary } from '../../src/storage/compiled-summary.repository.js';
import { samplesNewsDir } from '../support/cli.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

/** The week holding the samples' Khartoum Process meeting in Cairo (reported in Arabic and in English). */
const CAIRO_WEEK = parsePeriod('2026-11-09', '2026-11-15');
const LATEST_WEEK = parsePeriod('2026-11-14', '2026-11-20');
const EMPTY_WEEK = parsePeriod('2025-03-03', '2025-03-09');

const allStories = (brief: Brief): BriefStory[] => [...brief.sections.flatMap((s) => s.stories), ...(brief.otherStories ?? [])];
const section = (brief: Brief, id: string) => brief.sections.find((s) => s.topic.id === id);

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`compiling briefs from the database (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
      const summary = await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
      expect(summary.failed).toBe(0);
    }, 60_000);
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
    });

    it('groups the same meeting reported in Arabic and English into one story, under the most specific followed topic', async () => {
      const brief = await createDigester(engine).brief({ period: CAIRO_WEEK, topics: ['egypt', 'Khartoum Process'], lang: 'en' });
      const khartoum = section(brief, 'process:khartoum');
      expect(khartoum?.stories).toHaveLength(1);
      const meeting = khartoum!.stories[0]!;
      expect(meeting.articles).toHaveLength(2);
      expect(new Set(meeting.languages)).toEqual(new Set(['ar', 'en']));
      expect(meeting.sources).toHaveLength(2);
      // The English report's headline leads an English brief.
      expect(meeting.articles[0]!.lang).toBe('en');
      expect(meeting.headline).toBe(meeting.articles[0]!.title);
      expect(meeting.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['EG']));
      expect(meeting.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['process:khartoum']));
      // It touches Egypt too, but is shown once: Egypt's section does not repeat it, yet counts it.
      const egypt = section(brief, 'country:EG');
      expect(egypt?.stories.map((s) => s.id)).not.toContain(meeting.id);
      expect(egypt!.count).toBeGreaterThan(egypt!.stories.length);
      expect(allStories(brief).filter((s) => s.id === meeting.id)).toHaveLength(1);
      // The reader is told where the missing one went rather than left to wonder at the count.
      expect(renderBriefMarkdown(brief)).toContain(`_${egypt!.count - egypt!.stories.length} more story this week, under a more specific topic or beyond those shown_`);
    });

    it('lists only stories about the followed topic, with week-on-week counts', async () => {
      const digester = createDigester(engine);
      const brief = await digester.brief({ period: LATEST_WEEK, topics: ['country:EG'], lang: 'en' });
      const egypt = section(brief, 'country:EG')!;
      expect(egypt.stories.length).toBeGreaterThan(0);
      for (const story of egypt.stories) expect(story.countries.map((c) => c.code)).toContain('EG');
      expect(brief.otherStories).toBeUndefined();
      const before = await digester.brief({ period: parsePeriod('2026-11-07', '2026-11-13'), topics: ['country:EG'], lang: 'en' });
      expect(egypt.previousCount).toBe(section(before, 'country:EG')!.count);
      expect(egypt.change).toBe(egypt.count - egypt.previousCount);
      // The topic itself is not among its own "most mentioned".
      expect(brief.topCountries.map((c) => c.id)).not.toContain('country:EG');
    });

    it('takes the previous count from last period\'s stored digest, and gets the same number without it', async () => {
      const lastWeek = parsePeriod('2026-11-07', '2026-11-13');
      await engine.store.db.deleteFrom('compiled_summaries').execute();
      const clustered = (await createDigester(engine).topicDigest('country:LY', LATEST_WEEK, 'en')).digest;
      await engine.store.db.deleteFrom('compiled_summaries').execute();
      const stored = (await createDigester(engine).topicDigest('country:LY', lastWeek, 'en')).digest;
      const reused = (await createDigester(engine).topicDigest('country:LY', LATEST_WEEK, 'en')).digest;
      expect(reused.previousCount).toBe(stored.count);
      expect(reused.previousCount).toBe(clustered.previousCount);
      expect(reused.stories).toEqual(clustered.stories);
    });

    it('says so honestly when nothing happened', async () => {
      const brief = await createDigester(engine).brief({ period: EMPTY_WEEK, topics: ['process:khartoum', 'libya'], lang: 'en' });
      expect(brief.sections.map((s) => [s.topic.id, s.count, s.stories.length])).toEqual([
        ['process:khartoum', 0, 0],
        ['country:LY', 0, 0],
      ]);
      const md = renderBriefMarkdown(brief);
      expect(md).toContain('_Nothing new on Khartoum Process this week_');
      expect(md).toContain('_Nothing new on Libya this week_');
      expect(brief.stats).toEqual({ articles: 0, stories: 0, sources: 0, languages: {} });
    });

    it('writes an Arabic brief with Arabic names, right to left', async () => {
      const brief = await createDigester(engine).brief({ period: CAIRO_WEEK, topics: ['عملية الخرطوم'], lang: 'ar' });
      expect(brief.direction).toBe('rtl');
      const khartoum = section(brief, 'process:khartoum')!;
      expect(khartoum.topic.nameAr).toBe('عملية الخرطوم');
      // The Arabic report heads the story in an Arabic brief.
      expect(khartoum.stories[0]!.articles[0]!.lang).toBe('ar');
      const md = renderBriefMarkdown(brief);
      expect(md.startsWith('<div dir="rtl" lang="ar">')).toBe(true);
      expect(md).toContain('## عملية الخرطوم');
    });

    it('lists the top stories of the period when no topic is followed', async () => {
      const brief = await createDigester(engine).brief({ period: LATEST_WEEK, topics: [], lang: 'en', perSection: 50 });
      expect(brief.sections).toEqual([]);
      const stories = brief.otherStories ?? [];
      expect(stories.length).toBe(brief.stats.stories);
      // Most reported first.
      expect(stories[0]!.sources.length).toBeGreaterThanOrEqual(stories.at(-1)!.sources.length);
      expect(renderBriefMarkdown(brief)).toContain('## Top stories');
    });

    it('stores compiled digests, reuses them, and recompiles when a new article lands in the period', async () => {
      const period = parsePeriod('2026-11-16', '2026-11-22');
      const first = await createDigester(engine).topicDigest('country:LY', period, 'en');
      expect(first.reused).toBe(false);
      const again = await createDigester(engine).topicDigest('country:LY', period, 'en');
      expect(again.reused).toBe(true);
      expect(again.digest).toEqual(first.digest);

      // An article dated long before the period and its previous week leaves the digest fresh.
      const matcher = await loadEntityMatcher(engine);
      const old = enrich({ url: 'https://news.example/2024/libya-old', title: 'Libya coast guard report from 2024', text: 'Libya coast guard figures were published in Tripoli on Monday. Libya said more boats were stopped.', published: '2024-05-06', lang: 'en' }, matcher);
      await storeArticle(engine, old, { name: 'Test Wire', url: null, kind: 'file' });
      expect((await createDigester(engine).topicDigest('country:LY', period, 'en')).reused).toBe(true);

      const fresh = enrich({ url: 'https://news.example/2026/11/21/libya-new', title: 'Libya frees 60 migrants held by smugglers near Bani Walid', text: 'Libyan authorities freed 60 migrants held by smugglers in a raid near Bani Walid on Saturday. Libya said five suspects were arrested.', published: '2026-11-21', lang: 'en' }, matcher);
      await storeArticle(engine, fresh, { name: 'Test Wire', url: null, kind: 'file' });
      const row = await findCompiledSummary(engine.store.db, { scope: 'country:LY', periodStart: period.from, periodEnd: period.to, lang: 'en' });
      expect(row?.stale).toBe(1);
      const recompiled = await createDigester(engine).topicDigest('country:LY', period, 'en');
      expect(recompiled.reused).toBe(false);
      expect(recompiled.digest.count).toBe(first.digest.count + 1);
      expect(recompiled.digest.stories.flatMap((s) => s.story.articles.map((a) => a.id))).toContain(fresh.id);
      expect((await findCompiledSummary(engine.store.db, { scope: 'country:LY', periodStart: period.from, periodEnd: period.to, lang: 'en' }))?.stale).toBe(0);
    });

    it('shares one clustering of a week across digesters, and rebuilds it when an article arrives', async () => {
      const cache = createPeriodCache();
      const period = parsePeriod('2026-11-16', '2026-11-22');
      await engine.store.db.deleteFrom('compiled_summaries').execute();
      const egypt = await createDigester(engine, { periodCache: cache }).topicDigest('country:EG', period, 'en');
      expect(cache.entries.size).toBe(2); // this week and the week before
      const matcher = await loadEntityMatcher(engine);
      const late = enrich({ url: 'https://news.example/2026/11/22/egypt-late', title: 'Egypt opens a second asylum office in Aswan', text: 'Egypt opened a second asylum office in Aswan on Sunday, the refugee committee said. Egypt expects more applications.', published: '2026-11-22', lang: 'en' }, matcher);
      await storeArticle(engine, late, { name: 'Test Wire', url: null, kind: 'file' });
      const again = await createDigester(engine, { periodCache: cache }).topicDigest('country:EG', period, 'en');
      expect(again.reused).toBe(false);
      expect(again.digest.count).toBe(egypt.digest.count + 1);
      expect(again.digest.stories.flatMap((s) => s.story.articles.map((a) => a.id))).toContain(late.id);
    });

    it('marks a digest stale when an article lands in the previous period it compares with', async () => {
      const period = parsePeriod('2026-11-16', '2026-11-22');
      await createDigester(engine).topicDigest(ALL_TOPICS, period, 'en');
      const matcher = await loadEntityMatcher(engine);
      const lastWeek = enrich({ url: 'https://news.example/2026/11/10/tunisia-returns', title: 'Tunisia and Italy sign a returns protocol', text: 'Tunisia and Italy signed a protocol on returns in Rome on Tuesday, the interior ministries said.', published: '2026-11-10', lang: 'en' }, matcher);
      await storeArticle(engine, lastWeek, { name: 'Test Wire', url: null, kind: 'file' });
      const result = await createDigester(engine).topicDigest(ALL_TOPICS, period, 'en');
      expect(result.reused).toBe(false);
    });

    it('re-links a newly tracked topic and compiles its digest from existing articles', async () => {
      const period = LATEST_WEEK;
      await createDigester(engine).topicDigest(ALL_TOPICS, period, 'en');
      const change = await addTopic(engine, { name: 'Kufra', kind: 'theme', aliases: ['Kufra', 'الكفرة'] });
      expect(change.relinked).toBeGreaterThan(0);
      // The all-topics digest was marked stale by the re-link.
      expect((await createDigester(engine).topicDigest(ALL_TOPICS, period, 'en')).reused).toBe(false);
      const brief = await createDigester(engine).brief({ period, topics: ['Kufra'], lang: 'en' });
      const kufra = section(brief, change.topic.id)!;
      expect(kufra.stories).toHaveLength(1);
      expect(kufra.stories[0]!.articles).toHaveLength(2);
    });
  });
}

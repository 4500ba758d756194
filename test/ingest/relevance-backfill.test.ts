/**
 * Articles stored before migration 0016 have no relevance: the backfill scores them as enrichment
 * would (SQLite and PostgreSQL), whether run to the end (`mawjaz migrate`) or in short slices in the
 * background (`serve`), and a server started after it is done does not look again. Serve's scores them
 * in the feed ingester's worker thread (issue 15): the entity matcher they need (~300 ms of CPU to load
 * and build) is never built on the event loop that answers Slack and Teams, and the scores are the same.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeEngine, databaseTarget, type Engine } from '../../src/engine.js';
import { RELEVANCE_THRESHOLD } from '../../src/entities/relevance.js';
import { type FeedIngester, workerFeedIngester } from '../../src/feeds/feed-ingester.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { runBackfills, startBackgroundBackfills, startServerBackfills } from '../../src/ingest/backfills.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { matcherLoads } from '../support/matcher-loads.js';

// Matchers built on this thread (the worker's modules are its own, not mocked).
vi.mock('../../src/entities/entity.service.js', async (importOriginal) => (await import('../support/matcher-loads.js')).countingMatcherLoads(importOriginal));

const ARTICLES = [
  { url: 'https://harbour.invalid/rescue', title: 'Coast guard rescues 80 migrants after their boat capsized off Lampedusa', text: 'The Italian coast guard rescued 80 migrants on Monday after their rubber boat capsized in the central Mediterranean. The migrants, who had left Libya two days earlier, were taken to Lampedusa, where the asylum seekers among them will be registered.', published: '2026-11-16T08:00:00Z' },
  { url: 'https://markets.invalid/bonds', title: 'Morocco sells two billion dollars of bonds as investors return', text: 'Morocco sold two billion dollars of ten-year bonds on Tuesday, its finance ministry said, as investors returned to emerging markets after the central bank held its rates.', published: '2026-11-16T09:00:00Z' },
];

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`relevance of articles stored before it existed (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let ingester: FeedIngester;
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-backfill-'));
    const forget = async () => {
      // As a database migrated from 0015 holds them: no score, and no backfill done yet.
      await engine.store.db.updateTable('articles').set({ relevance: null }).execute();
      await engine.store.db.deleteFrom('meta').where('key', '=', 'relevance_backfilled').execute();
    };
    const scores = async () => Object.fromEntries((await engine.store.db.selectFrom('articles').select(['url', 'relevance']).execute()).map((r) => [r.url, r.relevance]));

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target);
      const input = join(dir, 'old.jsonl');
      writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
      await ingestInputs(engine, [input], { allowPrivate: false, workers: 0 });
      ingester = workerFeedIngester(engine.config, databaseTarget(engine.config, database.target));
    }, 60_000);
    afterAll(async () => {
      await ingester?.close();
      if (engine) await closeEngine(engine);
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    const expectScored = async () => {
      const after = await scores();
      expect(after[ARTICLES[0]!.url]).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
      expect(after[ARTICLES[1]!.url]).toBeLessThan(RELEVANCE_THRESHOLD);
    };

    it('scores them to the end, as enrichment would', async () => {
      await forget();
      expect(await runBackfills(engine)).toEqual({ relevance: 2, stories: 0 });
      await expectScored();
      expect(await runBackfills(engine)).toEqual({ relevance: 0, stories: 0 });
    });

    it('scores them in the background one slice at a time, and a later start does not look again', async () => {
      await forget();
      // A slice of no time still does one article: two slices here.
      expect(await startBackgroundBackfills(engine, { sliceMs: 0, pauseMs: 0, retryMs: 0 }).finished).toEqual({ relevance: 2, stories: 0 });
      await expectScored();
      await engine.store.db.updateTable('articles').set({ relevance: null }).execute();
      expect(await startBackgroundBackfills(engine, { sliceMs: 0, pauseMs: 0, retryMs: 0 }).finished).toEqual({ relevance: 0, stories: 0 });
      expect(Object.values(await scores())).toEqual([null, null]);
    });

    it('scores them in the feed ingester\'s worker for serve, as in-process, building no matcher on the main thread', async () => {
      await forget();
      const matchersBefore = matcherLoads.count;
      expect(await runBackfills(engine)).toEqual({ relevance: 2, stories: 0 });
      // The in-process backfill builds its matcher here: what the worker spares this thread.
      expect(matcherLoads.count).toBe(matchersBefore + 1);
      const inProcess = await scores();

      await forget();
      expect(await startBackgroundBackfills(engine, { sliceMs: 15, pauseMs: 0, retryMs: 0, scorer: ingester.relevanceScorer() }).finished).toEqual({ relevance: 2, stories: 0 });
      expect(await scores()).toEqual(inProcess);
      expect(matcherLoads.count).toBe(matchersBefore + 1);
    }, 60_000);

    // serve backfills by itself only where it migrates the schema itself (SQLite's default), so on SQLite only.
    if (dialect.name === 'sqlite') {
      it('is what serve starts where it migrates the schema itself', async () => {
        await forget();
        const matchersBefore = matcherLoads.count;
        const backfills = await startServerBackfills(engine, ingester.relevanceScorer(), { sliceMs: 15, pauseMs: 0, retryMs: 0 });
        expect(await backfills?.finished).toEqual({ relevance: 2, stories: 0 });
        await expectScored();
        expect(matcherLoads.count).toBe(matchersBefore);
      }, 60_000);
    }
  });
}

/**
 * The server compiles its briefs in a worker thread (issue 15: nothing slow on the event loop that
 * answers Slack and Teams). The worker, with its own connection to the same database, must compile
 * the very brief the in-process digester does (the conversation's hidden stories left out too), send
 * the outbox's briefs, and turn a brief that cannot be compiled into a failure of that brief only.
 * It also links the articles naming a topic tracked from chat, whose entity matcher (~300 ms of CPU)
 * is then never built on the event loop.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Brief } from '../../digests/brief/brief-model.js';
import { weekEnding } from '../../digests/compile/period.js';
import { NO_FILTER } from '../../digests/compile/story-filter.js';
import { createCommandService } from '../../src/commands/command.service.js';
import { sendDueBriefs } from '../../src/delivery/brief-sender.js';
import { inProcessBriefCompiler, WorkerBriefCompiler } from '../../src/delivery/brief-compiler.js';
import type { BriefDeliverer, DeliveryTarget } from '../../src/delivery/deliverer.js';
import { closeEngine, databaseTarget, type Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { follow } from '../../src/subscriptions/subscription.service.js';
import type { Audience, Target } from '../../src/subscriptions/targets.js';
import { samplesNewsDir } from '../support/cli.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { matcherLoads } from '../support/matcher-loads.js';

// Matchers built on this thread (the worker's modules are its own, not mocked).
vi.mock('../../src/entities/entity.service.js', async (importOriginal) => (await import('../support/matcher-loads.js')).countingMatcherLoads(importOriginal));

const analyst: Target = { platform: 'slack', workspaceId: 'T7', conversationId: 'user:U7', kind: 'user', userId: 'U7' };
const WEEK = weekEnding('2026-11-22');

/** The brief without the moment it was put together: the worker's clock starts at the caller's and runs on. */
const content = (brief: Brief) => ({ ...brief, generatedAt: brief.generatedAt.slice(0, 16) });


class RecordingPlatform implements BriefDeliverer {
  readonly platform = 'slack';
  readonly sent: Brief[] = [];
  async deliver(_target: DeliveryTarget, brief: Brief): Promise<string[]> {
    this.sent.push(brief);
    return [`ts-${this.sent.length}`];
  }
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`briefs compiled in a worker thread (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    let compiler: WorkerBriefCompiler;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target, () => new Date('2026-11-23T06:00:00Z'));
      await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
      compiler = new WorkerBriefCompiler(engine.config, databaseTarget(engine.config, database.target));
    }, 60_000);
    afterAll(async () => {
      await compiler?.close();
      if (engine) await closeEngine(engine);
      await database?.drop();
    });

    it('compiles the brief the in-process digester compiles, with the reader\'s hidden stories left out', async () => {
      const request = { period: WEEK, topics: ['country:EG', 'process:khartoum'], lang: 'en' as const };
      const here = await inProcessBriefCompiler(engine).session(engine).brief(request);
      const session = compiler.session(engine);
      const there = await session.brief(request);
      expect(here.stats.stories).toBeGreaterThan(0);
      expect(content(there)).toEqual(content(here));

      // A Set-valued filter crosses to the worker: the hidden story's articles are gone from its brief.
      const hidden = here.sections.flatMap((s) => s.stories)[0]!.articles.map((a) => a.id);
      const filtered = await session.brief({ ...request, filter: { hiddenArticles: new Set(hidden), mutedSources: new Set() } });
      session.end();
      const shown = new Set(filtered.sections.flatMap((s) => s.stories.flatMap((story) => story.articles.map((a) => a.id))));
      expect(hidden.some((id) => shown.has(id))).toBe(false);
    });

    it('links the articles naming a topic tracked from chat in the worker, as in-process, building no matcher here', async () => {
      const audience: Audience = { platform: 'slack', workspaceId: 'T7', userId: 'U7', channelId: 'D7', isDirect: true };
      const linkedTo = async (topicId: string) => (await engine.store.db.selectFrom('mentions').select('article_id').where('entity_id', '=', topicId).execute()).length;
      const before = matcherLoads.count;
      const here = await createCommandService(engine).run(audience, 'track Smuggled crossings = smugglers, capsized');
      // In-process, the matcher is built on this thread: what the worker spares the server's.
      expect(matcherLoads.count).toBe(before + 1);
      const there = await createCommandService(engine, {}, compiler).run(audience, 'track Boat smuggling = smugglers, capsized');
      expect(matcherLoads.count).toBe(before + 1);
      expect(here).toMatchObject({ kind: 'tracked', relinked: expect.any(Number) });
      expect(there).toMatchObject({ kind: 'tracked', topic: { id: 'topic:boat-smuggling' } });
      const relinked = (there as { relinked: number }).relinked;
      expect(relinked).toBeGreaterThan(0);
      expect(relinked).toBe((here as { relinked: number }).relinked);
      expect(await linkedTo('topic:boat-smuggling')).toBe(relinked);
    });

    it('fails a brief that cannot be compiled, naming why, and compiles the next', async () => {
      const session = compiler.session(engine);
      await expect(session.brief({ period: WEEK, topics: ['no topic has this name at all'], lang: 'en' })).rejects.toThrow(/no topic/i);
      expect((await session.brief({ period: WEEK, topics: ['country:LY'], lang: 'ar' })).lang).toBe('ar');
      session.end();
    });

    it('sends the outbox\'s due briefs through it', async () => {
      await follow(engine, analyst, 'country:EG', 'brief');
      const platform = new RecordingPlatform();
      const report = await sendDueBriefs(engine, [platform], { now: true, drain: { compiler } });
      expect(report).toEqual({ sent: 1, failed: [], skipped: 0, retrying: 0 });
      expect(platform.sent[0]?.sections.map((s) => s.topic.id)).toEqual(['country:EG']);
    });

    it('compiles the topic card chat shows, as the in-process path does', async () => {
      const request = { topicId: 'country:EG', lang: 'ar' as const, filter: NO_FILTER, coverage: 'migration' as const };
      const here = await inProcessBriefCompiler(engine).card(engine, request);
      const there = await compiler.card(engine, request);
      expect(here?.count).toBeGreaterThan(0);
      expect(there).toEqual(here);
    });

    it("queues the scheduler's due briefs in the worker, once per period", async () => {
      const reader: Target = { platform: 'teams', workspaceId: 'tenant-9', conversationId: 'user:aad-9', kind: 'user', userId: 'aad-9' };
      await follow(engine, reader, 'country:LY', 'brief');
      const due = { briefPlatforms: ['teams'], alertPlatforms: [], graceMs: 8 * 86_400_000 };
      expect((await compiler.queueDue(engine, due)).briefs).toEqual({ queued: 1, alreadyQueued: 0 });
      expect((await compiler.queueDue(engine, due)).briefs).toEqual({ queued: 0, alreadyQueued: 1 });
      const rows = await engine.store.db.selectFrom('outbox').select(['platform', 'conversation_id']).where('kind', '=', 'brief').where('platform', '=', 'teams').execute();
      expect(rows).toEqual([{ platform: 'teams', conversation_id: 'user:aad-9' }]);
    });
  });
}

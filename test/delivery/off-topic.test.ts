/**
 * Migration relevance in use, on SQLite and PostgreSQL: a follower of "Egypt" gets Egypt's migration
 * news in briefs and alerts, not its football. The off-topic report stays out of alerts and of the
 * brief (in chat and on the CLI's digester) unless the reader asks for everything («brief all»,
 * `--all`). The articles are written for this test on the model of real reports.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../digests/brief/brief-model.js';
import { createDigester } from '../../digests/compile/digester.js';
import { weekEnding } from '../../digests/compile/period.js';
import { showArticle } from '../../src/articles/article.service.js';
import { createCommandService } from '../../src/commands/command.service.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { RELEVANCE_THRESHOLD } from '../../src/entities/relevance.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { follow } from '../../src/subscriptions/subscription.service.js';
import type { Audience, Target } from '../../src/subscriptions/targets.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

const NOW = new Date('2026-11-18T12:00:00Z');
const MIGRATION = {
  url: 'https://nile-wire.invalid/egypt-returns',
  title: 'Egypt deports 120 Sudanese refugees as arrests of migrants rise in Aswan',
  text: 'Egyptian authorities deported 120 Sudanese refugees and asylum seekers this week, rights groups said, after police arrested hundreds of migrants in Aswan for irregular entry.\n\nThe UN refugee agency said many of those deported had fled the war in Sudan and had registered as asylum seekers in Cairo. Lawyers said the migrants were held for days before their deportation.',
  published: '2026-11-17T09:00:00Z',
  source: 'Nile Wire',
};
const FOOTBALL = {
  url: 'https://pitch-daily.invalid/egypt-ghana',
  title: 'Egypt beat Ghana 2-0 to reach the Africa Cup final',
  text: 'Mohamed Salah scored twice as Egypt beat Ghana in Yaoundé on Thursday to reach the final of the Africa Cup of Nations.\n\nThe Egyptian coach praised his defence and said the team would rest before Sunday\'s final against Senegal, with the fans expected to fill the stadium.',
  published: '2026-11-17T20:00:00Z',
  source: 'Pitch Daily',
};

const follower: Target = { platform: 'slack', workspaceId: 'T1', conversationId: 'user:U1', kind: 'user', userId: 'U1' };
const inDm: Audience = { platform: 'slack', workspaceId: 'T1', userId: 'U1', channelId: 'D1', isDirect: true };
const headlines = (brief: Brief): string[] => [...brief.sections.flatMap((s) => s.stories), ...(brief.otherStories ?? [])].map((s) => s.headline);

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`off-topic news stays out of briefs and alerts (${dialect.name})`, () => {
    let database: TestDatabase;
    let engine: Engine;
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-off-topic-'));
    const idOf = async (url: string): Promise<string> => (await engine.store.db.selectFrom('articles').select('id').where('url', '=', url).executeTakeFirstOrThrow()).id;

    beforeAll(async () => {
      database = await dialect.create();
      engine = await testEngine(database.target, () => NOW);
      await follow(engine, follower, 'country:EG', 'alerts', { timeZone: 'UTC' });
      const input = join(dir, 'egypt.jsonl');
      writeFileSync(input, [MIGRATION, FOOTBALL].map((a) => JSON.stringify(a)).join('\n'));
      await ingestInputs(engine, [input], { allowPrivate: false, workers: 0 });
    }, 60_000);
    afterAll(async () => {
      if (engine) await closeEngine(engine);
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('scores each article\'s migration relevance, shown with the article', async () => {
      const migration = await showArticle(engine, await idOf(MIGRATION.url));
      const football = await showArticle(engine, await idOf(FOOTBALL.url));
      expect(migration.relevance).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
      expect(football.relevance).toBeLessThan(RELEVANCE_THRESHOLD);
      // Both name Egypt: the country is not what tells them apart.
      expect(football.countries.map((c) => c.code)).toContain('EG');
      expect(football.entities.filter((e) => e.kind === 'theme')).toEqual([]);
    });

    it('alerts the follower of Egypt about the migration story only', async () => {
      const queued = await engine.store.db.selectFrom('alerts').select('article_id').execute();
      expect(queued.map((a) => a.article_id)).toEqual([await idOf(MIGRATION.url)]);
    });

    it('leaves the football out of the brief, and puts it in when the reader asks for everything', async () => {
      const period = weekEnding(NOW.toISOString().slice(0, 10));
      const digester = createDigester(engine);
      const brief = await digester.brief({ period, topics: ['country:EG'], lang: 'en' });
      expect(headlines(brief)).toContain(MIGRATION.title);
      expect(headlines(brief)).not.toContain(FOOTBALL.title);
      const everything = await digester.brief({ period, topics: ['country:EG'], lang: 'en', includeOther: true, coverage: 'everything' });
      expect(headlines(everything)).toEqual(expect.arrayContaining([MIGRATION.title, FOOTBALL.title]));
    });

    it('in chat: «brief» carries migration news, «brief all» everything', async () => {
      const commands = createCommandService(engine);
      await commands.run(inDm, 'follow egypt');
      const brief = await commands.run(inDm, 'brief');
      const all = await commands.run(inDm, 'brief all');
      if (brief.kind !== 'brief' || all.kind !== 'brief') throw new Error(`expected briefs, got ${brief.kind} and ${all.kind}`);
      expect(headlines(brief.brief)).toContain(MIGRATION.title);
      expect(headlines(brief.brief)).not.toContain(FOOTBALL.title);
      expect(headlines(all.brief)).toContain(FOOTBALL.title);
    });
  });
}

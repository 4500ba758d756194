/**
 * `mawjaz reread`: articles an earlier version read (fewer mentions, an older relevance score and
 * summary) are read again with this one, on SQLite and PostgreSQL, through the real CLI; a user's own
 * topic stays linked, search still finds each article once, and a fresh database never asks for it;
 * until then `serve` says at start what to run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine } from '../../src/engine.js';
import { addTopic } from '../../src/entities/topic.service.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { articlesReadByOlderUnderstanding } from '../../src/ingest/reread.js';
import { json, runCli } from '../support/cli.js';
import { DIALECTS, type TestDatabase } from '../support/databases.js';
import { startServer } from '../support/fake-slack.js';
import { testEngine } from '../support/engine.js';

const ARTICLES = [
  {
    url: 'https://harbour.invalid/tripoli-returns',
    title: 'IOM flies 150 migrants home from Tripoli under the Sea Bridge Initiative',
    text: 'The International Organization for Migration said on Tuesday it had flown 150 migrants from Tripoli back to Niger and Mali. Amina Haddad, a spokeswoman for the IOM office in Tripoli, said the returns were voluntary. The flights are part of the Sea Bridge Initiative, which the agency runs with the Libyan authorities.',
    published: '2026-11-17T08:00:00Z',
  },
  {
    url: 'https://nile.invalid/ar/boats',
    title: 'خفر السواحل الليبي يعترض قاربا يقل 90 مهاجرا',
    text: 'قالت المنظمة الدولية للهجرة إن خفر السواحل الليبي اعترض قاربا يقل 90 مهاجرا قبالة سواحل زوارة، وأعادهم إلى مراكز الاحتجاز في طرابلس. وأضافت المنظمة أن عدد المهاجرين الذين أعيدوا إلى ليبيا هذا العام تجاوز عشرة آلاف.',
    published: '2026-11-18T09:00:00Z',
  },
];

interface Reading {
  relevance: number | null;
  summary: string;
  mentions: string[];
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`reading stored articles again (${dialect.name})`, () => {
    let database: TestDatabase;
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-reread-'));
    let asIngested: Record<string, Reading>;

    const readings = async (): Promise<Record<string, Reading>> => {
      const engine = await testEngine(database.target);
      try {
        const articles = await engine.store.db.selectFrom('articles').select(['id', 'url', 'relevance', 'summary']).execute();
        const mentions = await engine.store.db.selectFrom('mentions').select(['article_id', 'entity_id', 'mention_count']).execute();
        return Object.fromEntries(
          articles.map((a) => [a.url, { relevance: a.relevance, summary: a.summary, mentions: mentions.filter((m) => m.article_id === a.id).map((m) => `${m.entity_id}×${m.mention_count}`).sort() }]),
        );
      } finally {
        await closeEngine(engine);
      }
    };

    beforeAll(async () => {
      database = await dialect.create();
      const engine = await testEngine(database.target);
      try {
        const input = join(dir, 'news.jsonl');
        writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
        await ingestInputs(engine, [input], { allowPrivate: false, workers: 0 });
        await addTopic(engine, { name: 'Sea Bridge Initiative' });
        expect(await articlesReadByOlderUnderstanding(engine)).toBe(0);
      } finally {
        await closeEngine(engine);
      }
      asIngested = await readings();
      // As an earlier version left them: it did not know IOM in Arabic, scored and summarised differently.
      const old = await testEngine(database.target);
      try {
        const arabic = await old.store.db.selectFrom('articles').select('id').where('url', '=', ARTICLES[1]!.url).executeTakeFirstOrThrow();
        await old.store.db.deleteFrom('mentions').where('article_id', '=', arabic.id).where('entity_id', '=', 'org:iom').execute();
        await old.store.db.updateTable('articles').set({ relevance: 0.1, summary: 'an older summary' }).where('id', '=', arabic.id).execute();
        await old.store.db.updateTable('meta').set({ value: '0.0.1+older-gazetteer' }).where('key', '=', 'articles_read_with').execute();
      } finally {
        await closeEngine(old);
      }
    }, 60_000);
    afterAll(async () => {
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('has the server say at start that an earlier version read the articles, and what to run', async () => {
      // Production: no playground, so no sample news joins the database.
      const server = await startServer(database.target, { NODE_ENV: 'production' });
      await server.stop();
      expect(server.output()).toContain('2 stored articles were read by an earlier version of Mawjaz or its gazetteer; run `mawjaz reread`');
    });

    it('says how many articles an earlier version read, then reads them again as ingestion would', async () => {
      const check = await runCli(['reread', '--check', '--json', '--db', database.target]);
      expect(check.code).toBe(0);
      expect(json<{ readByOlderVersion: number }>(check).readByOlderVersion).toBe(2);

      const run = await runCli(['reread', '--db', database.target]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^read again 2 articles in [\d.]+ s: 1 changed \(mentions or relevance\), 0 new people and organisations\n$/);

      expect(await readings()).toEqual(asIngested);
      expect(asIngested[ARTICLES[1]!.url]!.mentions.some((m) => m.startsWith('org:iom×'))).toBe(true);
      // The user's own topic is part of the reading: it stays linked.
      expect(asIngested[ARTICLES[0]!.url]!.mentions.some((m) => m.startsWith('topic:sea-bridge-initiative×'))).toBe(true);

      const after = await runCli(['reread', '--check', '--db', database.target]);
      expect(after.stdout).toBe('every article is read by this version\n');
    });

    it('leaves one search row per article, found by the words of its text', async () => {
      const found = await runCli(['search', 'زوارة', '--json', '--db', database.target]);
      expect(found.code).toBe(0);
      const { results } = json<{ results: Array<{ url: string }> }>(found);
      expect(results.map((r) => r.url)).toEqual([ARTICLES[1]!.url]);
    });

    it('refuses a --since that is not a date, naming the flag', async () => {
      const bad = await runCli(['reread', '--since', 'last week', '--db', database.target]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--since takes a date as YYYY-MM-DD, not "last week"');
    });
  });
}

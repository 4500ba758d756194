/**
 * `mawjaz prune` on SQLite and PostgreSQL: old articles go with their mentions, alerts and search rows
 * (full-text search no longer finds them), finished outbox rows, old platform events and compiled briefs
 * go; articles a brief still to send or a queued alert needs stay, as do recent rows and failed
 * deliveries. --dry-run counts the same and changes nothing. Batches of one prove the loop ends.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { loadEntityMatcher } from '../../src/entities/entity.service.js';
import { enrich } from '../../src/ingest/enrich.js';
import { storeArticle } from '../../src/ingest/store.js';
import { prune, type PruneReport } from '../../src/maintenance/prune.service.js';
import { asMatchGroups, queryTermGroups } from '../../src/search/index-terms.js';
import { fullTextMatch } from '../../src/storage/article.repository.js';
import { runCli } from '../support/cli.js';
import { DIALECTS, tempSqlite } from '../support/databases.js';
import { useTestEngine } from '../support/sample-engine.js';

/** Each article carries one made-up word, so a search finds it alone. */
const ARTICLES = {
  old: { word: 'zanzibarium', published: '2025-01-10' },
  coveredByUnsentBrief: { word: 'quokkaland', published: '2025-03-05' },
  namedByQueuedAlert: { word: 'wombatia', published: '2025-02-01' },
  recent: { word: 'platypusia', published: '2026-11-10' },
} as const;
type Key = keyof typeof ARTICLES;

async function seed(engine: Engine): Promise<Record<Key, string>> {
  const matcher = await loadEntityMatcher(engine);
  const ids: Partial<Record<Key, string>> = {};
  for (const [key, { word, published }] of Object.entries(ARTICLES) as Array<[Key, (typeof ARTICLES)[Key]]>) {
    const draft = {
      url: `https://news.example/${word}`,
      title: `The ${word} report on migration through Libya`,
      text: `The IOM said that migrants crossing Libya towards Italy described ${word} conditions.\n\nThe UNHCR called for safe routes.`,
      published,
      lang: 'en',
      source: 'Example Outlet',
    };
    const enriched = enrich(draft, matcher);
    expect(await storeArticle(engine, enriched, { name: 'Example Outlet', url: null, kind: 'file' })).toBe('ingested');
    ids[key] = (await engine.store.db.selectFrom('articles').select('id').where('url', '=', draft.url).executeTakeFirstOrThrow()).id;
  }
  const all = ids as Record<Key, string>;
  const db = engine.store.db;
  const row = { platform: 'slack', workspace_id: 'T1', message_ids: '[]', attempts: 1 };
  await db
    .insertInto('outbox')
    .values([
      { ...row, conversation_id: 'C-old', kind: 'brief', occasion: '2024-12-30', payload: '{"from":"2024-12-30","to":"2025-01-05"}', status: 'sent', next_attempt_at: '2025-01-06T08:00:00Z', created_at: '2025-01-06T08:00:00Z', updated_at: '2025-01-06T08:00:00Z', sent_at: '2025-01-06T08:00:00Z' },
      { ...row, conversation_id: 'C-new', kind: 'brief', occasion: '2026-11-09', payload: '{"from":"2026-11-09","to":"2026-11-15"}', status: 'sent', next_attempt_at: '2026-11-16T08:00:00Z', created_at: '2026-11-16T08:00:00Z', updated_at: '2026-11-16T08:00:00Z', sent_at: '2026-11-16T08:00:00Z' },
      { ...row, conversation_id: 'C-failed', kind: 'brief', occasion: '2025-03-03', payload: '{"from":"2025-03-03","to":"2025-03-09"}', status: 'failed', next_attempt_at: '2025-03-10T08:00:00Z', created_at: '2025-03-10T08:00:00Z', updated_at: '2025-03-10T09:00:00Z', sent_at: null },
    ])
    .execute();
  const alert = { platform: 'slack', workspace_id: 'T1', conversation_id: 'C-alerts', entity_id: 'country:LY', created_at: '2025-02-01T09:00:00Z' };
  await db
    .insertInto('alerts')
    .values([
      { ...alert, article_id: all.old, status: 'sent', sent_at: '2025-01-10T09:00:00Z' },
      { ...alert, article_id: all.namedByQueuedAlert, status: 'queued', sent_at: '2025-02-01T09:00:00Z' },
    ])
    .execute();
  await db
    .insertInto('platform_events')
    .values([
      { platform: 'slack', event_id: 'Ev-last-year', received_at: '2025-01-01T00:00:00Z' },
      { platform: 'slack', event_id: 'Ev-three-weeks', received_at: '2026-11-01T00:00:00Z' },
      { platform: 'slack', event_id: 'Ev-yesterday', received_at: '2026-11-19T00:00:00Z' },
    ])
    .execute();
  const summary = { entity_id: null, lang: 'en', content: '{}', stale: 0, compiled_at: '2026-11-19T00:00:00Z', audit: null };
  await db
    .insertInto('compiled_summaries')
    .values([
      { ...summary, scope: '*', period_start: '2025-01-06', period_end: '2025-01-12', covers_from: '2024-12-30' },
      { ...summary, scope: '*', period_start: '2026-11-13', period_end: '2026-11-19', covers_from: '2026-11-06' },
    ])
    .execute();
  return all;
}

async function found(engine: Engine, word: string): Promise<number> {
  return (await fullTextMatch(engine.store.db, engine.store.dialect, asMatchGroups(queryTermGroups(word)), { anyGroup: false, limit: 10 })).length;
}

/** Rows in the full-text index itself: a search joins articles, so a row left behind would not show in results. */
async function indexRows(engine: Engine): Promise<number> {
  const table = engine.store.dialect === 'postgres' ? sql`article_search` : sql`article_fts`;
  const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${table}`.execute(engine.store.db);
  return Number(rows[0]?.n);
}

const COUNTED = ['articles', 'mentions', 'alerts', 'outbox', 'platform_events', 'compiled_summaries'] as const;

async function tableCounts(engine: Engine): Promise<Record<(typeof COUNTED)[number], number>> {
  const counts = Object.fromEntries(COUNTED.map((table) => [table, 0])) as Record<(typeof COUNTED)[number], number>;
  for (const table of COUNTED) {
    const row = await engine.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`prune on ${dialect.name}`, () => {
    let ids: Record<Key, string>;
    const suite = useTestEngine(dialect, undefined, async (engine) => {
      ids = await seed(engine);
    });

    it('--dry-run counts what would go and changes nothing', async () => {
      const engine = suite.engine();
      const before = await tableCounts(engine);
      const oldMentions = await engine.store.db.selectFrom('mentions').select('entity_id').where('article_id', '=', ids.old).execute();
      expect(oldMentions.length).toBeGreaterThan(0);
      const report = await prune(engine, { olderThanDays: 180, dryRun: true });
      expect(report).toEqual<PruneReport>({
        cutoff: '2026-05-24T12:00:00.000Z',
        dryRun: true,
        articles: 1,
        mentions: oldMentions.length,
        alerts: 1,
        keptArticles: 2,
        outbox: 1,
        platformEvents: 2,
        compiledSummaries: 1,
      });
      expect(await tableCounts(engine)).toEqual(before);
      expect(await indexRows(engine)).toBe(4);
      expect(await found(engine, ARTICLES.old.word)).toBe(1);
    });

    it('removes the old article with its mentions, alert and search row, and keeps what is still needed', async () => {
      const engine = suite.engine();
      const before = await tableCounts(engine);
      const dry = await prune(engine, { olderThanDays: 180, dryRun: true });
      const report = await prune(engine, { olderThanDays: 180, dryRun: false, batchSize: 1 });
      expect(report).toEqual({ ...dry, dryRun: false });

      const articles = await engine.store.db.selectFrom('articles').select('id').execute();
      expect(articles.map((a) => a.id).sort()).toEqual([ids.coveredByUnsentBrief, ids.namedByQueuedAlert, ids.recent].sort());
      expect(await engine.store.db.selectFrom('mentions').select('entity_id').where('article_id', '=', ids.old).execute()).toEqual([]);
      expect(await found(engine, ARTICLES.old.word)).toBe(0);
      expect(await indexRows(engine)).toBe(3);
      for (const key of ['coveredByUnsentBrief', 'namedByQueuedAlert', 'recent'] as const) expect(await found(engine, ARTICLES[key].word), key).toBe(1);

      const outbox = await engine.store.db.selectFrom('outbox').select('conversation_id').orderBy('conversation_id').execute();
      expect(outbox.map((row) => row.conversation_id)).toEqual(['C-failed', 'C-new']);
      expect(await engine.store.db.selectFrom('alerts').select('status').execute()).toEqual([{ status: 'queued' }]);
      expect((await engine.store.db.selectFrom('platform_events').select('event_id').execute()).map((e) => e.event_id)).toEqual(['Ev-yesterday']);
      expect((await engine.store.db.selectFrom('compiled_summaries').select('covers_from').execute()).map((s) => s.covers_from)).toEqual(['2026-11-06']);
      const after = await tableCounts(engine);
      expect(before.mentions - after.mentions).toBe(report.mentions);

      // Nothing is left to remove: a second run finds nothing.
      expect(await prune(engine, { olderThanDays: 180, dryRun: false })).toMatchObject({ articles: 0, mentions: 0, alerts: 0, outbox: 0, platformEvents: 0, compiledSummaries: 0, keptArticles: 2 });
    });
  });
}

describe('mawjaz prune on the command line', () => {
  it('prints what it would remove, and refuses a cutoff that would empty this week\'s briefs', async () => {
    const database = tempSqlite();
    try {
      expect((await runCli(['migrate', '--db', database.target])).code).toBe(0);
      const dry = await runCli(['prune', '--older-than', '180d', '--dry-run', '--db', database.target]);
      expect(dry.stdout).toMatch(/^would remove articles dated before \d{4}-\d{2}-\d{2}: 0 articles \(with 0 mentions, 0 alerts and their search index rows\)\nwould remove 0 sent or cancelled outbox rows, 0 handled platform events and 0 compiled briefs\nnothing was removed \(--dry-run\)\n$/);
      const short = await runCli(['prune', '--older-than', '7d', '--db', database.target]);
      expect([short.code, short.stderr]).toEqual([2, 'mawjaz: --older-than takes a number of days of at least 14, such as 180d, not "7d"\n']);
    } finally {
      await database.drop();
    }
  });
});

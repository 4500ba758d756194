/**
 * The bundled samples placed relative to the clock (src/ingest/sample-dates.ts): loaded on a given day,
 * their newest is yesterday, every one moved by the same whole number of days (order, spacing and time
 * of day as written), a second load keeps the first dates, and the first answers then show stories.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandService } from '../../src/commands/command.service.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { SAMPLES_DIR } from '../../src/ingest/bundled-samples.js';
import { ingestSamples, sampleShiftDays, shiftPublished } from '../../src/ingest/sample-dates.js';
import { planInputs, readItem } from '../../src/ingest/readers/inputs.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

/** The samples' published dates as written, by URL. */
async function writtenDates(): Promise<Map<string, string | null>> {
  const dates = new Map<string, string | null>();
  const plan = await planInputs([SAMPLES_DIR]);
  for (const item of plan.items) {
    for await (const outcome of readItem(item, { allowPrivate: false, maxBytes: 1e6, timeoutMs: 1e4 })) if (outcome.ok) dates.set(outcome.draft.url, outcome.draft.published);
  }
  return dates;
}

describe('sample dates', () => {
  it('moves a date by whole days, keeping its time and zone as written', () => {
    expect(shiftPublished('2026-11-21T10:05:00Z', 5)).toBe('2026-11-26T10:05:00Z');
    expect(shiftPublished('2026-11-30T07:10:00.000Z', 3)).toBe('2026-12-03T07:10:00.000Z');
    expect(shiftPublished('2026-11-20', -20)).toBe('2026-10-31');
    expect(shiftPublished('2026-11-17T10:45:00', 0)).toBe('2026-11-17T10:45:00');
    // Whatever the hour, "yesterday" is the UTC day before.
    expect(sampleShiftDays('2026-11-21', new Date('2027-03-10T00:30:00Z'))).toBe(108);
    expect(sampleShiftDays('2026-11-21', new Date('2026-11-20T23:00:00Z'))).toBe(-2);
  });
});

describe('the samples loaded on a given day', () => {
  let database: TestDatabase;
  let engine: Engine;
  let clock = new Date('2027-03-10T09:00:00Z');

  beforeAll(async () => {
    database = tempSqlite();
    engine = await testEngine(database.target, () => clock);
  }, 60_000);
  afterAll(async () => {
    if (engine) await closeEngine(engine);
    await database?.drop();
  });

  it('places the newest yesterday and every other one by the same number of days', async () => {
    const { summary, shiftDays } = await ingestSamples(engine, { allowPrivate: false, workers: 0 });
    expect(summary.failed).toBe(0);
    expect(summary.ingested).toBeGreaterThan(20);
    const written = await writtenDates();
    const newestWritten = [...written.values()].filter((d): d is string => d !== null).map((d) => d.slice(0, 10)).sort().at(-1)!;
    expect(shiftDays).toBe(sampleShiftDays(newestWritten, clock));
    const stored = await engine.store.db.selectFrom('articles').select(['url', 'published', 'sort_time']).execute();
    expect(stored).toHaveLength(summary.ingested);
    for (const row of stored) {
      const asWritten = written.get(row.url);
      if (asWritten === undefined || asWritten === null) continue;
      expect(row.published?.slice(0, 10), row.url).toBe(shiftPublished(asWritten, shiftDays).slice(0, 10));
    }
    const newestStored = stored.map((r) => r.sort_time.slice(0, 10)).filter((d) => d !== '2027-03-10').sort().at(-1);
    expect(newestStored).toBe('2027-03-09');
  });

  it('keeps the first dates when loaded again later, and reports that shift', async () => {
    const before = await engine.store.db.selectFrom('articles').select(['url', 'published']).orderBy('url').execute();
    const first = sampleShiftDays('2026-11-21', clock);
    clock = new Date('2027-03-15T09:00:00Z');
    const again = await ingestSamples(engine, { allowPrivate: false, workers: 0 });
    expect(again.summary.ingested).toBe(0);
    expect(again.shiftDays).toBe(first);
    expect(await engine.store.db.selectFrom('articles').select(['url', 'published']).orderBy('url').execute()).toEqual(before);
    clock = new Date('2027-03-10T09:00:00Z');
  });

  it('answers the first topics and the brief with this week\'s stories', async () => {
    const commands = createCommandService(engine);
    const audience = { platform: 'slack' as const, workspaceId: 'T0', userId: 'U0', channelId: 'D0', isDirect: true };
    for (const topic of ['مصر', 'IOM', 'libya']) {
      const result = await commands.run(audience, topic);
      expect(result.kind, topic).toBe('topic');
      if (result.kind === 'topic') {
        expect(result.card.count, topic).toBeGreaterThan(0);
        expect(result.card.stories.length, topic).toBeGreaterThan(0);
      }
    }
    const brief = await commands.run(audience, 'brief');
    expect(brief.kind).toBe('brief');
    if (brief.kind === 'brief') expect(brief.brief.stats.stories).toBeGreaterThan(0);
  });
});

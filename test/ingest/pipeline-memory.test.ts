/**
 * Ingest's memory stays bounded whatever the input's length: the reader is never drained ahead of the
 * writer, so at any time at most MAX_ARTICLES_IN_HAND articles have been read and not yet stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeEngine, type Engine } from '../../src/engine.js';
import { ingestReads, MAX_ARTICLES_IN_HAND, type Read } from '../../src/ingest/pipeline.js';
import type { ReadOutcome } from '../../src/ingest/types.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

let database: TestDatabase | undefined;
let engine: Engine | undefined;
afterEach(async () => {
  if (engine) await closeEngine(engine);
  await database?.drop();
  engine = undefined;
  database = undefined;
});

const storedCount = async (e: Engine): Promise<number> => Number((await e.store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('ingestReads memory', () => {
  it('never holds more than MAX_ARTICLES_IN_HAND articles read but not stored, through the worker pool', async () => {
    database = tempSqlite();
    const e = (engine = await testEngine(database.target));
    const total = MAX_ARTICLES_IN_HAND * 3;
    let read = 0;
    let mostInHand = 0;
    async function* outcomes(): AsyncGenerator<ReadOutcome> {
      for (let i = 0; i < total; i++) {
        mostInHand = Math.max(mostInHand, read - (await storedCount(e)));
        read += 1;
        yield {
          ok: true,
          input: `long.jsonl:${i + 1}`,
          draft: {
            url: `https://news.example/long/${i}`,
            title: `Boat with ${i} migrants reaches Lampedusa after ${i % 7} days at sea`,
            text: `Item ${i}. The charity said the boat left Libya with ${i} people on board. Italian authorities assigned a port in Sicily. The UNHCR called for faster disembarkation of ${i} survivors.`,
            published: '2026-03-02T08:00:00Z',
          },
        };
      }
    }
    const reads: Read[] = [{ input: 'long.jsonl', outcomes }];
    const summary = await ingestReads(e, reads, { workers: 1, alerts: false });
    expect(summary.failures).toEqual([]);
    expect(summary.ingested).toBe(total);
    expect(mostInHand).toBeGreaterThan(0);
    expect(mostInHand).toBeLessThanOrEqual(MAX_ARTICLES_IN_HAND);
  }, 120_000);
});

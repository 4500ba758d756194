/**
 * A suite's engine on one dialect with the bundled samples ingested at a fixed clock, opened before its
 * tests and closed (its database dropped) after them: the setup command-level suites share.
 */
import { afterAll, beforeAll } from 'vitest';
import { closeEngine, type Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { samplesNewsDir } from './cli.js';
import type { DIALECTS, TestDatabase } from './databases.js';
import { testEngine } from './engine.js';

/** Call inside a describe block; `engine()` is ready in the suite's tests (and in later beforeAll hooks). */
export function useSampleEngine(dialect: (typeof DIALECTS)[number], now: Date): { engine: () => Engine } {
  let database: TestDatabase | undefined;
  let engine: Engine | undefined;
  beforeAll(async () => {
    database = await dialect.create();
    engine = await testEngine(database.target, () => now);
    await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
  }, 60_000);
  afterAll(async () => {
    if (engine) await closeEngine(engine);
    await database?.drop();
  });
  return {
    engine: () => {
      if (!engine) throw new Error('the sample engine is opened in beforeAll: use it inside a test');
      return engine;
    },
  };
}

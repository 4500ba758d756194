/**
 * A suite's engine on one dialect, opened before its tests and closed (its database dropped) after
 * them: the setup storage- and command-level suites share. `useSampleEngine` also ingests the bundled
 * samples at a fixed clock.
 */
import { afterAll, beforeAll } from 'vitest';
import { closeEngine, type Engine } from '../../src/engine.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { samplesNewsDir } from './cli.js';
import type { DIALECTS, TestDatabase } from './databases.js';
import { FIXED_NOW, testEngine } from './engine.js';

type Dialect = (typeof DIALECTS)[number];

/** Call inside a describe block; `engine()` is ready in the suite's tests (and in later beforeAll hooks). */
export function useTestEngine(dialect: Dialect, now: Date = FIXED_NOW, prepare: (engine: Engine) => Promise<void> = async () => {}): { engine: () => Engine } {
  let database: TestDatabase | undefined;
  let engine: Engine | undefined;
  beforeAll(async () => {
    database = await dialect.create();
    engine = await testEngine(database.target, () => now);
    await prepare(engine);
  }, 60_000);
  afterAll(async () => {
    if (engine) await closeEngine(engine);
    await database?.drop();
  });
  return {
    engine: () => {
      if (!engine) throw new Error('the suite engine is opened in beforeAll: use it inside a test');
      return engine;
    },
  };
}

export function useSampleEngine(dialect: Dialect, now: Date): { engine: () => Engine } {
  return useTestEngine(dialect, now, async (engine) => {
    await ingestInputs(engine, [samplesNewsDir], { allowPrivate: false, workers: 0 });
  });
}

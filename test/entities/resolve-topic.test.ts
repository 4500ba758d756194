/** Naming a topic the way users type it (`--topic`, and later `follow <topic>`): ids, names in any language, clear partial names. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeEngine, type Engine } from '../../src/engine.js';
import { resolveTopic } from '../../src/entities/topic.service.js';
import { NotFound } from '../../src/errors.js';
import { tempSqlite, type TestDatabase } from '../support/databases.js';
import { testEngine } from '../support/engine.js';

describe('resolving a topic from what a user typed', () => {
  let database: TestDatabase;
  let engine: Engine;
  beforeAll(async () => {
    database = tempSqlite();
    engine = await testEngine(database.target);
  });
  afterAll(async () => {
    await closeEngine(engine);
    await database.drop();
  });

  it.each([
    ['process:khartoum', 'process:khartoum'],
    ['egypt', 'country:EG'],
    ['مصر', 'country:EG'],
    ['IOM', 'org:iom'],
    // A process named by its place: the process, not the country whose capital it is.
    ['khartoum', 'process:khartoum'],
    ['الخرطوم', 'process:khartoum'],
    ['Rabat', 'process:rabat'],
  ])('%s → %s', async (typed, id) => {
    expect((await resolveTopic(engine, typed)).id).toBe(id);
  });

  it('offers the closest topics instead of guessing from a partial keyword', async () => {
    const error = await resolveTopic(engine, 'smuggling').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect((error as Error).message).toContain('did you mean theme:smuggling');
  });

  it('quotes hostile input safely in its message', async () => {
    const error = await resolveTopic(engine, `\u202E<!channel> ${'x'.repeat(500)}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    const message = (error as Error).message;
    expect(message).not.toContain('\u202E');
    expect(message.length).toBeLessThan(300);
  });
});

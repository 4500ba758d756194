/**
 * One evaluation of the dev set on a fresh SQLite file: shared by the test (which checks the figures do
 * not fall) and `npm run eval` (which prints them, and with --misses every miss, for tuning).
 */
import { dirname } from 'node:path';
import { closeEngine } from '../../src/engine.js';
import { tempSqlite } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { loadDevSet } from './dev-set.js';
import { type Evaluation, evaluateDevSet, ingestDevSet } from './evaluate.js';

export async function runEvaluation(): Promise<Evaluation & { articles: number; heldOut: number; queries: number; heldOutQueries: number }> {
  const set = loadDevSet();
  const database = tempSqlite();
  const engine = await testEngine(database.target);
  try {
    const ids = await ingestDevSet(engine, set, dirname(database.target));
    const evaluation = await evaluateDevSet(engine, set, ids);
    return { ...evaluation, articles: set.articles.length, heldOut: set.articles.filter((a) => a.holdout).length, queries: set.queries.length, heldOutQueries: set.queries.filter((q) => q.holdout).length };
  } finally {
    await closeEngine(engine);
    await database.drop();
  }
}

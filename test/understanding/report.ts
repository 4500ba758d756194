/**
 * `npm run eval` — what Mawjaz understands of the labelled dev set (test/understanding/dev-set.json),
 * per language, for every article and for the held-out ones. `-- --misses` lists each miss on the
 * articles and queries used for tuning; the held-out ones' misses are never printed, so that they stay
 * a fair test.
 */
import { hasCorpus } from '../support/shared-corpus.js';
import { figuresTable } from './evaluate.js';
import { runEvaluation } from './run-evaluation.js';

if (!hasCorpus) {
  process.stderr.write('../shared/corpus is absent: the dev set is made of its articles, so there is nothing to evaluate.\n');
  process.exit(1);
}
const result = await runEvaluation();
const lines = [
  figuresTable(`All ${result.articles} articles, ${result.queries} queries`, result.all),
  '',
  figuresTable(`Held out (${result.heldOut} articles and ${result.heldOutQueries} queries never used for tuning)`, result.holdout),
];
if (process.argv.includes('--misses')) lines.push('', 'Misses:', ...result.misses.map((m) => `  ${m}`));
process.stdout.write(`${lines.join('\n')}\n`);

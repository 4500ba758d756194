/**
 * Starts a worker thread on one of our modules, named as imports name it (`./x-worker.js`). Shared by
 * the enrichment pool and the feed reader.
 *
 * Compiled (dist/, what `mawjaz` runs) the entry is that .js file and starts as it is. From the sources
 * (tests, `npm run dev`) there is only the .ts, and Node does not apply `--import tsx` hooks to a
 * worker's entry module, so the worker registers tsx itself first, then loads the .ts. Which case
 * holds is read from this module's own file name: it was compiled exactly when the entry was.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

const compiled = import.meta.url.endsWith('.js');

/**
 * Every worker's young generation (where new objects start), unless the caller sets its own. V8's
 * default on a 64-bit machine is 48 MiB per isolate (two 16 MiB semi-spaces and their overflow), held
 * in RSS once touched; 16 MiB costs more frequent but shorter scavenges and keeps each thread's share
 * of the process's 256 MB (issue 15) small.
 */
const YOUNG_GENERATION_MB = 16;

export function startWorker(entry: URL, given: Omit<WorkerOptions, 'eval'> = {}): Worker {
  if (!entry.pathname.endsWith('.js')) throw new Error(`a worker entry is named as an import, ending in .js: ${entry.href}`);
  const options = { ...given, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...given.resourceLimits } };
  if (compiled) return new Worker(entry, options);
  const source = new URL(entry.href.replace(/\.js$/u, '.ts'));
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

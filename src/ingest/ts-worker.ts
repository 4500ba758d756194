/**
 * Starts a worker thread on one of our TypeScript modules. The sources run through tsx, and Node 20
 * does not apply `--import` hooks to a worker's entry module; so the worker registers tsx itself, then
 * loads the real entry. Shared by the enrichment pool and the feed reader.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startTsWorker(entry: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

#!/usr/bin/env node
/**
 * `npm run build`: compiles the run-time sources to dist/ (tsconfig.build.json) and copies beside them
 * the files they read at run time by their own path (new URL(..., import.meta.url)): the gazetteer and
 * lexicon JSON, the playground's page, the Teams manifest and icons, and the bundled samples.
 * Plain JavaScript so that it runs before anything is compiled.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// A stale module from a renamed source must not linger in dist/.
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

// Sources are compiled, docs and type-checking settings are not read at run time; everything else is data.
const isData = (path) => !/\.(ts|md)$/u.test(path) && basename(path) !== 'tsconfig.json';
for (const folder of ['src', 'db', 'digests', 'adapters']) {
  cpSync(join(root, folder), join(dist, folder), { recursive: true, filter: (path) => isData(path) });
}
// src/ingest/bundled-samples.ts finds them two folders above itself, in dist/ as in the clone.
cpSync(join(root, 'samples/news'), join(dist, 'samples/news'), { recursive: true });
process.stdout.write(`built ${dist}\n`);

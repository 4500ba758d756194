/**
 * The architecture's hard rules: the core (src/, digests/, db/) never imports a platform SDK, and
 * each SDK stays inside its own adapter folder, so replacing botbuilder touches adapters/teams only.
 * The core never imports an adapter (app/, the composition root, assembles them), and adapters reach
 * the database only through the core's ports, never db/, src/storage/ or kysely themselves.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // dist/ is the build's copy of these sources (npm run build), checked here as its sources.
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|js|mjs|cjs)$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The project path an import names (relative imports resolved; packages left as they are). */
function target(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : spec;
}

const under = (path: string, ...folders: string[]) => folders.some((folder) => path.startsWith(`${folder}/`));

/** "<file> imports <target>" for each import from the files under `folders` whose target is `forbidden`. */
function crossings(folders: readonly string[], forbidden: (to: string) => boolean): string[] {
  return folders
    .flatMap((folder) => sourceFiles(join(root, folder)))
    .flatMap((file) => importsOf(file).map((spec) => ({ path: relative(root, file), to: target(file, spec) })))
    .filter(({ to }) => forbidden(to))
    .map(({ path, to }) => `${path} imports ${to}`);
}

const isSlack = (spec: string) => spec.startsWith('@slack/');
const isTeams = (spec: string) => spec === 'botbuilder' || spec.startsWith('botbuilder-') || spec.startsWith('botframework-') || spec.startsWith('@microsoft/agents');

describe('import boundaries', () => {
  it('finds the import statements it checks', () => {
    expect(importsOf(join(root, 'src/engine.ts'))).toContain('../db/connect.js');
  });

  it('keeps platform SDKs out of the core and each inside its own adapter', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(root).filter((f) => !relative(root, f).startsWith('node_modules'))) {
      const path = relative(root, file);
      for (const spec of importsOf(file)) {
        if (isSlack(spec) && !path.startsWith('adapters/slack/')) violations.push(`${path} imports ${spec}`);
        // The Teams unit tests drive the bot with botbuilder's own TestAdapter: they move with the adapter.
        if (isTeams(spec) && !path.startsWith('adapters/teams/') && !path.startsWith('test/adapters/teams/')) violations.push(`${path} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('finds crossings, dynamic imports included, with relative imports resolved (app/ loads adapters with import())', () => {
    expect(crossings(['app'], (to) => under(to, 'adapters'))).toContain('app/platforms.ts imports adapters/slack/slack-app.js');
  });

  it('keeps adapters out of the core: src/ and digests/ never import adapters/ (app/ wires them)', () => {
    expect(crossings(['src', 'digests'], (to) => under(to, 'adapters', 'app'))).toEqual([]);
  });

  it('keeps the composition root on top: no adapter and nothing in db/ imports app/', () => {
    expect(crossings(['adapters', 'db'], (to) => under(to, 'app'))).toEqual([]);
  });

  it('keeps adapters off the database: they get neutral types and ports from src/, never db/, src/storage/ or kysely', () => {
    expect(crossings(['adapters'], (to) => under(to, 'db', 'src/storage') || to === 'kysely' || to.startsWith('kysely/'))).toEqual([]);
  });

  it('keeps prom-client in the one module that exports metrics: the rest reports through the neutral Metrics port', () => {
    const importers = sourceFiles(root)
      .map((file) => relative(root, file))
      .filter((path) => !path.startsWith('node_modules') && importsOf(join(root, path)).some((spec) => spec === 'prom-client' || spec.startsWith('prom-client/')));
    expect(importers).toEqual(['src/metrics/prometheus.ts']);
  });
});

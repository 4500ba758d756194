/**
 * bin/mawjaz.js and bin/mawjaz-teams-package.js run the compiled modules of dist/ beside them, and
 * say what to do when dist/ was never built. Run from a copy of bin/ with a dist/ made up for the
 * test, so no build is needed; scripts/check-package.sh runs the real one from the packed tarball.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/cli.js';

const run = promisify(execFile);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-bin-'));
  cpSync(join(projectRoot, 'bin'), join(dir, 'bin'), { recursive: true });
  // dist/ is ESM like the package; without this file Node would read the stand-in modules as CommonJS.
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function runBin(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(dir, 'bin', file), ...args], { env: { PATH: process.env.PATH ?? '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** A stand-in for a compiled entry module: prints which file ran, with its arguments and node's flags. */
function fakeModule(path: string): void {
  mkdirSync(dirname(join(dir, 'dist', path)), { recursive: true });
  writeFileSync(join(dir, 'dist', path), `process.stdout.write(JSON.stringify({ ran: ${JSON.stringify(path)}, args: process.argv.slice(2), execArgv: process.execArgv }));\n`);
}

describe.each([
  ['mawjaz.js', 'app/main.js'],
  ['mawjaz-teams-package.js', 'adapters/teams/appPackage/build-package.js'],
])('bin/%s', (file, entry) => {
  it(`runs dist/${entry} with the arguments, and no loader`, async () => {
    fakeModule(entry);
    const result = await runBin(file, ['list', '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ ran: entry, args: ['list', '--json'], execArgv: [] });
  });

  it('exits 1 naming npm run build when dist/ is missing', async () => {
    const result = await runBin(file, ['--version']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`mawjaz: dist/${entry} is missing: run \`npm run build\` first (or \`npm run dev -- <command>\` to run the sources).\n`);
  });
});

/**
 * CLI start-up for `npm run bench` (issue 17): `mawjaz list` on an empty database, median of 10 runs,
 * from the sources through tsx (what bin/mawjaz.js did before the build, and `npm run dev` does now)
 * and compiled (bin/mawjaz.js running dist/). Builds dist/ first so it measures the current sources.
 * Wall-clock time, and the CPU time (user + system, all threads) the process reports as it exits: on a
 * shared, loaded machine the wall clock mostly measures the queue for a core, the CPU time does not.
 * Run alone with `npm run bench:startup`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config.js';
import { closeEngine, openEngine } from '../src/engine.js';
import { createLogger } from '../src/logger.js';

const RUNS = 10;
const root = resolve(import.meta.dirname, '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

// Loaded before the entry in both ways alike: prints the process's CPU time on stderr as it exits.
const REPORT_CPU = `data:text/javascript,process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('cpu-ms ' + (u.userCPUTime + u.systemCPUTime) / 1000 + '\\n'); })`;

interface Run {
  wallMs: number;
  cpuMs: number;
}

/** One `node <entry> list --db <db>` run, from spawn to exit. */
function timeRun(entry: readonly string[], db: string): Run {
  const started = performance.now();
  const { stderr } = spawnSync(process.execPath, [`--import=${REPORT_CPU}`, ...entry, 'list', '--db', db], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' } });
  const wallMs = performance.now() - started;
  const cpu = /cpu-ms ([\d.]+)/u.exec(stderr);
  if (cpu?.[1] === undefined) throw new Error(`mawjaz list failed: ${stderr}`);
  return { wallMs, cpuMs: Number(cpu[1]) };
}

export async function runStartupBench(): Promise<Array<[string, string]>> {
  execFileSync(process.execPath, [join(root, 'scripts/build.js')], { stdio: 'ignore' });
  const dir = mkdtempSync(join(os.tmpdir(), 'mawjaz-startup-'));
  try {
    // An empty database with its schema: `list` does not create one.
    const db = join(dir, 'empty.db');
    const config = loadConfig({ LOG_LEVEL: 'warn' });
    await closeEngine(await openEngine({ config, logger: createLogger(config), db }));
    const ways = [
      ['from the sources through tsx (before)', ['--import', 'tsx', join(root, 'app/main.ts')]],
      ['compiled, bin/mawjaz.js → dist/ (after)', [join(root, 'bin/mawjaz.js')]],
    ] as const;
    const times = new Map<string, Run[]>(ways.map(([name]) => [name, []]));
    // One unmeasured run each warms the file cache; then the two alternate so load hits both alike.
    for (const [, entry] of ways) timeRun(entry, db);
    for (let i = 0; i < RUNS; i++) for (const [name, entry] of ways) times.get(name)?.push(timeRun(entry, db));
    const rows: Array<[string, string]> = ways.map(([name]) => {
      const runs = times.get(name) ?? [];
      const wall = runs.map((r) => r.wallMs);
      return [name, `${median(wall).toFixed(0)} ms median (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)}); CPU ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms median`];
    });
    return [...rows, ['runs', `${RUNS} each, mawjaz list on an empty SQLite database, node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} cores`]];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value] of await runStartupBench()) console.log(`${name.padEnd(42)}  ${value}`);
}

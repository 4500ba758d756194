/**
 * Runs the `mawjaz` command line in a child process as a user would, capturing its output. From the
 * sources through tsx (what `npm run dev` runs), so the tests need no build; bin/mawjaz.js runs the
 * same module compiled, which scripts/check-package.sh exercises from the packed tarball.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
/** node's arguments before the command's own: the CLI's entry module, from the sources. */
export const cliEntry: readonly string[] = ['--import', 'tsx', resolve(projectRoot, 'app/main.ts')];
export const samplesDir = resolve(projectRoot, 'samples');
/** The sample articles themselves (samples/ also holds their README and expectations). */
export const samplesNewsDir = resolve(projectRoot, 'samples/news');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  input?: string;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return spawnCli(args, options).result;
}

/** runCli with the process at hand (its pid), for tests that line several up. */
export function spawnCli(args: string[], options: CliOptions = {}): { child: ChildProcess; result: Promise<CliResult> } {
  return spawnNode([...cliEntry, ...args], options);
}

/**
 * A helper module of the tests or benchmarks run as a script in a child process, from the sources
 * (so that its CPU is not the caller's), as the CLI is run.
 */
export function runScript(file: string, args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return spawnNode(['--import', 'tsx', file, ...args], options).result;
}

/** `node <nodeArgs>` from the project root with a small environment, its output captured. */
function spawnNode(nodeArgs: readonly string[], options: CliOptions): { child: ChildProcess; result: Promise<CliResult> } {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...options.env },
  });
  const result = new Promise<CliResult>((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    // Decoded as streams, so a multi-byte letter split between two chunks (Arabic output) stays whole.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
  child.stdin.end(options.input ?? '');
  return { child, result };
}

export function json<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}

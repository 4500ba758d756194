/**
 * The CLI loads only the module of the command it runs (src/cli/program.ts), so a short command such as
 * `mawjaz list` starts without the server's or the ingest pipeline's code; and every help text and
 * "did you mean" still knows all the commands.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliEntry, runCli, runScript } from '../support/cli.js';

const COMMANDS = ['ingest', 'list', 'search', 'show', 'topics', 'sources', 'subscriptions', 'digest', 'briefs', 'alerts', 'deliveries', 'reread', 'serve', 'demo', 'migrate', 'db', 'prune'];

/** Writes a module-loading hook that prints every module loaded, as `loaded <url>` lines on stderr; returns the module that registers it. */
function loadReporter(dir: string): string {
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, `export async function resolve(specifier, context, next) { const found = await next(specifier, context); process.stderr.write('loaded ' + found.url + '\\n'); return found; }\n`);
  const registers = join(dir, 'register.mjs');
  writeFileSync(registers, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return registers;
}

describe('mawjaz loads only the command it runs', () => {
  it('lists every command in `mawjaz --help`, in order', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    const listed = [...stdout.matchAll(/^ {2}([a-z]+)\b/gmu)].map((match) => match[1]);
    expect(listed.filter((name) => name !== 'help')).toEqual(COMMANDS);
  });

  it('still suggests a command from a misspelt one', async () => {
    const { code, stderr } = await runCli(['serv']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown command 'serv'");
    expect(stderr).toContain('(Did you mean serve?)');
  });

  it("prints a command's own help, sub-commands included", async () => {
    const sources = await runCli(['sources', '--help']);
    expect(sources.stdout).toMatch(/Usage: mawjaz sources \[options\] \[command\]/u);
    expect(sources.stdout).toMatch(/^ {2}add \[options\] <url>/mu);
    const backup = await runCli(['db', 'backup', '--help']);
    expect(backup.stdout).toMatch(/Usage: mawjaz db backup \[options\] <file>/u);
  });

  it('runs `mawjaz list` without loading the server, ingest or other commands', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-lazy-'));
    const db = join(dir, 'empty.db');
    expect((await runCli(['migrate', '--db', db])).code).toBe(0);
    const { code, stderr } = await runScript(cliEntry[2] ?? '', ['list', '--db', db], { env: { NODE_OPTIONS: `--import=${loadReporter(dir)}` } });
    expect(code).toBe(0);
    const loaded = stderr.split('\n').filter((line) => line.startsWith('loaded '));
    expect(loaded.some((line) => line.includes('/src/cli/commands/list.'))).toBe(true);
    const unwanted = loaded.filter((line) => /\/src\/cli\/commands\/(?!list\.)|\/src\/server\/http-server\.|\/src\/ingest\/pipeline\.|node_modules\/(linkedom|feedsmith|@slack|botbuilder)\//u.test(line));
    expect(unwanted).toEqual([]);
  });
});

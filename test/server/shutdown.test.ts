/**
 * How the real `mawjaz serve` process ends. SIGTERM: it takes no new connections, finishes the request
 * in flight (here one whose body is still arriving) and exits 0; when that takes longer than
 * MAWJAZ_SHUTDOWN_SECONDS it gives up, says so, and exits non-zero. An error that escapes every
 * handler is logged with its stack and ends the process non-zero.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/cli.js';
import { tempSqlite } from '../support/databases.js';
import { type ServerProcess, startServer } from '../support/fake-slack.js';

const BODY = JSON.stringify({ text: 'help', place: 'dm' });

/** A playground command whose body is sent in two halves: the request is in flight until `finish` is called. */
function slowCommand(base: string): { answered: Promise<{ status: number; body: string }>; finish(): void } {
  const url = new URL('/playground/api/command', base);
  const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) } });
  const answered = new Promise<{ status: number; body: string }>((resolvePromise, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
  req.flushHeaders();
  req.write(BODY.slice(0, 10));
  return { answered, finish: () => req.end(BODY.slice(10)) };
}

function exited(server: ServerProcess): Promise<number | null> {
  return new Promise((resolvePromise) => {
    if (server.child.exitCode !== null) resolvePromise(server.child.exitCode);
    else server.child.once('exit', (code) => resolvePromise(code));
  });
}

const pause = (ms: number) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

describe('stopping the server', () => {
  // One database for both servers: the playground loads its samples once, on the first start.
  const database = tempSqlite();

  it('finishes the request in flight on SIGTERM, refuses new connections, then exits 0', async () => {
    const server = await startServer(database.target, { MAWJAZ_SHUTDOWN_SECONDS: '20', LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
    const slow = slowCommand(server.url);
    await pause(200);
    server.child.kill('SIGTERM');
    await pause(500);
    expect(server.child.exitCode).toBeNull();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    slow.finish();
    const answer = await slow.answered;
    expect(answer.status).toBe(200);
    // The command's whole answer, rendered for both platforms.
    expect(JSON.parse(answer.body)).toMatchObject({ kind: expect.any(String), slack: expect.any(Array), teams: expect.any(Array) });
    expect(await exited(server)).toBe(0);
    expect(server.output()).toContain('SIGTERM: stopping');
    expect(server.output()).toMatch(/"msg":"POST \/playground\/api\/command 200 \d+ ms"/);
  }, 90_000);

  it('gives up after MAWJAZ_SHUTDOWN_SECONDS with a line saying so, and exits non-zero', async () => {
    const server = await startServer(database.target, { MAWJAZ_SHUTDOWN_SECONDS: '1', LOG_FORMAT: 'json' });
    const slow = slowCommand(server.url);
    slow.answered.catch(() => undefined);
    await pause(200);
    const asked = Date.now();
    server.child.kill('SIGTERM');
    expect(await exited(server)).toBe(1);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(900);
    expect(server.output()).toContain('shutdown took longer than 1 s (MAWJAZ_SHUTDOWN_SECONDS): exiting with work unfinished');
  }, 90_000);
});

describe('an error that escapes every handler', () => {
  for (const [kind, escape] of [
    ['unhandled promise rejection', "setTimeout(() => void Promise.reject(new Error('escaped every handler')), 10);"],
    ['uncaught exception', "setTimeout(() => { throw new Error('escaped every handler'); }, 10);"],
  ] as const) {
    it(`is logged with its stack, and the process exits non-zero (${kind})`, async () => {
      const script = [
        `import { loadConfig } from ${JSON.stringify(resolve(projectRoot, 'src/config.ts'))};`,
        `import { createLogger } from ${JSON.stringify(resolve(projectRoot, 'src/logger.ts'))};`,
        `import { exitOnUncaughtErrors } from ${JSON.stringify(resolve(projectRoot, 'src/server/process-policy.ts'))};`,
        "exitOnUncaughtErrors(createLogger(loadConfig({ LOG_FORMAT: 'json' })));",
        // Kept alive, as a server is: only the handler ends it.
        'setInterval(() => undefined, 1000);',
        escape,
      ].join('\n');
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, env: { PATH: process.env.PATH ?? '' } });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const code = await new Promise<number | null>((resolvePromise) => child.on('exit', resolvePromise));
      expect(code).toBe(1);
      const line = JSON.parse(stderr.trim().split('\n').at(-1)!) as { level: number; msg: string; err: { message: string; stack: string } };
      expect(line.level).toBe(60);
      expect(line.msg).toBe(`${kind}: exiting (a supervisor should restart the server)`);
      expect(line.err.message).toBe('escaped every handler');
      expect(line.err.stack).toMatch(/Error: escaped every handler\n\s+at /);
    }, 30_000);
  }
});

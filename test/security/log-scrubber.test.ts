/**
 * Secrets scrubbed from finished log lines, by value and by shape, in the forms dependencies print them
 * (JSON-escaped once or twice, URL- and form-encoded), without breaking the line's JSON or eating prose;
 * and the logger itself, in both outputs (JSON lines, and pino-pretty on a terminal), in a real process.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createLogScrubber, REDACTED } from '../../src/security/log-scrubber.js';
import { projectRoot } from '../support/cli.js';

const SECRET = 'signing+secret/0123=';
const scrub = createLogScrubber([SECRET, 'abc']);
/** A message as pino writes it: the text JSON-escaped inside a JSON line. */
const line = (msg: string): string => JSON.stringify({ level: 20, msg });

describe('the log scrubber', () => {
  it('removes a configured secret in every form it is printed in, and keeps the line valid JSON', () => {
    const forms = [
      SECRET,
      JSON.stringify({ secret: SECRET }), // a dependency's JSON.stringify of a body, inside our JSON line
      JSON.stringify(JSON.stringify({ secret: SECRET })),
      `secret=${encodeURIComponent(SECRET)}`,
      new URLSearchParams({ secret: SECRET }).toString(),
    ];
    for (const form of forms) {
      const out = scrub(line(`body: ${form}`));
      expect(out, form).not.toContain('0123');
      expect(out, form).toContain(REDACTED);
      expect(() => JSON.parse(out), form).not.toThrow();
    }
  });

  it('finds Slack tokens of every kind, configured or not', () => {
    for (const token of ['xoxb-1-2-abc', 'xoxp-9-x', 'xoxe.xoxp-1-Mi0yLTE', 'xoxe-1-abc', 'xoxa-2-z', 'xoxr-3-y', 'xapp-1-A0-99-ff']) {
      const out = scrub(line(`token ${token} then\n${token}`));
      expect(out, token).not.toContain(token);
      expect(JSON.parse(out).msg, token).toBe(`token ${REDACTED} then\n${REDACTED}`);
    }
  });

  it('finds credentials by the key or header that carries them', () => {
    const cases: Array<[string, string]> = [
      ['client_id=1.2&client_secret=0f9e8d7c6b5a&code=x', `client_id=1.2&client_secret=${REDACTED}&code=x`],
      ['{"client_id":"1.2","client_secret":"0f9e8d7c6b5a"}', `{"client_id":"1.2","client_secret":"${REDACTED}"}`],
      ['authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', `authorization: Bearer ${REDACTED}`],
      ['{"access_token":"ya29.a0Af","refresh_token":"1//0g"}', `{"access_token":"${REDACTED}","refresh_token":"${REDACTED}"}`],
      ['wss://wss.slack.com/link/?ticket=8a7b-6c5d&app_id=A0', `wss://wss.slack.com/link/?ticket=${REDACTED}&app_id=A0`],
      ['response_url https://hooks.slack.com/commands/T0/123/AbCdEf', `response_url https://hooks.slack.com/${REDACTED}`],
    ];
    for (const [text, scrubbed] of cases) {
      expect(JSON.parse(scrub(line(text))).msg, text).toBe(scrubbed);
      // Escaped once more, as a dependency's JSON.stringify of it.
      expect(scrub(line(JSON.stringify(text))), text).not.toContain(text.match(/(0f9e8d7c6b5a|eyJhbG|ya29|8a7b|AbCdEf)/)?.[0]);
    }
  });

  it('leaves ordinary text alone: prose, short values, and what only looks near a secret', () => {
    for (const text of ['the bearer of the letter', 'MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is not', 'abc is too short to be a secret', 'signing secret rotated']) {
      expect(JSON.parse(scrub(line(text))).msg, text).toBe(text);
    }
  });

  it('never starts a replacement inside a JSON escape', () => {
    // The text is a newline then "nsecretvalue…": the escape `\n` must not be read as the secret's "n".
    const tricky = createLogScrubber(['nsecretvalue']);
    const out = tricky(line('\nsecretvalue'));
    expect(JSON.parse(out).msg).toBe('\nsecretvalue');
    expect(JSON.parse(tricky(line('a nsecretvalue'))).msg).toBe(`a ${REDACTED}`);
  });
});

/** Runs a few log calls in a real process with the given environment; resolves with its stderr. */
function logInProcess(env: Record<string, string>, terminal: boolean): Promise<string> {
  const script = `
    ${terminal ? 'process.stderr.isTTY = true;' : ''}
    const { loadConfig } = await import('./src/config.ts');
    const { createLogger } = await import('./src/logger.ts');
    const config = loadConfig();
    const logger = createLogger(config);
    logger.debug('http request body: ' + JSON.stringify({ client_id: '1.2', client_secret: config.SLACK_CLIENT_SECRET }));
    logger.info({ answer: 'authorization: Bearer xoxb-9-not-configured' }, 'echoed');
    logger.warn('state secret %s', config.SLACK_STATE_SECRET);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, env: { PATH: process.env.PATH ?? '', ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => resolve(stderr));
  });
}

describe('the logger', () => {
  const env = { LOG_LEVEL: 'debug', SLACK_CLIENT_SECRET: 'client-secret-5e3f0a9b8c7d', SLACK_STATE_SECRET: 'state-secret-1a2b3c4d5e6f' };

  it.each([
    ['JSON lines (production)', { NODE_ENV: 'production' }, false],
    ['pino-pretty on a terminal (development)', { NODE_ENV: 'development' }, true],
  ] as const)('scrubs %s', async (_name, extra, terminal) => {
    const stderr = await logInProcess({ ...env, ...extra }, terminal);
    expect(stderr).toContain('http request body');
    expect(stderr).toContain('echoed');
    expect(stderr).toContain(REDACTED);
    for (const secret of [env.SLACK_CLIENT_SECRET, env.SLACK_STATE_SECRET, 'xoxb-']) expect(stderr).not.toContain(secret);
    if (!terminal) for (const row of stderr.trim().split('\n')) expect(() => JSON.parse(row)).not.toThrow();
  });
});

/** Secrets from files (`NAME_FILE`), as container platforms mount them: read, trimmed, and refused clearly. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, SECRET_OPTIONS } from '../../src/config.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mawjaz-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function secretFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content, { mode: 0o600 });
  return path;
}

describe('NAME_FILE variables', () => {
  it('read each secret from its file, without the trailing line break', () => {
    const config = loadConfig({
      SLACK_SIGNING_SECRET_FILE: secretFile('signing', 'abcdef0123456789\n'),
      SLACK_BOT_TOKEN_FILE: secretFile('bot', 'xoxb-1-2-three\r\n'),
      DATABASE_URL_FILE: secretFile('url', 'postgres://mawjaz:p%40ss@db:5432/mawjaz\n'),
      MICROSOFT_APP_PASSWORD_FILE: secretFile('teams', 'pass word  \n'),
    });
    expect(config.SLACK_SIGNING_SECRET).toBe('abcdef0123456789');
    expect(config.SLACK_BOT_TOKEN).toBe('xoxb-1-2-three');
    expect(config.DATABASE_URL).toBe('postgres://mawjaz:p%40ss@db:5432/mawjaz');
    // Only the line break goes: spaces inside or at the end may be part of a password.
    expect(config.MICROSOFT_APP_PASSWORD).toBe('pass word  ');
  });

  it('are read for every secret option, and only for those', () => {
    for (const name of SECRET_OPTIONS) {
      expect(() => loadConfig({ [`${name}_FILE`]: join(dir, 'absent') }), name).toThrow(`${name}_FILE: cannot read`);
    }
    expect(loadConfig({ MAWJAZ_PORT_FILE: join(dir, 'absent') }).MAWJAZ_PORT).toBe(3000);
  });

  it('refuse the secret given both ways, and a file that cannot be read, naming the variable and never the content', () => {
    const file = secretFile('client', 'the-client-secret-value\n');
    expect(() => loadConfig({ SLACK_CLIENT_SECRET: 'another-secret-value-x', SLACK_CLIENT_SECRET_FILE: file })).toThrow('invalid configuration:\n  SLACK_CLIENT_SECRET_FILE: SLACK_CLIENT_SECRET is set too; give the secret one way, not both');
    expect(() => loadConfig({ SLACK_STATE_SECRET_FILE: join(dir, 'missing') })).toThrow(`SLACK_STATE_SECRET_FILE: cannot read ${join(dir, 'missing')} (ENOENT)`);
    expect(() => loadConfig({ LLM_API_KEY_FILE: dir })).toThrow(`LLM_API_KEY_FILE: cannot read ${dir} (EISDIR)`);
    // A value read from a file is validated like any other, and the message does not quote it.
    const short = secretFile('short', 'tiny\n');
    expect(() => loadConfig({ SLACK_SIGNING_SECRET_FILE: short })).toThrow(/SLACK_SIGNING_SECRET: looks too short for a Slack signing secret$/);
  });

  it('stop the CLI with the reason when a file is unreadable', async () => {
    // A folder where a file should be: unreadable as a secret even to root (these tests may run as root).
    const result = await runCli(['list', '--db', join(dir, 'x.db')], { env: { SLACK_BOT_TOKEN_FILE: dir } });
    expect([result.code, result.stderr]).toEqual([2, `mawjaz: invalid configuration:\n  SLACK_BOT_TOKEN_FILE: cannot read ${dir} (EISDIR)\n`]);
  });
});

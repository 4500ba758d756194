/**
 * The secret box that seals tokens at rest: what it seals opens only with the same key and context,
 * any change to the sealed bytes is caught, and bad keys are refused with a message saying how to make one.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { InvalidInput } from '../../src/errors.js';
import { createSecretBox, SecretUnreadable } from '../../src/security/secret-box.js';

const KEY = randomBytes(32);
const box = createSecretBox(KEY.toString('base64'));
const CONTEXT = 'installation:slack:T0MAWJAZ';
const RECORD = JSON.stringify({ team: { id: 'T0MAWJAZ', name: 'فريق سياسات الهجرة' }, bot: { token: 'xoxb-1111-2222-secret' } });

function flipByte(sealed: string, index: number): string {
  const bytes = Buffer.from(sealed.slice(3), 'base64');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return `v1:${bytes.toString('base64')}`;
}

describe('secret box', () => {
  it('opens what it sealed, Arabic included, and never shows the plaintext in the sealed value', () => {
    const sealed = box.seal(RECORD, CONTEXT);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain('xoxb');
    expect(box.open(sealed, CONTEXT)).toBe(RECORD);
  });

  it('uses a fresh IV each time: the same value seals differently', () => {
    expect(box.seal(RECORD, CONTEXT)).not.toBe(box.seal(RECORD, CONTEXT));
  });

  it('reads the key as hex or base64 alike', () => {
    const hexBox = createSecretBox(KEY.toString('hex'));
    expect(hexBox.open(box.seal(RECORD, CONTEXT), CONTEXT)).toBe(RECORD);
    expect(createSecretBox(KEY.toString('base64url')).open(hexBox.seal('x', 'c'), 'c')).toBe('x');
  });

  it('refuses another key with a message naming the likely cause', () => {
    const other = createSecretBox(randomBytes(32).toString('base64'));
    expect(() => other.open(box.seal(RECORD, CONTEXT), CONTEXT)).toThrow(SecretUnreadable);
    expect(() => other.open(box.seal(RECORD, CONTEXT), CONTEXT)).toThrow('cannot decrypt a stored secret: wrong MAWJAZ_ENCRYPTION_KEY or corrupted row');
  });

  it('catches tampering with the IV, the tag or the ciphertext', () => {
    const sealed = box.seal(RECORD, CONTEXT);
    for (const index of [0, 11, 12, 27, 28, 40]) expect(() => box.open(flipByte(sealed, index), CONTEXT), `byte ${index}`).toThrow(SecretUnreadable);
    expect(() => box.open(sealed.slice(0, 20), CONTEXT)).toThrow('sealed value is truncated');
    expect(() => box.open(RECORD, CONTEXT)).toThrow('not a sealed value');
  });

  it('binds a value to its context: a record moved to another workspace does not open', () => {
    expect(() => box.open(box.seal(RECORD, CONTEXT), 'installation:slack:T0OTHER')).toThrow(SecretUnreadable);
  });

  it('refuses keys that are not 32 bytes, saying how to make one', () => {
    for (const bad of ['', 'short', randomBytes(16).toString('base64'), randomBytes(31).toString('hex'), `${randomBytes(32).toString('hex')}00`, 'é'.repeat(44)]) {
      expect(() => createSecretBox(bad), bad).toThrow(InvalidInput);
    }
    expect(() => createSecretBox('short')).toThrow('MAWJAZ_ENCRYPTION_KEY must be 32 random bytes written as base64 or hex; make one with `openssl rand -base64 32`');
  });

  it('is checked with the rest of the configuration at start-up, without echoing the value', () => {
    expect(() => loadConfig({ MAWJAZ_ENCRYPTION_KEY: 'hunter2-hunter2' })).toThrow(
      'invalid configuration:\n  MAWJAZ_ENCRYPTION_KEY: must be 32 random bytes written as base64 or hex; make one with `openssl rand -base64 32`',
    );
    expect(() => loadConfig({ MAWJAZ_ENCRYPTION_KEY: 'hunter2-hunter2' })).not.toThrow(/hunter2/);
    expect(loadConfig({ MAWJAZ_ENCRYPTION_KEY: KEY.toString('base64') }).MAWJAZ_ENCRYPTION_KEY).toBe(KEY.toString('base64'));
  });
});

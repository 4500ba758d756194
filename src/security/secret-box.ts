/**
 * Encryption at rest for secrets we must keep (a workspace's bot token): AES-256-GCM from node:crypto
 * with a fresh random 96-bit IV per value and the key from MAWJAZ_ENCRYPTION_KEY. A sealed value is
 * "v1:" + base64(iv | tag | ciphertext); the version prefix lets a later format or key rotation read
 * old rows. Each value is bound to a context (e.g. the row it belongs to) as GCM additional data, so a
 * ciphertext copied into another row fails to open instead of handing one workspace another's token.
 * https://nodejs.org/api/crypto.html#cryptocreatecipherivalgorithm-key-iv-options
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { InvalidInput, MawjazError } from '../errors.js';

const VERSION = 'v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const KEY_HELP = 'must be 32 random bytes written as base64 or hex; make one with `openssl rand -base64 32`';

/** A sealed value that cannot be opened: wrong key, another row's value, or damaged bytes. */
export class SecretUnreadable extends MawjazError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('secret_unreadable', message, options);
  }
}

export interface SecretBox {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

/** The key's 32 bytes from 64 hex digits or base64 (standard or URL-safe); null for anything else. */
export function decodeKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, 'base64');
  return bytes.length === KEY_BYTES ? bytes : null;
}

export function createSecretBox(keyText: string): SecretBox {
  const key = decodeKey(keyText);
  if (key === null) throw new InvalidInput(`MAWJAZ_ENCRYPTION_KEY ${KEY_HELP}`);
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
    },
    open(sealed, context) {
      if (!sealed.startsWith(VERSION)) throw new SecretUnreadable(`not a sealed value (expected the "${VERSION}" prefix)`);
      const bytes = Buffer.from(sealed.slice(VERSION.length), 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new SecretUnreadable('sealed value is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch (cause) {
        throw new SecretUnreadable('cannot decrypt a stored secret: wrong MAWJAZ_ENCRYPTION_KEY or corrupted row', { cause });
      }
    },
  };
}

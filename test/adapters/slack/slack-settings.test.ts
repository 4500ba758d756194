/** Which Slack install mode the environment selects, and the start-up errors for half-set or mixed ones. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { slackInstallMode, slackServing } from '../../../adapters/slack/slack-settings.js';

const OAUTH = {
  SLACK_CLIENT_ID: '1234567890123.4567890123456',
  SLACK_CLIENT_SECRET: '0123456789abcdef0123456789abcdef',
  SLACK_STATE_SECRET: 'a-long-random-state-secret',
  MAWJAZ_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

const modeOf = (env: Record<string, string>) => slackInstallMode(loadConfig(env));

describe('Slack install mode', () => {
  it('is off without a token or OAuth credentials', () => {
    expect(modeOf({})).toBeNull();
    // The key alone turns nothing on.
    expect(modeOf({ MAWJAZ_ENCRYPTION_KEY: OAUTH.MAWJAZ_ENCRYPTION_KEY })).toBeNull();
  });

  it('is one workspace with SLACK_BOT_TOKEN', () => {
    expect(modeOf({ SLACK_BOT_TOKEN: 'xoxb-one' })).toEqual({ kind: 'single-workspace', botToken: 'xoxb-one' });
  });

  it('is OAuth installs with the client id, client secret, state secret and encryption key', () => {
    expect(modeOf(OAUTH)).toEqual({ kind: 'oauth', clientId: OAUTH.SLACK_CLIENT_ID, clientSecret: OAUTH.SLACK_CLIENT_SECRET, stateSecret: OAUTH.SLACK_STATE_SECRET, encryptionKey: OAUTH.MAWJAZ_ENCRYPTION_KEY });
  });

  it('names every missing OAuth variable, and how to make the key', () => {
    expect(() => modeOf({ SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID })).toThrow(
      'Slack OAuth installs need SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, MAWJAZ_ENCRYPTION_KEY; missing: SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, MAWJAZ_ENCRYPTION_KEY (make MAWJAZ_ENCRYPTION_KEY with `openssl rand -base64 32`)',
    );
    const { MAWJAZ_ENCRYPTION_KEY: _key, ...withoutKey } = OAUTH;
    expect(() => modeOf(withoutKey)).toThrow('missing: MAWJAZ_ENCRYPTION_KEY (make');
    const { SLACK_CLIENT_ID: _id, ...withoutId } = OAUTH;
    expect(() => modeOf(withoutId)).toThrow(/missing: SLACK_CLIENT_ID$/);
  });

  it('refuses a bot token together with OAuth credentials instead of guessing', () => {
    expect(() => modeOf({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-one' })).toThrow('SLACK_BOT_TOKEN and OAuth credentials (SLACK_CLIENT_ID…) are both set: choose one');
  });

  it('checks the shape of each variable at start-up', () => {
    expect(() => loadConfig({ ...OAUTH, SLACK_CLIENT_ID: 'my-app' })).toThrow('SLACK_CLIENT_ID: looks like 1234567890123.1234567890123');
    expect(() => loadConfig({ ...OAUTH, SLACK_STATE_SECRET: 'short' })).toThrow('SLACK_STATE_SECRET: use at least 16 random characters');
  });
});

describe('how serve reaches Slack', () => {
  const servingOf = (env: Record<string, string>) => slackServing(loadConfig(env));
  const APP_TOKEN = 'xapp-1-A0-1-abcdef';
  const SECRET = 'a-signing-secret';

  it('is off without a signing secret or an app-level token, even with a bot token (it can still post briefs)', () => {
    expect(servingOf({ SLACK_BOT_TOKEN: 'xoxb-one' })).toBeNull();
  });

  it('is HTTP with the signing secret and the install mode', () => {
    expect(servingOf({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-one', SLACK_API_URL: 'http://127.0.0.1:9/api/' })).toEqual({
      kind: 'http',
      settings: { signingSecret: SECRET, install: { kind: 'single-workspace', botToken: 'xoxb-one' }, apiUrl: 'http://127.0.0.1:9/api/' },
    });
  });

  it('is Socket Mode with an app-level token, which wins over a signing secret (then unused)', () => {
    expect(servingOf({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_BOT_TOKEN: 'xoxb-one', SLACK_SIGNING_SECRET: SECRET })).toEqual({
      kind: 'socket',
      settings: { appToken: APP_TOKEN, botToken: 'xoxb-one' },
      signingSecretUnused: true,
    });
  });

  it('refuses setups that cannot work, naming what to set', () => {
    expect(() => servingOf({ SLACK_APP_TOKEN: APP_TOKEN })).toThrow('SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not');
    expect(() => servingOf({ SLACK_APP_TOKEN: APP_TOKEN, ...OAUTH })).toThrow('SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not');
    expect(() => servingOf({ SLACK_SIGNING_SECRET: SECRET })).toThrow('SLACK_SIGNING_SECRET is set but Slack has no way to get tokens');
  });
});

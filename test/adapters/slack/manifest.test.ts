/**
 * manifest.json (the Slack app manifest) against Slack's published JSON Schema (from ../shared, so
 * skipped with a notice where it is absent) and against what the code actually registers
 * (adapters/slack/registrations.ts, SLACK_PATH, REDIRECT_PATH): every declared command, event, scope and URL is
 * handled, and everything handled is declared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { registerListeners } from '../../../adapters/slack/listeners/index.js';
import type { ListenerDeps } from '../../../adapters/slack/listeners/deps.js';
import { ACTION_IDS, BOT_EVENTS, BOT_SCOPES, EVENT_SCOPES, SLASH_COMMAND } from '../../../adapters/slack/registrations.js';
import { REDIRECT_PATH } from '../../../adapters/slack/oauth-install.js';
import { SLACK_PATH } from '../../../adapters/slack/slack-app.js';
import { sharedDir } from '../../support/shared-corpus.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface SlashCommandEntry {
  command: string;
  url?: string;
  description?: string;
  usage_hint?: string;
}

/** The parts of the manifest this test reads; everything is optional, as in the file. */
interface SlackManifest {
  _metadata?: { major_version?: number };
  features?: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean; messages_tab_read_only_enabled?: boolean };
    slash_commands?: SlashCommandEntry[];
  };
  oauth_config?: { redirect_urls?: string[]; scopes?: { bot?: string[] } };
  settings?: {
    event_subscriptions?: { request_url?: string; bot_events?: string[] };
    interactivity?: { is_enabled?: boolean; request_url?: string };
  };
}

const manifestText = readFileSync(join(projectRoot, 'manifest.json'), 'utf8');
const manifest = JSON.parse(manifestText) as SlackManifest;

const schemaVersions: Record<number, string> = { 1: '1.0.0', 2: '2.0.0' };
const majorVersion = manifest._metadata?.major_version ?? 1;
const schemaVersion = schemaVersions[majorVersion];
const schemaPath = join(sharedDir, 'schemas', `slack-app-manifest.schema.${schemaVersion ?? 'unknown'}.json`);
const hasSchema = schemaVersion !== undefined && existsSync(schemaPath);

if (!hasSchema) {
  console.warn(`[mawjaz tests] ${schemaPath} not found: the Slack manifest schema validation is skipped.`);
}

function readableErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `  ${e.instancePath === '' ? '(root)' : e.instancePath}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)} [schema ${e.schemaPath}]`)
    .join('\n');
}

function sorted(values: readonly string[]): string[] {
  return [...values].sort();
}

/** A URL's parts, failing the test with the offending value if it does not parse. */
function parsed(url: string | undefined, what: string): URL {
  expect(url, `${what} is missing`).toBeTypeOf('string');
  try {
    return new URL(url ?? '');
  } catch {
    throw new Error(`${what} is not a URL: ${String(url)}`);
  }
}

describe('manifest.json against the Slack manifest schema', () => {
  it('declares a known major version', () => {
    expect(Object.keys(schemaVersions).map(Number)).toContain(majorVersion);
  });

  it.skipIf(!hasSchema)(`validates against slack-app-manifest.schema.${schemaVersion ?? '?'}.json`, () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    // The schema uses one format ("uri", on the optional $schema property); ajv-formats is not
    // installed, so format keywords are not checked (URLs are checked by the tests below instead).
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    if (!valid) {
      console.error(`manifest.json is not a valid Slack manifest (schema ${schemaVersion}):\n${readableErrors(validate.errors)}`);
    }
    expect(valid, readableErrors(validate.errors)).toBe(true);
  });
});

describe('manifest.json agrees with the code', () => {
  it('the code serves Slack on /slack/events', () => {
    expect(SLACK_PATH).toBe('/slack/events');
  });

  it(`declares exactly one slash command, ${SLASH_COMMAND}, sent to ${SLACK_PATH}, with a description and usage hint`, () => {
    const commands = manifest.features?.slash_commands ?? [];
    expect(commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    const [command] = commands;
    expect(parsed(command?.url, 'slash command url').pathname).toBe(SLACK_PATH);
    expect(command?.description?.trim()).toBeTruthy();
    expect(command?.usage_hint?.trim()).toBeTruthy();
  });

  it('enables interactivity on /slack/events, since the app has buttons', () => {
    expect(ACTION_IDS.length).toBeGreaterThan(0);
    const interactivity = manifest.settings?.interactivity;
    expect(interactivity?.is_enabled).toBe(true);
    expect(parsed(interactivity?.request_url, 'interactivity request_url').pathname).toBe(SLACK_PATH);
  });

  it('subscribes to exactly the events the app handles, on /slack/events', () => {
    const events = manifest.settings?.event_subscriptions;
    expect(sorted(events?.bot_events ?? [])).toEqual(sorted(BOT_EVENTS));
    expect(new Set(events?.bot_events ?? []).size).toBe(events?.bot_events?.length ?? 0);
    expect(parsed(events?.request_url, 'event_subscriptions request_url').pathname).toBe(SLACK_PATH);
  });

  it('asks for exactly the bot scopes the app uses', () => {
    const scopes = manifest.oauth_config?.scopes?.bot ?? [];
    expect(sorted(scopes)).toEqual(sorted(BOT_SCOPES));
    expect(new Set(scopes).size).toBe(scopes.length);
  });

  it(`sends OAuth installs back to ${REDIRECT_PATH}, the one redirect URL`, () => {
    const urls = manifest.oauth_config?.redirect_urls ?? [];
    expect(urls).toHaveLength(1);
    expect(parsed(urls[0], 'oauth_config redirect_urls[0]').pathname).toBe(REDIRECT_PATH);
  });

  it('enables the App Home tab', () => {
    expect(manifest.features?.app_home?.home_tab_enabled).toBe(true);
  });

  it('subscribes to exactly the events the listeners register (message.im reaches the `message` listener)', () => {
    // A stand-in for Bolt's App that records what each listener registers.
    const registered: Array<{ method: string; name: unknown }> = [];
    const app = new Proxy({}, { get: (_target, method) => (name: unknown) => void registered.push({ method: String(method), name }) }) as Parameters<typeof registerListeners>[0];
    registerListeners(app, {} as ListenerDeps);
    const events = registered.filter((r) => r.method === 'event').map((r) => String(r.name));
    const declared = (manifest.settings?.event_subscriptions?.bot_events ?? []).map((e) => e.replace(/\.(im|channels|groups|mpim)$/, ''));
    expect(sorted(events)).toEqual(sorted(declared));
    expect(registered.filter((r) => r.method === 'command').map((r) => r.name)).toEqual([SLASH_COMMAND]);
  });

  it('asks for the scope each subscribed event needs, and lets people write in the Messages tab it answers', () => {
    const scopes = manifest.oauth_config?.scopes?.bot ?? [];
    for (const event of manifest.settings?.event_subscriptions?.bot_events ?? []) {
      const needed = EVENT_SCOPES[event as keyof typeof EVENT_SCOPES];
      if (needed) expect(scopes, `${event} needs ${needed}`).toContain(needed);
    }
    expect(BOT_EVENTS).toContain('message.im');
    expect(BOT_EVENTS).toContain('app_mention');
    expect(manifest.features?.app_home?.messages_tab_enabled).toBe(true);
    expect(manifest.features?.app_home?.messages_tab_read_only_enabled).toBe(false);
  });

  it('sends commands, interactivity, events and OAuth redirects to the same https host', () => {
    const urls = [
      parsed(manifest.features?.slash_commands?.[0]?.url, 'slash command url'),
      parsed(manifest.settings?.interactivity?.request_url, 'interactivity request_url'),
      parsed(manifest.settings?.event_subscriptions?.request_url, 'event_subscriptions request_url'),
      parsed(manifest.oauth_config?.redirect_urls?.[0], 'oauth_config redirect_urls[0]'),
    ];
    for (const url of urls) expect(url.protocol).toBe('https:');
    expect(new Set(urls.map((u) => u.host)).size).toBe(1);
  });
});

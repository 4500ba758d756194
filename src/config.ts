/**
 * Configuration: one zod schema over the environment, parsed once at start-up. Each option is declared
 * once with its variable, default and whether it is secret (miniflux's option table). Nothing else
 * reads process.env.
 */
import { z } from 'zod';
import { InvalidInput } from './errors.js';
import { decodeKey, KEY_HELP } from './security/secret-box.js';
import { readSecretFiles } from './security/secret-files.js';

export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .describe('PostgreSQL connection URL; when set, PostgreSQL is used instead of SQLite (secret: may hold a password)'),
  MAWJAZ_DB: z.string().min(1).default('./data/mawjaz.db').describe('SQLite database file (the embedded default)'),
  MAWJAZ_DB_QUERY_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60).describe('PostgreSQL: longest one statement may run before the server cancels it (migrations included); a database that stops answering cannot hold a request longer'),
  MAWJAZ_MIGRATE: z.enum(['auto', 'off']).optional().describe('Whether opening the database brings its schema up to date: auto (the default on SQLite) or off (the default on PostgreSQL, where only `mawjaz migrate` does, or `mawjaz serve` with auto)'),
  MAWJAZ_DB_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60).describe('How long `mawjaz serve` waits (with backoff) for a database that is not up yet when it starts; 0 gives up at once'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Log level'),
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto').describe('Log lines: readable (pretty) or JSON; auto is readable in a terminal and JSON otherwise or with NODE_ENV=production'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('Environment'),
  MAWJAZ_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000).describe('Time cap for one fetch'),
  MAWJAZ_FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024).describe('Byte cap for one fetch'),
  MAWJAZ_FEED_POLL_MINUTES: z.coerce.number().int().min(5).max(1440).default(30).describe('Minutes between polls of a healthy feed (`mawjaz sources add`); failing feeds back off up to a day'),
  // Feeds list their newest items first and real ones hold tens to hundreds; the cap bounds what one poll
  // maps, enriches and stores (a hostile feed of 100k items is read 1,000 at a time, the newest).
  MAWJAZ_FEED_MAX_ITEMS: z.coerce.number().int().min(10).max(100_000).default(1000).describe('Items read from one feed per poll: the first ones in the feed (the newest); the poll says "read N of M items" when a feed holds more'),
  MAWJAZ_SCHEDULER_SECONDS: z.coerce.number().int().min(0).max(60).default(60).describe('How often `mawjaz serve` looks for due briefs, alerts and feeds and sends what the outbox holds; 0 turns that off (a server that only answers requests)'),
  MAWJAZ_BRIEF_GRACE_HOURS: z.coerce.number().min(0).max(168).default(12).describe('How late a brief missed while the server was down is still sent (once) when it starts'),
  MAWJAZ_DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8).describe('Attempts at one brief or alert message before it is set aside as failed (`mawjaz deliveries list --failed`)'),
  MAWJAZ_DELIVERY_RETRY_SECONDS: z.coerce.number().min(0.1).max(3600).default(30).describe('First retry delay of a failed delivery; doubles with each attempt (with jitter, at most an hour), never sooner than the platform\'s Retry-After'),
  MAWJAZ_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8).describe('Conversations one server sends to at once'),
  MAWJAZ_OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(300).describe('How long a server holds a claimed delivery; a server that dies mid-send releases it when this expires'),
  // Optional abstractive summaries: any OpenAI-compatible chat endpoint (Azure OpenAI v1, vLLM, Ollama).
  LLM_BASE_URL: z
    .string()
    .refine(isHttpUrl, 'must be an http:// or https:// URL such as https://host/v1')
    .refine(hasNoCredentials, 'must not contain a user name or password (put the key in LLM_API_KEY)')
    .optional()
    .describe('Base URL of an OpenAI-compatible API (we POST to <base>/chat/completions); unset means extractive summaries only'),
  LLM_API_KEY: z.string().optional().describe('API key for LLM_BASE_URL, sent as both Authorization: Bearer and api-key (Azure)'),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini').describe('Model (or Azure deployment) name for LLM summaries'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000).describe('Time cap for one LLM request, body included'),
  // The server (`mawjaz serve`): each platform is switched on by its own variables.
  MAWJAZ_PORT: z.coerce.number().int().min(0).max(65_535).default(3000).describe('HTTP port of `mawjaz serve` (--port wins)'),
  MAWJAZ_HOST: z.string().min(1).default('127.0.0.1').describe('Address `mawjaz serve` binds; 0.0.0.0 behind a reverse proxy or in a container'),
  MAWJAZ_PLAYGROUND_TOKEN: z
    .string()
    .min(16, 'use at least 16 random characters, e.g. `openssl rand -hex 20`')
    .optional()
    .describe('Token the local playground (`mawjaz serve --playground`) requires when bound to a non-loopback address: open /?token=<token> once, or send Authorization: Bearer <token>'),
  // Operating the server: /metrics (src/server/metrics-access.ts decides where it is served) and shutdown.
  MAWJAZ_METRICS: z.enum(['on', 'off']).optional().describe('Prometheus metrics at GET /metrics: on by default when the server is bound to a loopback address; on any other address only with MAWJAZ_METRICS_TOKEN or MAWJAZ_METRICS_PORT (else off, said at start); off turns them off everywhere'),
  MAWJAZ_METRICS_TOKEN: z
    .string()
    .min(16, 'use at least 16 random characters, e.g. `openssl rand -hex 20`')
    .optional()
    .describe('Token /metrics requires as Authorization: Bearer <token> (set it in the scraper); lets /metrics be served on a public address'),
  MAWJAZ_METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional().describe('Serve /metrics on its own listener at this port (and MAWJAZ_METRICS_HOST) instead of the main one; 0 picks a free port'),
  MAWJAZ_METRICS_HOST: z.string().min(1).default('127.0.0.1').describe('Address the separate /metrics listener binds (with MAWJAZ_METRICS_PORT); e.g. an internal interface the scraper reaches'),
  MAWJAZ_SHUTDOWN_SECONDS: z.coerce.number().int().min(1).max(600).default(10).describe('On SIGTERM or SIGINT, how long `mawjaz serve` lets requests in flight and the scheduler\'s current work finish before it gives up and exits non-zero'),
  SLACK_SIGNING_SECRET: z.string().min(8, 'looks too short for a Slack signing secret').optional().describe('Slack app signing secret: verifies every request from Slack (Slack is on when set)'),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token (xoxb-…)').optional().describe('Bot token of a single-workspace install'),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must be an app-level token (xapp-…) with the connections:write scope')
    .optional()
    .describe('App-level token: Slack over Socket Mode (an outbound WebSocket) instead of HTTP requests, for servers Slack cannot reach'),
  // Multi-workspace installs by OAuth (instead of SLACK_BOT_TOKEN): each workspace's token is kept, encrypted, in the database.
  SLACK_CLIENT_ID: z.string().regex(/^\d+\.\d+$/, 'looks like 1234567890123.1234567890123 (Basic Information → App Credentials)').optional().describe('Slack app client id: with SLACK_CLIENT_SECRET and SLACK_STATE_SECRET, workspaces install the app at /slack/install'),
  SLACK_CLIENT_SECRET: z.string().min(16, 'looks too short for a Slack client secret').optional().describe('Slack app client secret (OAuth installs)'),
  SLACK_STATE_SECRET: z.string().min(16, 'use at least 16 random characters, e.g. `openssl rand -hex 20`').optional().describe('Signs the OAuth state parameter (OAuth installs); any long random string'),
  MAWJAZ_ENCRYPTION_KEY: z.string().refine((value) => decodeKey(value) !== null, KEY_HELP).optional().describe('Encrypts secrets kept in the database (Slack installations): 32 random bytes, base64 or hex'),
  // Teams (botbuilder at /api/messages): Azure Bot registration credentials.
  MICROSOFT_APP_ID: z.guid('must be the bot\'s Microsoft App ID (a GUID from the Azure Bot registration)').optional().describe('Bot Framework app id of the Teams bot; unset, Teams is off unless MAWJAZ_TEAMS_EMULATOR asks for the Bot Framework Emulator'),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional().describe('Client secret of the app registration (SingleTenant and MultiTenant)'),
  MICROSOFT_APP_TENANT_ID: z.guid('must be the Entra tenant id (a GUID)').optional().describe('Tenant of a SingleTenant or UserAssignedMSI bot'),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant').describe('How the bot authenticates: MultiTenant, SingleTenant or UserAssignedMSI'),
  // Without credentials Teams is off: an unauthenticated endpoint must be asked for, never fallen into.
  MAWJAZ_TEAMS_EMULATOR: z
    .stringbool({ error: 'must be 1 or 0 (true/false, yes/no, on/off)' })
    .default(false)
    .describe('Serve /api/messages WITHOUT authentication for the Bot Framework Emulator on this machine (or `serve --teams-emulator`); refused with NODE_ENV=production or with MICROSOFT_APP_ID'),
  MAWJAZ_TEAMS_SERVICE_URLS: z
    .string()
    .transform((value, context) => serviceUrlList(value, context))
    .optional()
    .describe('Comma-separated Bot Connector URLs the bot may also post to, beside Microsoft\'s own (other clouds, a test connector); each an http(s) origin with an optional path prefix'),
  MICROSOFT_OPENID_METADATA_URL: z
    .string()
    .refine(isHttpUrl, 'must be an http:// or https:// URL of an OpenID metadata document')
    .optional()
    .describe('Where the Bot Connector\'s token signing keys are published (OpenID metadata); default Microsoft\'s public cloud. For tests and private Bot Framework deployments'),
  SLACK_API_URL: z.string().refine(isHttpUrl, 'must be an http:// or https:// URL').optional().describe('Send every Slack Web API call here instead of https://slack.com/api/ (proxies, tests)'),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Variables whose values never appear in logs or messages (the logger scrubs them from every line: src/logger.ts). */
export const SECRET_OPTIONS: ReadonlySet<keyof Config> = new Set<keyof Config>(['DATABASE_URL', 'LLM_API_KEY', 'SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'MAWJAZ_ENCRYPTION_KEY', 'MICROSOFT_APP_PASSWORD', 'MAWJAZ_PLAYGROUND_TOKEN', 'MAWJAZ_METRICS_TOKEN']);

/** The values of the secret variables that are set; a database URL's password also on its own (drivers print it apart). */
export function secretValues(config: Partial<Config>): string[] {
  const values: string[] = [];
  for (const key of SECRET_OPTIONS) {
    const value = config[key];
    if (typeof value === 'string' && value !== '') values.push(value);
  }
  if (config.DATABASE_URL !== undefined && URL.canParse(config.DATABASE_URL)) {
    const { password } = new URL(config.DATABASE_URL);
    if (password !== '') values.push(password, decodedOrAsIs(password));
  }
  return values;
}

function decodedOrAsIs(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray "%": the password is as written
  }
}

/**
 * Parses the environment; throws InvalidInput listing every problem, with the variable it concerns.
 * A secret may also come from a file named by NAME_FILE (src/security/secret-files.ts).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const fromFiles = readSecretFiles(env, SECRET_OPTIONS);
  const known = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, emptyToUndefined(fromFiles.env[key])]));
  const result = configSchema.safeParse(known);
  const lines = [...fromFiles.problems.map((problem) => `  ${problem}`), ...(result.success ? [] : result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`))];
  if (!result.success || lines.length > 0) throw new InvalidInput(`invalid configuration:\n${lines.join('\n')}`);
  return Object.freeze(result.data);
}

/** `a, b` → each entry an http(s) URL without credentials, query or fragment (they would never match a serviceUrl). */
function serviceUrlList(value: string, context: z.RefinementCtx): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const url = URL.canParse(entry) ? new URL(entry) : null;
    if (url === null || !isHttpUrl(entry)) context.addIssue({ code: 'custom', message: `${JSON.stringify(entry.slice(0, 100))} is not an http:// or https:// URL` });
    else if (!hasNoCredentials(entry) || url.search !== '' || url.hash !== '') context.addIssue({ code: 'custom', message: `${url.origin}: give an origin and optional path, without user name, password, query or fragment` });
  }
  return entries;
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

// fetch refuses URLs with userinfo, and a key kept there would show up wherever the URL is printed.
function hasNoCredentials(value: string): boolean {
  if (!URL.canParse(value)) return true; // isHttpUrl already reports it
  const { username, password } = new URL(value);
  return username === '' && password === '';
}

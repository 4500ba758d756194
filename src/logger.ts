/**
 * Structured logging: JSON lines in production, readable lines in development; always on stderr so
 * that CLI output on stdout (--json) stays machine-readable. Secrets never reach either: pino's path
 * redaction covers fields we log, and every finished line, whoever wrote it (dependencies' debug
 * output included), is scrubbed of the configured secrets and of anything shaped like a credential
 * (src/security/log-scrubber.ts) before it is written, and before pino-pretty sees it.
 */
import { format } from 'node:util';
import pino, { type Logger } from 'pino';
import { type Config, secretValues } from './config.js';
import { requestLogFields } from './http/request-context.js';
import { createLogScrubber } from './security/log-scrubber.js';

export type { Logger };

export function createLogger(config: Config): Logger {
  const options = loggerOptions(config);
  const json = config.LOG_FORMAT === 'json' || (config.LOG_FORMAT === 'auto' && (config.NODE_ENV === 'production' || !process.stderr.isTTY));
  if (json) {
    return pino(options, pino.destination(2));
  }
  return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
}

/** The logger's settings apart from where it writes (tests give it a stream of their own). */
export function loggerOptions(config: Config): pino.LoggerOptions {
  return {
    level: config.LOG_LEVEL,
    base: { app: 'mawjaz' },
    // The id of the HTTP request being answered, on every line written while answering it.
    mixin: requestLogFields,
    // The JSON line just before it goes to stderr or to the pino-pretty worker: both outputs are scrubbed.
    hooks: { streamWrite: createLogScrubber(secretValues(config)) },
    // Belt and braces: tokens never reach a log line even if someone logs a whole config or request.
    redact: {
      paths: ['DATABASE_URL', '*.DATABASE_URL', 'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization', 'headers.cookie', '*.headers.cookie', 'headers["x-slack-signature"]', '*.headers["x-slack-signature"]', 'LLM_API_KEY', '*.LLM_API_KEY', 'SLACK_SIGNING_SECRET', '*.SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', '*.SLACK_BOT_TOKEN', '*.botToken', '*.signingSecret', 'SLACK_APP_TOKEN', '*.SLACK_APP_TOKEN', '*.appToken', 'SLACK_CLIENT_SECRET', '*.SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', '*.SLACK_STATE_SECRET', 'MAWJAZ_ENCRYPTION_KEY', '*.MAWJAZ_ENCRYPTION_KEY', '*.clientSecret', '*.stateSecret', '*.encryptionKey', '*.client_secret', 'MICROSOFT_APP_PASSWORD', '*.MICROSOFT_APP_PASSWORD', '*.MicrosoftAppPassword', '*.appPassword', 'apiKey', '*.apiKey', 'headers["api-key"]'],
      censor: '[redacted]',
    },
  };
}

/**
 * Dependencies that print with console.* instead of taking a logger (botframework-connector prints the
 * Connector's public key and a stack trace for every refused token; anyone can trigger that) write
 * through `logger` instead: one scrubbed line at the matching level, never raw text on stdout (which
 * `--json` output owns) or amid JSON log lines.
 */
export function routeConsoleTo(logger: Logger): void {
  const child = logger.child({ component: 'console' });
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => child[level](format(...args));
  console.debug = at('debug');
  console.trace = at('debug');
  console.log = at('info');
  console.info = at('info');
  console.warn = at('warn');
  console.error = at('error');
}

/**
 * Structured logging: JSON lines in production, readable lines in development; always on stderr so
 * that CLI output on stdout (--json) stays machine-readable.
 */
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    base: { app: 'mawjaz' },
    // Belt and braces: tokens never reach a log line even if someone logs a whole config or request.
    redact: {
      paths: ['DATABASE_URL', '*.DATABASE_URL', 'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'LLM_API_KEY', '*.LLM_API_KEY', 'SLACK_SIGNING_SECRET', '*.SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', '*.SLACK_BOT_TOKEN', '*.botToken', '*.signingSecret', 'SLACK_APP_TOKEN', '*.SLACK_APP_TOKEN', '*.appToken', 'SLACK_CLIENT_SECRET', '*.SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', '*.SLACK_STATE_SECRET', 'MAWJAZ_ENCRYPTION_KEY', '*.MAWJAZ_ENCRYPTION_KEY', '*.clientSecret', '*.stateSecret', '*.encryptionKey', '*.client_secret', 'MICROSOFT_APP_PASSWORD', '*.MICROSOFT_APP_PASSWORD', '*.MicrosoftAppPassword', '*.appPassword', 'apiKey', '*.apiKey', 'headers["api-key"]'],
      censor: '[redacted]',
    },
  };
  if (config.NODE_ENV === 'production' || !process.stderr.isTTY) {
    return pino(options, pino.destination(2));
  }
  return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
}

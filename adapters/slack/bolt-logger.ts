/**
 * The logger every Slack SDK part writes through (Bolt, its receivers, the OAuth installer, Socket
 * Mode and every Web API client): our pino logger instead of their console logger, so there is one log
 * stream and one level (LOG_LEVEL). Their messages arrive as text (request bodies and answers at
 * debug), which pino's path redaction cannot see into; the logger scrubs every finished line instead
 * (src/logger.ts), so passing them on as text is safe at every level.
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

/** pino's level as the SDK names it (it has no trace, fatal or silent). */
function sdkLevel(level: string): LogLevel {
  if (level === 'trace' || level === 'debug') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const text = (msgs: unknown[]): string => msgs.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msgs) => child.debug(text(msgs)),
    info: (...msgs) => child.info(text(msgs)),
    warn: (...msgs) => child.warn(text(msgs)),
    error: (...msgs) => child.error(text(msgs)),
    // LOG_LEVEL decides; the SDK's own level options (and its defaults) are ignored.
    setLevel: () => undefined,
    getLevel: () => sdkLevel(child.level),
    setName: () => undefined,
  };
}

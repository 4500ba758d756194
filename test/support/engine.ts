/** An engine on a given database target with a silent logger and a fixed clock, for tests. */
import { loadConfig } from '../../src/config.js';
import { type Engine, openEngine } from '../../src/engine.js';
import { createLogger } from '../../src/logger.js';

export const FIXED_NOW = new Date('2026-11-20T12:00:00.000Z');

export async function testEngine(target: string, now: () => Date = () => FIXED_NOW): Promise<Engine> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  return openEngine({ config, logger: createLogger(config), db: target, now });
}

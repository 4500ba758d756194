/** An engine on a given database target with a silent logger and a fixed clock, for tests. */
import { loadConfig } from '../../src/config.js';
import { type Engine, openEngine } from '../../src/engine.js';
import { createLogger } from '../../src/logger.js';

export const FIXED_NOW = new Date('2026-11-20T12:00:00.000Z');

const silentConfig = () => loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });

/** A logger that writes nothing, for code under test that must be given one. */
export const silentLogger = () => createLogger(silentConfig());

export async function testEngine(target: string, now: () => Date = () => FIXED_NOW): Promise<Engine> {
  const config = silentConfig();
  return openEngine({ config, logger: createLogger(config), db: target, now });
}

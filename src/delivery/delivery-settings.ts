/** The outbox senders' settings, from the configuration, and the name this server signs its leases with. */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DigesterOptions } from '../../digests/compile/digester.js';
import type { Engine } from '../engine.js';
import type { BriefCompiler } from './brief-compiler.js';
import type { DrainOptions } from './outbox-sender.js';

/** Host, process and a random part: two servers on one host, or one restarted with the same pid, differ. */
export const SERVER_ID = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;

/** `briefs`: compiled there (the server's worker), else in-process with `digester`. */
export function drainSettings(engine: Engine, digester?: DigesterOptions, briefs?: BriefCompiler): DrainOptions {
  const { config } = engine;
  return {
    owner: SERVER_ID,
    leaseMs: config.MAWJAZ_OUTBOX_LEASE_SECONDS * 1000,
    concurrency: config.MAWJAZ_DELIVERY_CONCURRENCY,
    maxAttempts: config.MAWJAZ_DELIVERY_MAX_ATTEMPTS,
    retryBaseMs: config.MAWJAZ_DELIVERY_RETRY_SECONDS * 1000,
    ...(digester ? { digester } : {}),
    ...(briefs ? { compiler: briefs } : {}),
  };
}

export function graceMs(engine: Engine): number {
  return engine.config.MAWJAZ_BRIEF_GRACE_HOURS * 3_600_000;
}

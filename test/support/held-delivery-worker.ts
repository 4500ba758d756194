/**
 * The server's delivery worker (src/delivery/delivery-work.ts) with its topic cards held: a card's
 * compile blocks this worker thread — as a card that clusters a long, busy week does — until the file
 * `release` appears in the folder HELD_CARDS_DIR names; it writes `held` there first, so a test knows
 * the card is being compiled. Everything else is compiled as in the server.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefCompileRequest, BriefCompileResult, BriefSessionEnded } from '../../src/delivery/brief-compile-protocol.js';
import { deliveryWork, endSession } from '../../src/delivery/delivery-work.js';
import { hostEngineWorker } from '../../src/engine-worker-host.js';

const HOLD_AT_MOST_MS = 60_000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Synchronous on purpose: the thread is busy, as it is while it compiles. */
function holdCard(dir: string): void {
  writeFileSync(join(dir, 'held'), '');
  const until = Date.now() + HOLD_AT_MOST_MS;
  while (!existsSync(join(dir, 'release'))) {
    if (Date.now() > until) throw new Error(`the held card was not released within ${HOLD_AT_MOST_MS} ms`);
    Atomics.wait(pause, 0, 0, 20);
  }
}

hostEngineWorker<BriefCompileRequest, BriefCompileResult, BriefSessionEnded>((engine, call) => {
  const dir = process.env.HELD_CARDS_DIR;
  if (call.kind === 'card' && dir) holdCard(dir);
  return deliveryWork(engine, call);
}, endSession);

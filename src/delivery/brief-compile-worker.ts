/**
 * Worker-thread side of the delivery worker (brief-compiler.ts): briefs, chat topic cards and the
 * scheduler's due pass (delivery-work.ts), on its own connection to the server's database
 * (engine-worker-host.ts), so that none of it runs on the server's event loop.
 */
import { hostEngineWorker } from '../engine-worker-host.js';
import type { BriefCompileRequest, BriefCompileResult, BriefSessionEnded } from './brief-compile-protocol.js';
import { deliveryWork, endSession } from './delivery-work.js';

hostEngineWorker<BriefCompileRequest, BriefCompileResult, BriefSessionEnded>(deliveryWork, endSession);

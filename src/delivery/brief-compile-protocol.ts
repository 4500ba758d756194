/** What the outbox senders (main thread) ask the brief-compiling worker (structured-clone safe). */
import type { BriefRequest } from '../../digests/compile/digester.js';

/** `session`: one drain of the outbox; its briefs share one digester (each digest compiled once). */
export interface BriefCompileRequest {
  session: number;
  request: BriefRequest;
}

/** The drain is over: its digester (and the digests it holds) can go. */
export interface BriefSessionEnded {
  ended: number;
}

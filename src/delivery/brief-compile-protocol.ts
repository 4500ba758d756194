/** Messages between the outbox senders (main thread) and the brief-compiling worker (structured-clone safe). */
import type { Brief } from '../../digests/brief/brief-model.js';
import type { BriefRequest } from '../../digests/compile/digester.js';
import type { DatabaseTarget } from '../../db/connect.js';
import type { Config } from '../config.js';

export type BriefCompileRequest =
  | { type: 'init'; config: Config; target: DatabaseTarget }
  /** `session`: one drain of the outbox; its briefs share one digester (each digest compiled once). */
  | { type: 'brief'; id: number; session: number; request: BriefRequest }
  | { type: 'end'; session: number };

export type BriefCompileReply =
  | { id: number; ok: true; brief: Brief }
  /** `databaseUnavailable`: the worker's database went away (the row is put back, not failed). */
  | { id: number; ok: false; message: string; databaseUnavailable: boolean };

/**
 * What the main thread asks the delivery worker (brief-compile-worker.ts), structured-clone safe:
 * a brief for an outbox drain, a chat topic card, the scheduler's pass over what is due, or linking
 * the stored articles that name a topic just tracked from chat.
 */
import type { BriefRequest } from '../../digests/compile/digester.js';
import type { TopicCard, TopicCardRequest } from '../commands/topic-card.js';
import type { DueDeliveries, DueRequest } from './due-deliveries.js';
import type { Brief } from '../../digests/brief/brief-model.js';
import type { EntityRecord } from '../entities/types.js';

export type BriefCompileRequest =
  /** `session`: one drain of the outbox; its briefs share one digester (each digest compiled once). */
  | { kind: 'brief'; session: number; request: BriefRequest }
  | { kind: 'card'; request: TopicCardRequest }
  | { kind: 'due'; request: DueRequest }
  | { kind: 'relink'; topic: EntityRecord };

export type BriefCompileResult = { kind: 'brief'; brief: Brief } | { kind: 'card'; card: TopicCard | null } | { kind: 'due'; due: DueDeliveries } | { kind: 'relink'; relinked: number };

/** The drain is over: its digester (and the digests it holds) can go. */
export interface BriefSessionEnded {
  ended: number;
}

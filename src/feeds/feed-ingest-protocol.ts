/** What the feed ingester (main thread) asks its worker: store one polled feed's drafts (structured-clone safe). */
import type { ReadOutcome } from '../ingest/types.js';

export interface FeedIngestRequest {
  input: string;
  outcomes: ReadOutcome[];
  /** False: a new feed's back catalogue, stored without alerting anyone. */
  alerts: boolean;
}

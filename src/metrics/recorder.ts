/**
 * What the server counts and times, as a neutral port: the core (server, scheduler, delivery, feeds,
 * ingest) and the command service report here, and only src/metrics/prometheus.ts knows how it is
 * exported. CLI commands run without one (the engine's `metrics` is unset), so they never load
 * prom-client.
 */

/** A typed command or a message to the bot; a button click on a card; the Slack App Home. */
export type CommandKind = 'command' | 'click' | 'home';
export type Outcome = 'ok' | 'error';
/**
 * One claimed outbox row's fate: posted; failed and to be tried again; set aside after its last
 * attempt; held because the conversation is gone; put back because the database went away mid-send.
 */
export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'paused' | 'interrupted';
export type FeedPollOutcome = 'read' | 'not_modified' | 'failed';

export interface HttpRequestSample {
  method: string;
  /** The route pattern that answered (never the raw URL: the label's values must stay few). */
  route: string;
  /** 'aborted': the client went away before the answer was complete. */
  status: number | 'aborted';
  seconds: number;
}

export interface IngestCounts {
  stored: number;
  /** Already stored (same URL or content): left unchanged. */
  duplicates: number;
  /** Could not be read, cleaned, enriched or stored. */
  rejected: number;
}

export interface Metrics {
  httpRequest(sample: HttpRequestSample): void;
  command(platform: string, kind: CommandKind, outcome: Outcome, seconds: number): void;
  deliveryAttempt(platform: string, outcome: DeliveryOutcome): void;
  feedPoll(outcome: FeedPollOutcome): void;
  ingested(counts: IngestCounts): void;
  schedulerTick(job: string, outcome: Outcome, seconds: number): void;
}

/** Seconds since `started` (a `performance.now()` reading). */
export function secondsSince(started: number): number {
  return (performance.now() - started) / 1000;
}

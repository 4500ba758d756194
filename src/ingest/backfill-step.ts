/**
 * One backfill (relevance scores, stories) done a step at a time: `mawjaz migrate` steps it to the end
 * in large batches; `serve` in short slices with pauses between, so that its event loop keeps answering.
 */
export interface StepLimit {
  /** performance.now() after which the step stops at the next article (at least one is done). */
  until: number;
  /** Articles read per step at most. */
  batch: number;
}

export interface BackfillStep {
  /** Articles this step backfilled. */
  done: number;
  /** Nothing left: later steps do nothing. */
  finished: boolean;
}

export interface Backfill {
  what: 'relevance' | 'stories';
  step(limit: StepLimit): Promise<BackfillStep>;
}

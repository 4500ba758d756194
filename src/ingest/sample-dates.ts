/**
 * The bundled samples were written for a few weeks of November 2026; a first look should show this
 * week's news, not "Nothing new". So when `mawjaz demo` or the playground's first run loads them, every
 * sample's date moves by the same whole number of days, its newest landing yesterday: order, spacing and
 * times of day stay as written (an undated sample still takes the time it is read). Samples already in
 * the database keep the dates they were given then, and report that shift.
 */
import { addDays, type Period } from '../../digests/compile/period.js';
import type { Engine } from '../engine.js';
import { findPublishedByUrl } from '../storage/article.repository.js';
import { SAMPLES_DIR } from './bundled-samples.js';
import { type IngestOptions, type IngestSummary, ingestReads, type Read, readOptionsFor } from './pipeline.js';
import { planInputs, readItem } from './readers/inputs.js';
import type { ReadOutcome } from './types.js';

const DAY_MS = 86_400_000;
const dayOf = (published: string): string => published.slice(0, 10);
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Days to add to the samples so their newest day is the day before `now` (UTC). */
export function sampleShiftDays(newestDay: string, now: Date): number {
  return daysBetween(newestDay, addDays(now.toISOString().slice(0, 10), -1));
}

/** A published date (YYYY-MM-DD, with or without a time) moved by whole days, its time and zone as written. */
export function shiftPublished(published: string, days: number): string {
  return `${addDays(dayOf(published), days)}${published.slice(10)}`;
}

/** A period of the samples as written (e.g. the week of the Cairo meeting), where it now lies. */
export function shiftedPeriod(period: Period, days: number): Period {
  return { from: addDays(period.from, days), to: addDays(period.to, days) };
}

export interface SampleLoad {
  summary: IngestSummary;
  /** Days every sample's date was moved by (positive: later than written). */
  shiftDays: number;
}

/** Reads the samples, moves their dates so the newest is yesterday (or as the stored ones were moved), and ingests them. */
export async function ingestSamples(engine: Engine, options: IngestOptions): Promise<SampleLoad> {
  const plan = await planInputs([SAMPLES_DIR]);
  const readOptions = readOptionsFor(engine, options.allowPrivate);
  // The samples are a few dozen short articles: read them all first, to know the newest before storing any.
  const items: Array<{ input: string; outcomes: ReadOutcome[] }> = [];
  for (const item of plan.items) {
    const outcomes: ReadOutcome[] = [];
    for await (const outcome of readItem(item, readOptions)) outcomes.push(outcome);
    items.push({ input: item.input, outcomes });
  }
  const shiftDays = await chosenShift(engine, items.flatMap((i) => i.outcomes));
  const reads: Read[] = items.map(({ input, outcomes }) => ({
    input,
    outcomes: () => outcomes.map((o) => (o.ok && o.draft.published ? { ...o, draft: { ...o.draft, published: shiftPublished(o.draft.published, shiftDays) } } : o)),
  }));
  const planned = { failures: plan.failures.flatMap((f) => (f.ok ? [] : [{ input: f.input, reason: f.reason }])), skipped: plan.skipped };
  return { summary: await ingestReads(engine, reads, options, planned), shiftDays };
}

async function chosenShift(engine: Engine, outcomes: readonly ReadOutcome[]): Promise<number> {
  let newest: { url: string; day: string } | null = null;
  for (const o of outcomes) {
    if (o.ok && o.draft.published && (newest === null || dayOf(o.draft.published) > newest.day)) newest = { url: o.draft.url, day: dayOf(o.draft.published) };
  }
  if (newest === null) return 0;
  const stored = await findPublishedByUrl(engine.store.db, newest.url);
  if (stored?.published) return daysBetween(newest.day, dayOf(stored.published));
  return sampleShiftDays(newest.day, engine.now());
}

/**
 * A server process's resident set size over a soak, read from /proc/<pid>/status every interval
 * (Linux; what the operating system charges the process), and what to make of the samples.
 */
import { readFileSync } from 'node:fs';

export interface RssSample {
  /** Seconds since sampling started. */
  t: number;
  mib: number;
}

/** VmRSS of a live process in MiB, or null when it is gone or /proc is absent. */
export function rssMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface RssSampler {
  readonly samples: readonly RssSample[];
  /** Seconds since sampling started. */
  elapsed(): number;
  stop(): void;
}

export function sampleRss(pid: number, intervalMs = 1_000): RssSampler {
  const started = performance.now();
  const samples: RssSample[] = [];
  const elapsed = (): number => (performance.now() - started) / 1000;
  const take = (): void => {
    const mib = rssMiB(pid);
    if (mib !== null) samples.push({ t: elapsed(), mib });
  };
  take();
  const timer = setInterval(take, intervalMs);
  return { samples, elapsed, stop: () => clearInterval(timer) };
}

/** Median RSS of the samples taken between two moments (seconds): one sample is too noisy to compare. */
export function medianBetween(samples: readonly RssSample[], from: number, to: number): number {
  const values = samples.filter((s) => s.t >= from && s.t <= to).map((s) => s.mib).sort((a, b) => a - b);
  return values.length === 0 ? NaN : (values[Math.floor((values.length - 1) / 2)] ?? NaN);
}

/** Least-squares slope of RSS over the samples between two moments, in MiB per minute. */
export function slopeMiBPerMinute(samples: readonly RssSample[], from: number, to: number): number {
  const points = samples.filter((s) => s.t >= from && s.t <= to);
  if (points.length < 2) return NaN;
  const meanT = points.reduce((sum, p) => sum + p.t, 0) / points.length;
  const meanM = points.reduce((sum, p) => sum + p.mib, 0) / points.length;
  const covariance = points.reduce((sum, p) => sum + (p.t - meanT) * (p.mib - meanM), 0);
  const variance = points.reduce((sum, p) => sum + (p.t - meanT) ** 2, 0);
  return variance === 0 ? 0 : (covariance / variance) * 60;
}

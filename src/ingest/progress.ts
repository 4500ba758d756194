/**
 * Progress for long ingests: a live bar on a terminal, plain periodic lines otherwise (CI logs, pipes),
 * always on stderr so stdout stays clean for --json.
 */
import cliProgress from 'cli-progress';

export interface ProgressCounts {
  ingested: number;
  unchanged: number;
  failed: number;
}

export interface ProgressReporter {
  /** An input (file, feed, URL) was finished. */
  inputDone(counts: ProgressCounts): void;
  /** An article was processed (called often; must be cheap). */
  articleDone(counts: ProgressCounts): void;
  stop(): void;
}

const LINE_INTERVAL_MS = 5_000;

export function createProgressReporter(options: { totalInputs: number; stream: NodeJS.WriteStream; enabled: boolean }): ProgressReporter {
  if (!options.enabled) return { inputDone() {}, articleDone() {}, stop() {} };
  if (options.stream.isTTY) return terminalBar(options.totalInputs, options.stream);
  return periodicLines(options.totalInputs, options.stream);
}

function terminalBar(totalInputs: number, stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'ingesting [{bar}] {value}/{total} inputs | {ingested} new, {unchanged} unchanged, {failed} failed | {rate} articles/s',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let inputs = 0;
  bar.start(totalInputs, 0, { ingested: 0, unchanged: 0, failed: 0, rate: 0 });
  const payload = (c: ProgressCounts) => ({ ...c, rate: Math.round(((c.ingested + c.unchanged) * 1000) / Math.max(1, Date.now() - started)) });
  return {
    inputDone(counts) {
      inputs += 1;
      bar.update(inputs, payload(counts));
    },
    articleDone(counts) {
      bar.update(inputs, payload(counts));
    },
    stop() {
      bar.stop();
    },
  };
}

function periodicLines(totalInputs: number, stream: NodeJS.WriteStream): ProgressReporter {
  let inputs = 0;
  let last = Date.now();
  const maybeReport = (counts: ProgressCounts) => {
    if (Date.now() - last < LINE_INTERVAL_MS) return;
    last = Date.now();
    stream.write(`ingesting: ${inputs}/${totalInputs} inputs, ${counts.ingested} new, ${counts.unchanged} unchanged, ${counts.failed} failed\n`);
  };
  return {
    inputDone(counts) {
      inputs += 1;
      maybeReport(counts);
    },
    articleDone: maybeReport,
    stop() {},
  };
}

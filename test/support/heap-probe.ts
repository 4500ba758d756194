/**
 * The V8 heap of another Node process, after a full garbage collection, through the inspector
 * protocol: what a leak leaves behind, without the noise of garbage not yet collected. The process
 * must run with `--inspect=127.0.0.1:0` (loopback only, a port of its own; `INSPECT_OPTION`), which
 * prints the WebSocket address this connects to.
 * https://chromedevtools.github.io/devtools-protocol/v8/HeapProfiler/#method-collectGarbage
 */
import WebSocket from 'ws';

export const INSPECT_OPTION = '--inspect=127.0.0.1:0';

export interface HeapProbe {
  /** MiB of heap in use after a full collection. */
  usedAfterGcMiB(): Promise<number>;
  close(): void;
}

/** Connects to the inspector whose address the process printed ("Debugger listening on ws://…"). */
export async function connectHeapProbe(processOutput: string): Promise<HeapProbe> {
  const address = /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/.exec(processOutput)?.[1];
  if (!address) throw new Error(`the process printed no inspector address (started without ${INSPECT_OPTION}?):\n${processOutput.slice(0, 2_000)}`);
  const socket = new WebSocket(address);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const waiting = new Map<number, (result: Record<string, unknown>) => void>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as { id?: number; result?: Record<string, unknown> };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? {});
  });
  let id = 0;
  const call = (method: string): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      id += 1;
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method }));
    });
  return {
    async usedAfterGcMiB() {
      await call('HeapProfiler.collectGarbage');
      const usage = await call('Runtime.getHeapUsage');
      return Number(usage.usedSize) / 2 ** 20;
    },
    close: () => socket.close(),
  };
}

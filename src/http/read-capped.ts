/** Reading an HTTP body under a byte cap: the transfer is aborted the moment the cap is passed, not after. */

/** What both fetch implementations' bodies offer (the global one and undici's have distinct types). */
interface ByteStream {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>; cancel(): Promise<void> };
}

/**
 * Reads the body chunk by chunk; past `maxBytes` it aborts the request through `controller`, cancels
 * the stream and throws what `tooLarge` returns.
 */
export async function readCapped(response: { body: ByteStream | null }, maxBytes: number, controller: AbortController, tooLarge: () => Error): Promise<Buffer> {
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || value === undefined) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** An incoming HTTP request's body as text, refused (with the caller's error) once it passes a byte cap. */
import type { IncomingMessage } from 'node:http';

export async function readRequestBody(req: IncomingMessage, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    total += buffer.byteLength;
    if (total > maxBytes) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/**
 * Request and response plumbing of the playground's JSON API: bodies read under a byte cap, parsed as
 * JSON and checked with zod (errors name the field), answers as JSON with {"error"} on failure.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { readRequestBody } from '../../src/http/read-request-body.js';

/** Commands, topic lists and feed URLs are small: a body this large is refused before it is read whole. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A refusal with its HTTP status; the message is shown to the caller as {"error"}. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Headers every playground answer carries: nothing is cached, sniffed, framed or referred. */
export const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function readJson(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const tooLarge = () => {
    // The rest is read and dropped (not kept) so the client, still sending, gets the answer.
    req.resume();
    return new HttpError(413, `the body is larger than ${maxBytes} bytes`);
  };
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
  const text = await readRequestBody(req, maxBytes, tooLarge);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
}

/** The value checked against `schema`; a mismatch is a 400 naming the field and what was wrong. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = 'body'): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : what;
  throw new HttpError(400, `${field}: ${issue?.message ?? 'invalid'}`);
}

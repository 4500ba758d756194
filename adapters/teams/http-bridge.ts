/**
 * From a plain node:http request to the Activity botbuilder runs a turn on: the body read under a byte
 * cap (a hostile 100 MB POST is refused instead of buffered), parsed as JSON, checked to be an
 * activity, its timestamps made Dates as botbuilder's CloudAdapter.process() does (its
 * validateAndFixActivity is internal to botbuilder, hence the few lines here); and our answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { readRequestBody } from '../../src/http/read-request-body.js';

/** Bot Framework activities are small; Teams caps messages near 100 KB, cards and all. */
export const MAX_ACTIVITY_BYTES = 512 * 1024;

export class BadActivityRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_ACTIVITY_BYTES): Promise<Record<string, unknown>> {
  const text = await readRequestBody(req, maxBytes, () => new BadActivityRequest(413, `activity larger than ${maxBytes} bytes`));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadActivityRequest(400, 'body is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadActivityRequest(400, 'body is not a JSON object');
  return parsed as Record<string, unknown>;
}

/** What every activity carries before botbuilder may see it; the rest is the handlers' to read. */
const activityEnvelope = z.looseObject({
  type: z.string().min(1, 'has an empty type'),
  serviceUrl: z.string().min(1, 'has an empty serviceUrl'),
  channelId: z.string().optional(),
  timestamp: z.string().optional(),
  localTimestamp: z.string().optional(),
  expiration: z.string().optional(),
});

export function parseActivity(body: Record<string, unknown>): Activity {
  const parsed = activityEnvelope.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadActivityRequest(400, `not an activity: ${issue?.path.join('.') || 'body'} ${issue?.message ?? 'is invalid'}`);
  }
  const { timestamp, localTimestamp, expiration, ...rest } = parsed.data;
  const dated = {
    ...rest,
    ...(timestamp !== undefined ? { timestamp: new Date(timestamp), rawTimestamp: timestamp } : {}),
    ...(localTimestamp !== undefined ? { localTimestamp: new Date(localTimestamp), rawLocalTimestamp: localTimestamp } : {}),
    ...(expiration !== undefined ? { expiration: new Date(expiration), rawExpiration: expiration } : {}),
  };
  // The envelope is checked; botbuilder reads the rest defensively, as it does behind process().
  return dated as unknown as Activity;
}

/** A JSON answer; `extra` headers such as Retry-After. */
export function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra }).end(body === undefined ? undefined : JSON.stringify(body));
}

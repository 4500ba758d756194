/**
 * botbuilder's CloudAdapter expects Express/restify-style requests (a parsed `body`) and responses
 * (`status`, `send`, `end`); our server is plain node:http. This bridges the two, reading the body
 * under a byte cap so a hostile 100 MB POST is refused instead of buffered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'botbuilder';
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

export function botRequest(req: IncomingMessage, body: Record<string, unknown>): Request {
  return { body, headers: req.headers, method: req.method ?? 'POST' };
}

/** The response shape botbuilder writes to: status, headers, a body (JSON for invoke responses), end. */
export function botResponse(res: ServerResponse): Response {
  let status = 200;
  let body: string | undefined;
  return {
    socket: res.socket,
    status(code: number) {
      status = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return this;
    },
    send(payload: unknown) {
      if (payload === undefined) return this;
      if (typeof payload === 'string' || Buffer.isBuffer(payload)) body = payload.toString();
      else {
        body = JSON.stringify(payload);
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json; charset=utf-8');
      }
      return this;
    },
    end() {
      if (res.writableEnded) return this;
      res.statusCode = status;
      res.end(body);
      return this;
    },
  };
}

/**
 * The gate in front of Bolt's HTTP receiver at POST /slack/events: reads the body (capped), checks
 * Slack's v0 signature and that the request was signed within five minutes of now on either side, and
 * that the body is something Bolt can take, before Bolt sees it. https://docs.slack.dev/authentication/verifying-requests-from-slack
 *
 * Why not Bolt alone (5.1): its verifier refuses old timestamps but not ones from the future, so a
 * signed request replays for as long as its timestamp lies ahead; and a correctly signed body that is
 * not an object (JSON `null`, form `payload=null`) reaches a TypeError outside its error handling,
 * which ends the process. The signature itself is checked with Bolt's own verifier (constant-time).
 * The body is handed on as `rawBody`, which Bolt's receiver reuses instead of reading the stream
 * again; Bolt then verifies once more, which costs one HMAC.
 */
import type { IncomingMessage } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { defaultBodyLimit, verifySlackRequest } from '@slack/bolt';
import { readRequestBody } from '../../src/http/read-request-body.js';

/** Slack's replay window, both ways: https://docs.slack.dev/authentication/verifying-requests-from-slack#validating-a-request */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** Bolt's own limit: Slack's payloads (a modal's state included) stay far below it. */
const MAX_BODY_BYTES = defaultBodyLimit;

export type GuardResult =
  | { ok: true; rawBody: Buffer }
  /** Answered with `status` and a short generic text; `reason` is for the log only. */
  | { ok: false; status: 400 | 401 | 413; reason: string }
  /** Slack's unsigned SSL check (`ssl_check=1`): answered 200, nothing else done. */
  | { ok: 'ssl_check' };

class TooLarge extends Error {}

function singleHeader(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

const isObject = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

function parsesToObject(text: string): boolean {
  try {
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * Why a body Bolt would parse (exactly as it does: form only for that exact content type, JSON
 * otherwise) is not a Slack request: JSON that is not an object; a form whose `payload` (interactivity)
 * is not one JSON object; a form without one `command` (a slash command). Null when it is fine.
 */
function bodyProblem(contentType: string | undefined, text: string): string | null {
  if (contentType !== 'application/x-www-form-urlencoded') return parsesToObject(text) ? null : 'JSON body is not an object';
  const form = parseQuery(text);
  if (form.payload !== undefined) return typeof form.payload === 'string' && parsesToObject(form.payload) ? null : 'form payload is not one JSON object';
  return typeof form.command === 'string' ? null : 'form has no command';
}

/** The signature and the timestamp's window; null when both hold. */
function signatureProblem(req: IncomingMessage, signingSecret: string, text: string, nowMs: number): string | null {
  const signature = singleHeader(req, 'x-slack-signature');
  const timestamp = singleHeader(req, 'x-slack-request-timestamp');
  if (signature === null || timestamp === null || !/^\d{1,12}$/.test(timestamp)) return 'missing or malformed signature headers';
  const skew = Number(timestamp) - Math.floor(nowMs / 1000);
  if (Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) return `timestamp ${skew > 0 ? 'ahead of' : 'behind'} our clock by more than five minutes`;
  try {
    verifySlackRequest({ signingSecret, body: text, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) }, nowMilliseconds: nowMs });
    return null;
  } catch {
    return 'signature mismatch';
  }
}

/** Reads and checks one request to /slack/events; the caller answers refusals and hands the rest to Bolt. */
export async function guardSlackRequest(req: IncomingMessage, signingSecret: string, nowMs = Date.now()): Promise<GuardResult> {
  const tooLarge: GuardResult = { ok: false, status: 413, reason: `body larger than ${MAX_BODY_BYTES} bytes` };
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    // Read and dropped, not kept, so the client (still sending) gets the answer.
    req.resume();
    return tooLarge;
  }
  let rawBody: Buffer;
  try {
    rawBody = Buffer.from(await readRequestBody(req, MAX_BODY_BYTES, () => new TooLarge()), 'utf8');
  } catch (error) {
    if (error instanceof TooLarge) return tooLarge;
    throw error;
  }
  const text = rawBody.toString('utf8');
  const contentType = req.headers['content-type'];
  // Slack does not sign its SSL check (Bolt lets it through unsigned too); it gets a bare 200.
  if (contentType === 'application/x-www-form-urlencoded' && parseQuery(text).ssl_check === '1') return { ok: 'ssl_check' };
  const unsigned = signatureProblem(req, signingSecret, text, nowMs);
  if (unsigned !== null) return { ok: false, status: 401, reason: unsigned };
  const malformed = bodyProblem(contentType, text);
  if (malformed !== null) return { ok: false, status: 400, reason: malformed };
  return { ok: true, rawBody };
}

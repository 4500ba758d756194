/**
 * The only way ingestion talks to the network: an HTTP(S) GET with an SSRF guard, a byte cap and a
 * time cap, in the spirit of miniflux's `internal/reader/fetcher`.
 *
 * The address guard runs where the socket is opened: a custom `lookup` inside the undici Agent's
 * `connect` options sees the addresses DNS returned and refuses before connecting, so the checked
 * address is the connected one (no check-then-resolve-again gap for DNS rebinding). Node skips
 * `lookup` for IP-literal hosts, so those are checked before each request. Redirects are followed by
 * hand (`redirect: 'manual'`) so every hop goes through both checks.
 * Conditional GET: given the validators a feed last answered with, every hop carries If-None-Match /
 * If-Modified-Since, and a 304 comes back as a result (`notModified`) rather than an error.
 * undici Agent connect options: https://undici.nodejs.org/#/docs/api/Client?id=parameter-connectoptions
 */
import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';

import { Agent, fetch, type Response } from 'undici';

import { FetchFailed, errorMessage } from '../../errors.js';
import type { ReadOptions } from '../types.js';
import { refusalFor } from './address-policy.js';
import { readCapped } from '../../http/read-capped.js';
import { redactUrl, withoutCredentials } from '../../redact-url.js';

export interface FetchResult {
  /** Final URL after redirects, without credentials. */
  url: string;
  status: number;
  /** The raw Content-Type header (with any charset parameter), if sent. */
  contentType: string | null;
  /** Empty for a 304. */
  body: Buffer;
  /** True when the server answered 304 Not Modified to the validators sent. */
  notModified: boolean;
  /** The response's ETag and Last-Modified headers (validators for the next conditional GET). */
  etag: string | null;
  lastModified: string | null;
}

/** What a previous response said about its version; null fields are not sent. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface FetchOptions extends ReadOptions {
  /** Makes the request conditional: a 304 then means "unchanged since those validators". */
  validators?: Validators;
}

export const USER_AGENT = 'Mawjaz/0.1 (+news monitoring)';
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';
const PRIVATE_HINT = '(use --allow-private for local testing)';

/** Raised inside the connector's lookup; carried out of undici as the `cause` of its "fetch failed". */
class AddressRefused extends Error {}

/** Phrase for a refused address ("a loopback address"), or null to allow it. */
export type AddressPolicy = (address: string) => string | null;

export function safeFetch(url: string, options: FetchOptions): Promise<FetchResult> {
  return fetchWithPolicy(url, options, refusalFor);
}

/**
 * safeFetch with the address policy as a parameter: tests use it to trust their own 127.0.0.1 server
 * while every other address (and every redirect) still goes through the real rules.
 */
export async function fetchWithPolicy(url: string, options: FetchOptions, policy: AddressPolicy): Promise<FetchResult> {
  const shown = redactUrl(url);
  let current = httpUrl(url, shown);
  // Credentials in the URL become a Basic header (fetch rejects URLs with userinfo) and are dropped
  // when a redirect leaves the origin, as browsers do.
  let authorization = basicAuthorization(current);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const conditional = conditionalHeaders(options.validators);
  const agent = options.allowPrivate ? new Agent() : new Agent({ connect: { lookup: guardedLookup(policy) } });

  try {
    for (let redirects = 0; ; redirects += 1) {
      if (!options.allowPrivate) refuseLiteral(current, policy, shown, redirects > 0);
      const response = await send(current, { ...conditional, ...(authorization ? { authorization } : {}) }, agent, controller.signal, shown, redirects > 0);
      const result = { url: withoutCredentials(current), status: response.status, contentType: response.headers.get('content-type'), ...validatorsOf(response) };

      if (REDIRECT_STATUSES.has(response.status)) {
        await discard(response);
        if (redirects === MAX_REDIRECTS) throw new FetchFailed(`${shown}: more than ${MAX_REDIRECTS} redirects`);
        const next = redirectTarget(response, current, shown);
        if (next.origin !== current.origin) authorization = null;
        current = next;
        continue;
      }
      // Only an answer to our own validators: a 304 nobody asked for is as wrong as any other status.
      if (response.status === 304 && Object.keys(conditional).length > 0) {
        await discard(response);
        return { ...result, body: Buffer.alloc(0), notModified: true };
      }
      if (response.status < 200 || response.status > 299) {
        await discard(response);
        const text = response.statusText ? ` ${response.statusText}` : '';
        throw new FetchFailed(`${shown}: HTTP ${response.status}${text}`);
      }

      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        controller.abort();
        throw new FetchFailed(`${shown}: exceeded ${formatBytes(options.maxBytes)} (Content-Length ${declared})`);
      }
      const body = await readCapped(response, options.maxBytes, controller, () => new FetchFailed(`${shown}: exceeded ${formatBytes(options.maxBytes)}`));
      return { ...result, body, notModified: false };
    }
  } catch (error) {
    if (timedOut) throw new FetchFailed(`${shown}: timed out after ${formatDuration(options.timeoutMs)}`, { cause: error });
    if (error instanceof FetchFailed) throw error;
    throw new FetchFailed(`${shown}: ${errorMessage(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
    // Destroy rather than close: a capped or timed-out body must not keep its socket open.
    await agent.destroy().catch(() => undefined);
  }
}

async function send(url: URL, extraHeaders: Record<string, string>, agent: Agent, signal: AbortSignal, shown: string, redirected: boolean): Promise<Response> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: ACCEPT, ...extraHeaders };
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  try {
    return await fetch(bare, { redirect: 'manual', dispatcher: agent, signal, headers });
  } catch (error) {
    const via = redirected ? ` (redirected to ${redactUrl(url)})` : '';
    throw new FetchFailed(`${shown}: ${networkReason(error)}${via}`, { cause: error });
  }
}

function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

function validatorsOf(response: Response): Validators {
  return { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
}

function httpUrl(raw: string, shown: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new FetchFailed(`${shown}: not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchFailed(`${shown}: only http and https URLs can be fetched, not ${parsed.protocol}`);
  }
  return parsed;
}

function redirectTarget(response: Response, from: URL, shown: string): URL {
  const location = response.headers.get('location');
  if (!location) throw new FetchFailed(`${shown}: HTTP ${response.status} redirect without a Location header`);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new FetchFailed(`${shown}: HTTP ${response.status} redirect to an invalid URL`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new FetchFailed(`${shown}: refused redirect to a ${next.protocol} URL`);
  }
  return next;
}

/** IP-literal hosts never reach `lookup`, so they are checked here (including WHATWG-normalised forms like `0x7f.1`). */
function refuseLiteral(url: URL, policy: AddressPolicy, shown: string, redirected: boolean): void {
  const refusal = literalRefusal(url, policy);
  if (refusal === null) return;
  const hop = redirected ? ` redirect to ${redactUrl(url)}` : '';
  throw new FetchFailed(`${shown}: refused${hop}: ${refusal} ${PRIVATE_HINT}`);
}

/** "127.0.0.1 is a loopback address" when the host is an IP literal the policy refuses; else null. */
function literalRefusal(url: URL, policy: AddressPolicy): string | null {
  const host = bareHost(url);
  if (isIP(host) === 0) return null;
  const refusal = policy(host);
  return refusal === null ? null : `${host} is ${refusal}`;
}

/** "localhost resolves to 127.0.0.1, a loopback address" for the first address the policy refuses; else null. */
function resolvedRefusal(hostname: string, addresses: readonly { address: string }[], policy: AddressPolicy): string | null {
  for (const { address } of addresses) {
    const refusal = policy(address);
    if (refusal !== null) return `${hostname} resolves to ${address}, ${refusal}`;
  }
  return null;
}

/**
 * Why a fetch of `url` would be refused by its own address (an IP literal, or a name DNS resolves to
 * an address the policy refuses), as "refused: … (use --allow-private …)"; null when it would not.
 * For refusing a feed when it is added, before anything is stored: the fetch itself still checks the
 * address it connects to (and every redirect). A name that does not resolve is not a refusal: the
 * host may be down for now, and the fetch says so.
 */
export async function addressRefusal(url: string, policy: AddressPolicy = refusalFor): Promise<string | null> {
  const parsed = httpUrl(url, redactUrl(url));
  const host = bareHost(parsed);
  const refusal =
    isIP(host) !== 0 ? literalRefusal(parsed, policy) : resolvedRefusal(host, await dns.promises.lookup(host, { all: true }).catch(() => []), policy);
  return refusal === null ? null : `refused: ${refusal} ${PRIVATE_HINT}`;
}

/** The host without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * `net.connect` calls this with `all: true` (happy eyeballs) or without; either way every address DNS
 * returned must be public, so a name that resolves to one public and one private address is refused.
 */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, '');
        return;
      }
      const refusal = resolvedRefusal(hostname, addresses, policy);
      if (refusal !== null) {
        callback(new AddressRefused(`refused: ${refusal} ${PRIVATE_HINT}`), '');
        return;
      }
      const first = addresses[0];
      if (options.all || first === undefined) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

function networkReason(error: unknown): string {
  let innermost: unknown = error;
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current instanceof AddressRefused) return current.message;
    const code = (current as NodeJS.ErrnoException).code;
    switch (code) {
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return 'could not resolve the host name';
      case 'ECONNREFUSED':
        return 'connection refused';
      case 'ECONNRESET':
        return 'connection reset by the server';
      case 'ETIMEDOUT':
      case 'UND_ERR_CONNECT_TIMEOUT':
        return 'connection timed out';
      default:
        break;
    }
    innermost = current;
  }
  return errorMessage(innermost);
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function basicAuthorization(url: URL): string | null {
  if (url.username === '' && url.password === '') return null;
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

/** "5 MB", "512 KB", "900 bytes" (binary multiples, as people mean them for caps). */
export function formatBytes(bytes: number): string {
  const units: Array<[number, string]> = [
    [1024 * 1024 * 1024, 'GB'],
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** "15 s", "1.5 s", "200 ms". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}

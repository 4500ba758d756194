/**
 * safeFetch against a real HTTP server on 127.0.0.1 (random port). Private addresses are allowed
 * where a test needs to reach that server; the refusal tests use the real policy, or a policy that
 * trusts exactly 127.0.0.1 so the first hop reaches the server and the redirect is what gets judged.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { FetchFailed } from '../../../src/errors.js';
import { refusalFor } from '../../../src/ingest/fetch/address-policy.js';
import { USER_AGENT, fetchWithPolicy, formatBytes, formatDuration, safeFetch } from '../../../src/ingest/fetch/safe-fetch.js';
import type { ReadOptions } from '../../../src/ingest/types.js';

const fixtures = join(import.meta.dirname, '../../fixtures/ingest');
const arabicFeed = readFileSync(join(fixtures, 'arabic-feed.rss'));

const local: ReadOptions = { allowPrivate: true, maxBytes: 1024 * 1024, timeoutMs: 5_000 };
const strict: ReadOptions = { ...local, allowPrivate: false };
/** Trusts the test server's address only; everything else is judged by the real rules. */
const trustTestServer = (address: string) => (address === '127.0.0.1' ? null : refusalFor(address));

let server: Server;
let base: string;
let endlessClosed = false;
let endlessBytesSent = 0;
let trickleClosed = false;
let trickleBytesSent = 0;
const seenHeaders: Record<string, string | undefined> = {};
/** If-None-Match and If-Modified-Since as each hop of a conditional request saw them. */
const conditionalHops: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string }> = [];
const CURRENT_ETAG = '"rev-7"';
const CURRENT_DATE = 'Tue, 17 Nov 2026 08:00:00 GMT';

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const redirect = (location: string, status = 302) => {
    res.writeHead(status, { location });
    res.end();
  };
  switch (url.pathname) {
    case '/feed.xml':
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(arabicFeed);
      return;
    case '/headers':
      seenHeaders['user-agent'] = req.headers['user-agent'];
      seenHeaders.authorization = req.headers.authorization;
      res.end('ok');
      return;
    case '/hops': {
      const left = Number(url.searchParams.get('n'));
      if (left === 0) res.end('arrived');
      else redirect(`/hops?n=${left - 1}`, left % 2 === 0 ? 301 : 307);
      return;
    }
    case '/loop':
      redirect('/loop');
      return;
    case '/to':
      redirect(url.searchParams.get('target') ?? '/');
      return;
    case '/moved-feed':
    case '/versioned': {
      conditionalHops.push({ path: url.pathname, ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
      if (url.pathname === '/moved-feed') return redirect('/versioned', 301);
      const validators = { etag: CURRENT_ETAG, 'last-modified': CURRENT_DATE };
      if (req.headers['if-none-match'] === CURRENT_ETAG) return void res.writeHead(304, validators).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...validators });
      res.end(arabicFeed);
      return;
    }
    case '/always-304':
      res.writeHead(304);
      res.end();
      return;
    case '/trickle': {
      // One byte every 50 ms, for ever: never idle long enough for an idle timeout, so only a cap on
      // the whole fetch stops it.
      trickleClosed = false;
      trickleBytesSent = 0;
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => {
        if (res.destroyed) return;
        res.write('<');
        trickleBytesSent += 1;
      }, 50);
      res.on('close', () => {
        clearInterval(timer);
        trickleClosed = true;
      });
      return;
    }
    case '/missing':
      res.writeHead(404);
      res.end('not here');
      return;
    case '/slow-headers':
      // Never answers; the client's timeout must fire.
      return;
    case '/slow-body':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>start of a page that never ends');
      return;
    case '/declared-huge':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<html>');
      return;
    case '/endless': {
      endlessClosed = false;
      endlessBytesSent = 0;
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) endlessBytesSent += chunk.length;
      };
      res.on('drain', pump);
      res.on('close', () => {
        endlessClosed = true;
      });
      pump();
      return;
    }
    default:
      res.writeHead(500);
      res.end();
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(promise: Promise<unknown>): Promise<FetchFailed> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchFailed);
  return error as FetchFailed;
}

describe('safeFetch: ordinary fetches', () => {
  it('returns the body, status, content type and final URL', async () => {
    const result = await safeFetch(`${base}/feed.xml`, local);
    expect(result.status).toBe(200);
    expect(result.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(result.url).toBe(`${base}/feed.xml`);
    expect(result.body.equals(arabicFeed)).toBe(true);
  });

  it('sends the Mawjaz User-Agent, and URL credentials as a Basic header', async () => {
    const withCredentials = base.replace('http://', 'http://reader:s3cret@');
    const result = await safeFetch(`${withCredentials}/headers`, local);
    expect(seenHeaders['user-agent']).toBe(USER_AGENT);
    expect(seenHeaders.authorization).toBe(`Basic ${Buffer.from('reader:s3cret').toString('base64')}`);
    expect(result.url).not.toContain('s3cret');
  });

  it('follows up to 5 redirects and reports the final URL', async () => {
    const result = await safeFetch(`${base}/hops?n=5`, local);
    expect(result.body.toString()).toBe('arrived');
    expect(result.url).toBe(`${base}/hops?n=0`);
  });

  it('gives up after 5 redirects', async () => {
    expect((await failure(safeFetch(`${base}/hops?n=6`, local))).message).toMatch(/more than 5 redirects/);
    expect((await failure(safeFetch(`${base}/loop`, local))).message).toMatch(/more than 5 redirects/);
  });

  it('fails on a non-2xx status, naming it', async () => {
    const error = await failure(safeFetch(`${base}/missing`, local));
    expect(error.message).toBe(`${base}/missing: HTTP 404 Not Found`);
  });

  it('refuses schemes other than http and https', async () => {
    expect((await failure(safeFetch('ftp://example.com/feed.xml', local))).message).toMatch(/only http and https/);
    expect((await failure(safeFetch('file:///etc/passwd', local))).message).toMatch(/only http and https/);
    expect((await failure(safeFetch(`${base}/to?target=file:///etc/passwd`, local))).message).toMatch(/refused redirect to a file: URL/);
  });

  it('never puts credentials or the query string in its messages', async () => {
    const url = `${base.replace('http://', 'http://reader:s3cret@')}/missing?token=abc123`;
    const error = await failure(safeFetch(url, local));
    expect(error.message).not.toMatch(/s3cret|reader|abc123|token/);
    expect(error.message).toContain(`${base}/missing?…`);
  });
});

describe('safeFetch: caps', () => {
  it('words the caps the way people set them', () => {
    expect(formatDuration(15_000)).toBe('15 s');
    expect(formatDuration(1_500)).toBe('1.5 s');
    expect(formatDuration(250)).toBe('250 ms');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatBytes(512 * 1024)).toBe('512 KB');
    expect(formatBytes(900)).toBe('900 bytes');
  });

  it('times out while waiting for headers', async () => {
    const error = await failure(safeFetch(`${base}/slow-headers`, { ...local, timeoutMs: 300 }));
    expect(error.message).toBe(`${base}/slow-headers: timed out after 300 ms`);
  });

  it('times out while the body is still arriving', async () => {
    const error = await failure(safeFetch(`${base}/slow-body`, { ...local, timeoutMs: 700 }));
    expect(error.message).toBe(`${base}/slow-body: timed out after 700 ms`);
  });

  it('aborts a feed that trickles for ever at the time cap, closing the connection', async () => {
    const error = await failure(safeFetch(`${base}/trickle`, { ...local, timeoutMs: 500 }));
    expect(error.message).toBe(`${base}/trickle: timed out after 500 ms`);
    await vi.waitFor(() => expect(trickleClosed).toBe(true), { timeout: 5_000 });
    const sentAtClose = trickleBytesSent;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(trickleBytesSent).toBe(sentAtClose);
  });

  it('rejects a declared Content-Length over the cap before reading the body', async () => {
    const error = await failure(safeFetch(`${base}/declared-huge`, { ...local, maxBytes: 5 * 1024 * 1024 }));
    expect(error.message).toMatch(/exceeded 5 MB/);
  });

  it('stops an endless body at the cap and really aborts the transfer', async () => {
    const error = await failure(safeFetch(`${base}/endless`, { ...local, maxBytes: 256 * 1024 }));
    expect(error.message).toBe(`${base}/endless: exceeded 256 KB`);
    // The server sees its response closed: the connection was torn down, not left streaming.
    await vi.waitFor(() => expect(endlessClosed).toBe(true), { timeout: 5_000 });
    const sentAtClose = endlessBytesSent;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(endlessBytesSent).toBe(sentAtClose);
  });
});

describe('safeFetch: private addresses', () => {
  it('refuses an IP-literal loopback host unless allowPrivate', async () => {
    const error = await failure(safeFetch(`${base}/feed.xml`, strict));
    expect(error.message).toBe(
      `${base}/feed.xml: refused: 127.0.0.1 is a loopback address (use --allow-private for local testing)`,
    );
  });

  it('refuses a host name that resolves to loopback (checked after DNS, in the connector)', async () => {
    const url = `http://localhost:${new URL(base).port}/feed.xml`;
    const error = await failure(safeFetch(url, strict));
    expect(error.message).toMatch(/refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address \(use --allow-private/);
  });

  it('refuses a redirect to a host name that resolves to loopback (checked after DNS on every hop)', async () => {
    // Trusts the first hop's 127.0.0.1 only; the redirect's "localhost" must pass the DNS check itself.
    let calls = 0;
    const trustFirstHop = (address: string) => (calls++ === 0 && address === '127.0.0.1' ? null : refusalFor(address));
    const target = `http://localhost:${new URL(base).port}/feed.xml`;
    const error = await failure(fetchWithPolicy(`${base}/to?target=${encodeURIComponent(target)}`, strict, trustFirstHop));
    expect(error.message).toMatch(/refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address .*\(redirected to http:\/\/localhost:\d+\/feed\.xml\)/);
  });

  it('refuses cloud metadata and other private literals', async () => {
    expect((await failure(safeFetch('http://169.254.169.254/latest/meta-data/', strict))).message).toMatch(
      /refused: 169\.254\.169\.254 is a cloud metadata address/,
    );
    expect((await failure(safeFetch('http://[fd00:ec2::254]/', strict))).message).toMatch(/fd00:ec2::254 is a cloud metadata address/);
    expect((await failure(safeFetch('http://10.0.0.8/', strict))).message).toMatch(/is a private address/);
    expect((await failure(safeFetch('http://[::ffff:169.254.169.254]/', strict))).message).toMatch(/::ffff:a9fe:a9fe is a cloud metadata address/);
    expect((await failure(safeFetch('http://169.254.10.1/', strict))).message).toMatch(/169\.254\.10\.1 is a link-local address/);
    expect((await failure(safeFetch('http://[fe80::1]/', strict))).message).toMatch(/fe80::1 is a link-local address/);
    // WHATWG URL parsing turns these spellings into 127.0.0.1 before the check.
    expect((await failure(safeFetch('http://0x7f.1/', strict))).message).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect((await failure(safeFetch('http://2130706433/', strict))).message).toMatch(/127\.0\.0\.1 is a loopback address/);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', /refused redirect to http:\/\/169\.254\.169\.254\/latest\/meta-data\/: 169\.254\.169\.254 is a cloud metadata address/],
    ['http://[::ffff:127.0.0.1]:9/', /refused redirect to .*: ::ffff:7f00:1 is a loopback address/],
    ['http://127.0.0.2:9/', /refused redirect to .*: 127\.0\.0\.2 is a loopback address/],
    ['http://192.168.0.1/admin', /192\.168\.0\.1 is a private address/],
    ['http://169.254.1.1/', /169\.254\.1\.1 is a link-local address/],
    ['http://[::ffff:169.254.169.254]/', /::ffff:a9fe:a9fe is a cloud metadata address/],
  ])('refuses a redirect to %s when allowPrivate is false', async (target, message) => {
    const url = `${base}/to?target=${encodeURIComponent(target)}`;
    const error = await failure(fetchWithPolicy(url, strict, trustTestServer));
    expect(error.message).toMatch(message);
    expect(error.message).toContain('(use --allow-private for local testing)');
  });

  it('follows a redirect to 127.0.0.1 when allowPrivate is true', async () => {
    const url = `${base}/to?target=${encodeURIComponent(`${base}/feed.xml`)}`;
    const result = await safeFetch(url, local);
    expect(result.url).toBe(`${base}/feed.xml`);
    expect(result.body.equals(arabicFeed)).toBe(true);
  });

  it('follows a redirect to 169.254.169.254 when allowPrivate is true (it is tried, not refused)', async () => {
    // Port 9 is on the Fetch standard's bad-port list, so undici stops right before connecting: the
    // hop got past our checks without the test ever talking to a real metadata service.
    const url = `${base}/to?target=${encodeURIComponent('http://169.254.169.254:9/latest/meta-data/')}`;
    const error = await failure(safeFetch(url, local));
    expect(error.message).not.toMatch(/refused/);
    expect(error.message).toContain('(redirected to http://169.254.169.254:9/latest/meta-data/)');
  });
});

describe('safeFetch: conditional GET', () => {
  it('reports the validators a response carries', async () => {
    conditionalHops.length = 0;
    const result = await safeFetch(`${base}/versioned`, local);
    expect(result).toMatchObject({ status: 200, notModified: false, etag: CURRENT_ETAG, lastModified: CURRENT_DATE });
    expect(conditionalHops).toEqual([{ path: '/versioned', ifNoneMatch: undefined, ifModifiedSince: undefined }]);
  });

  it('sends the validators on every hop and returns a 304 as "not modified", with no body', async () => {
    conditionalHops.length = 0;
    const validators = { etag: CURRENT_ETAG, lastModified: CURRENT_DATE };
    const result = await safeFetch(`${base}/moved-feed`, { ...local, validators });
    expect(result).toMatchObject({ status: 304, notModified: true, url: `${base}/versioned`, etag: CURRENT_ETAG });
    expect(result.body.length).toBe(0);
    expect(conditionalHops).toEqual([
      { path: '/moved-feed', ifNoneMatch: CURRENT_ETAG, ifModifiedSince: CURRENT_DATE },
      { path: '/versioned', ifNoneMatch: CURRENT_ETAG, ifModifiedSince: CURRENT_DATE },
    ]);
  });

  it('reads the new version when the validators are stale, and sends only those it has', async () => {
    conditionalHops.length = 0;
    const result = await safeFetch(`${base}/versioned`, { ...local, validators: { etag: '"rev-6"', lastModified: null } });
    expect(result).toMatchObject({ status: 200, notModified: false, etag: CURRENT_ETAG });
    expect(result.body.equals(arabicFeed)).toBe(true);
    expect(conditionalHops).toEqual([{ path: '/versioned', ifNoneMatch: '"rev-6"', ifModifiedSince: undefined }]);
  });

  it('fails on a 304 it did not ask for', async () => {
    expect((await failure(safeFetch(`${base}/always-304`, local))).message).toBe(`${base}/always-304: HTTP 304 Not Modified`);
  });

  it('keeps the address guard on a conditional request and its redirects', async () => {
    const validators = { etag: CURRENT_ETAG, lastModified: null };
    expect((await failure(safeFetch(`${base}/versioned`, { ...strict, validators }))).message).toMatch(/127\.0\.0\.1 is a loopback address/);
    const url = `${base}/to?target=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`;
    expect((await failure(fetchWithPolicy(url, { ...strict, validators }, trustTestServer))).message).toMatch(/cloud metadata address/);
  });
});

/**
 * A local HTTP server playing a news site with one RSS feed (written by us), for feed-polling tests.
 * Like a real site it can label the feed with an ETag and a Last-Modified and answer a conditional
 * GET that matches them with 304 Not Modified; it counts requests and keeps the last one's headers.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The clock the feed's dates are relative to. */
export const FEED_NOW = new Date('2026-11-18T12:00:00Z');

/** Each item a short Libya story dated hours before FEED_NOW, newest first. */
export function libyaFeed(items: number): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const date = new Date(FEED_NOW.getTime() - (i + 1) * 3_600_000).toUTCString();
    return `<item><title>Libya coast guard report ${i + 1}</title><link>https://news.example.org/libya-${i + 1}</link><guid>libya-${i + 1}</guid><pubDate>${date}</pubDate>
<description>The coast guard in Libya said boat ${i + 1} carrying migrants was stopped off Zuwara; officials in Tripoli gave the figure ${100 + i}.</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Coast Watch</title><link>https://news.example.org/</link><language>en</language>${entries.join('')}</channel></rss>`;
}

/**
 * A feed of `items` short items (issue 13: a large feed must neither freeze the server nor be read
 * whole): numbered titles, links and one-sentence descriptions, about 130 bytes an item.
 */
export function manyItemsFeed(items: number): string {
  const entries: string[] = [];
  for (let i = 1; i <= items; i += 1) {
    entries.push(`<item><title>Crossing report ${i}</title><link>https://news.example.org/r/${i}</link><description>Boat ${i} was stopped off Zuwara.</description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Crossings</title><link>https://news.example.org/</link>${entries.join('')}</channel></rss>`;
}

export class FakeSite {
  /** Items the feed currently holds. */
  items = 3;
  /** Anything but 200 answers that status with an error page. */
  status = 200;
  /** ETag and Last-Modified sent with the feed; null: not sent. */
  etag: string | null = null;
  lastModified: string | null = null;
  /** False: a server that ignores If-None-Match / If-Modified-Since and always sends the feed. */
  honoursConditional = true;
  /** Served instead of the feed when set (e.g. a broken feed). */
  body: string | null = null;
  /** Milliseconds before answering (a slow site, so that polls overlap). */
  delayMs = 0;
  requests = 0;
  /** Runs when a request arrives, before it is answered (a test's chance to act mid-poll). */
  onRequest: (() => Promise<void>) | null = null;
  /** Requests answered 304. */
  notModified = 0;
  lastRequestHeaders: IncomingHttpHeaders = {};
  url = '';
  private readonly server: Server = createServer((req, res) => {
    this.requests += 1;
    this.lastRequestHeaders = req.headers;
    const before = this.onRequest?.() ?? Promise.resolve();
    void before.then(() => setTimeout(() => {
      if (this.status !== 200) return void res.writeHead(this.status).end('down for maintenance');
      const validators = { ...(this.etag !== null ? { etag: this.etag } : {}), ...(this.lastModified !== null ? { 'last-modified': this.lastModified } : {}) };
      if (this.honoursConditional && this.unchangedFor(req.headers)) {
        this.notModified += 1;
        return void res.writeHead(304, validators).end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', ...validators }).end(this.body ?? libyaFeed(this.items));
    }, this.delayMs));
  });

  /** RFC 9110 §13.2.2: If-None-Match decides when sent; If-Modified-Since only without it. */
  private unchangedFor(headers: IncomingHttpHeaders): boolean {
    const ifNoneMatch = headers['if-none-match'];
    if (ifNoneMatch !== undefined) return this.etag !== null && ifNoneMatch.split(',').some((tag) => tag.trim() === this.etag);
    const since = headers['if-modified-since'];
    return since !== undefined && this.lastModified !== null && Date.parse(this.lastModified) <= Date.parse(since);
  }

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/feed.xml`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

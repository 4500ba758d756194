/** A local HTTP server playing a news site with one RSS feed (written by us), for feed-polling tests. */
import { createServer, type Server } from 'node:http';
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

export class FakeSite {
  /** Items the feed currently holds. */
  items = 3;
  /** Anything but 200 answers that status with an error page. */
  status = 200;
  requests = 0;
  url = '';
  private readonly server: Server = createServer((_req, res) => {
    this.requests += 1;
    if (this.status !== 200) return void res.writeHead(this.status).end('down for maintenance');
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(libyaFeed(this.items));
  });

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/feed.xml`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

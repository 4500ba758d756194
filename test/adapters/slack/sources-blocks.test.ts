/** `/migration sources` in Block Kit: failing feeds first with their error, times in the reader's zone, nothing injectable. */
import { describe, expect, it } from 'vitest';
import { sourcesBlocks } from '../../../adapters/slack/blocks/sources-blocks.js';
import type { FeedHealth } from '../../../src/commands/command-result.js';

const healthy: FeedHealth = {
  name: 'Coast Watch',
  url: 'https://news.example.org/feed.xml',
  lastSuccessAt: '2026-11-23T09:30:00.000Z',
  lastError: null,
  lastErrorAt: null,
  failures: 0,
  articles: 120,
  nextPollAt: '2026-11-23T10:00:00.000Z',
};

function texts(blocks: ReturnType<typeof sourcesBlocks>['blocks']): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'section') return b.text ? [b.text.text] : [];
    if (b.type === 'context') return b.elements.map((e) => ('text' in e ? e.text : ''));
    return [];
  });
}

describe('sources blocks', () => {
  it('puts failing feeds first, with the error, failures and next try', () => {
    const failing: FeedHealth = { ...healthy, name: 'الأخبار', lastError: 'HTTP 503 from https://ar.example.org/rss', lastErrorAt: '2026-11-23T09:00:00.000Z', failures: 3, lastSuccessAt: null };
    const message = sourcesBlocks([healthy, failing], [{ name: 'Coast Watch', url: null, kind: 'web', articles: 120, latest: '2026-11-22T08:00:00Z' }]);
    expect(message.text).toBe('Sources: 2 feeds, 1 failing.');
    const [head, feeds, outlets] = texts(message.blocks);
    expect(head).toBe('*Sources* — 2 feeds, 1 failing.');
    expect(feeds?.split('\n')).toEqual([
      ':warning: *الأخبار* — HTTP 503 from https://ar.example.org/rss (3 failed polls, never read; next try <!date^1795428000^{date_short_pretty} at {time}|2026-11-23 10:00 UTC>) · 120 articles',
      ':white_check_mark: *Coast Watch* — last read <!date^1795426200^{date_short_pretty} at {time}|2026-11-23 09:30 UTC> · 120 articles',
    ]);
    expect(outlets).toBe('*Outlets read* (1)\n• Coast Watch — 120 articles, newest 22 November 2026');
  });

  it('says how to add a feed when there is none', () => {
    expect(texts(sourcesBlocks([], []).blocks)).toEqual(['*Sources* — No feeds are polled yet.', 'An operator adds feeds with `mawjaz sources add &lt;url&gt;`.']);
  });

  it('escapes feed names, errors and outlet names taken from the network', () => {
    const hostile: FeedHealth = { ...healthy, name: '<!channel> Breaking', lastError: 'bad <@U123> &lt;!here&gt;', failures: 1, lastErrorAt: healthy.lastSuccessAt };
    const all = texts(sourcesBlocks([hostile], [{ name: '<!everyone>', url: null, kind: 'web', articles: 1, latest: null }]).blocks).join('\n');
    expect(all).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U123>/);
    expect(all).toContain('&lt;!channel&gt; Breaking');
  });

  it('stays within Slack limits for hundreds of feeds', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...healthy, name: `Feed ${i} ${'x'.repeat(150)}` }));
    const message = sourcesBlocks(many, []);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const t of texts(message.blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    expect(texts(message.blocks).at(-1)).toBe('…and 270 more: `mawjaz sources list` shows them all.');
  });
});

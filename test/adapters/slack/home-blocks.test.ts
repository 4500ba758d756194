/** App Home in Block Kit: follows with Unfollow, channels' briefs as channel mentions, last alerts as links; inert news text; within 100 blocks. */
import { describe, expect, it } from 'vitest';
import { homeBlocks } from '../../../adapters/slack/blocks/home-blocks.js';
import type { HomeView } from '../../../src/commands/command-result.js';

const egypt = { id: 'country:EG', kind: 'country', name: 'Egypt', nameAr: 'مصر', code: 'EG' } as const;
const khartoum = { id: 'process:khartoum', kind: 'process', name: 'Khartoum Process', nameAr: 'عملية الخرطوم' } as const;

function view(over: Partial<HomeView> = {}): HomeView {
  return {
    personal: [{ topic: egypt, mode: 'alerts' }],
    settings: { language: 'en', day: 'monday', time: '08:00', timeZone: 'Africa/Cairo', threads: false, quietStart: '22:00', quietEnd: '07:00' },
    channels: [
      { channelId: 'C0POLICY', topics: [{ topic: khartoum, mode: 'brief' }], pausedReason: null },
      { channelId: 'G0PRIVATE', topics: [{ topic: egypt, mode: 'brief' }], pausedReason: 'Slack: is_archived' },
    ],
    recentAlerts: [{ title: 'Smugglers <!channel> arrested', url: 'https://news.example.org/a?x=1&y=2', source: 'Nile <Post>', lang: 'en', published: '2026-11-19T08:00:00Z', sentAt: '2026-11-19T09:00:00Z', topic: egypt }],
    ...over,
  };
}

function texts(blocks: ReturnType<typeof homeBlocks>): string {
  return blocks.map((b) => (b.type === 'section' ? (b.text?.text ?? '') : b.type === 'context' ? b.elements.map((e) => ('text' in e ? e.text : '')).join(' ') : '')).join('\n');
}

const NOW = new Date('2026-11-20T12:00:00Z');

describe('App Home blocks', () => {
  it("shows follows, channels' briefs (paused with the reason) and the last alerts", () => {
    const all = texts(homeBlocks(view(), NOW));
    expect(all).toContain('*Your weekly brief:* Monday 23 November at 08:00 (Africa/Cairo), in English.');
    expect(all).toContain('*Egypt* · مصر · alerts on');
    expect(all).toContain('<#C0POLICY>: Khartoum Process');
    // As people say it, not Slack's error code (which operators see in `subscriptions list`).
    expect(all).toContain('<#G0PRIVATE>: Egypt\n:double_vertical_bar: Paused: the channel was archived');
    expect(all).toContain('*Your last alerts*\n• <https://news.example.org/a?x=1&amp;y=2|Smugglers &lt;!channel&gt; arrested> — Nile &lt;Post&gt; · 19 November 2026 · Egypt');
    expect(all).not.toMatch(/<!channel>/);
  });

  it('leaves out empty sections and never turns a non-channel id into a mention', () => {
    const all = texts(homeBlocks(view({ channels: [{ channelId: '<!here>', topics: [{ topic: egypt, mode: 'brief' }], pausedReason: null }], recentAlerts: [] }), NOW));
    expect(all).toContain('&lt;!here&gt;: Egypt');
    expect(all).not.toContain('Your last alerts');
    expect(texts(homeBlocks(view({ channels: [], recentAlerts: [] }), NOW))).not.toContain("channels' briefs");
  });

  it('stays within 100 blocks with many follows and channels', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ topic: { ...egypt, id: `topic:t${i}`, name: `Topic ${i}` }, mode: 'brief' as const }));
    const blocks = homeBlocks(view({ personal: many, channels: Array.from({ length: 40 }, (_, i) => ({ channelId: `C${i}ABC`, topics: many, pausedReason: null })) }), NOW);
    expect(blocks.length).toBeLessThanOrEqual(100);
    const all = texts(blocks);
    expect(all).toContain('…and 35 more: `/migration list` shows them all.');
    expect(all).toContain('…and 25 more channels.');
    expect(all).toContain('Topic 14 and 65 more');
  });
});

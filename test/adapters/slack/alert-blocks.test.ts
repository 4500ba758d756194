/** The alert message: every new article linked once, hostile titles and outlets inert. */
import { describe, expect, it } from 'vitest';
import { renderAlertBlocks } from '../../../adapters/slack/blocks/alert-blocks.js';
import type { AlertItem } from '../../../src/delivery/deliverer.js';

const libya = { id: 'country:LY', kind: 'country' as const, name: 'Libya', nameAr: 'ليبيا', code: 'LY' };

describe('alert blocks', () => {
  it('lists each article with its link, outlet, topic and date', () => {
    const items: AlertItem[] = [
      { articleId: 'a1', title: 'Kufra raid frees 143 migrants', url: 'https://news.example/kufra', lang: 'en', published: '2026-11-17T11:20:00Z', source: 'Al-Wasat', topic: libya },
      { articleId: 'a2', title: 'تحرير مهاجرين في الكفرة', url: 'https://news.example/ar/kufra', lang: 'ar', published: null, source: null, topic: libya },
    ];
    const message = renderAlertBlocks(items);
    const json = JSON.stringify(message);
    expect(json).toContain('<https://news.example/kufra|Kufra raid frees 143 migrants>');
    expect(json).toContain('17 November 2026 · Al-Wasat · Libya · English');
    expect(json).toContain('undated');
    expect(message.text).toBe('2 new articles on Libya');
  });

  it('keeps hostile titles, outlets and links inert', () => {
    const message = renderAlertBlocks([
      { articleId: 'a3', title: '<!channel> breaking &lt;!here&gt; <https://evil.example|click>', url: 'javascript:alert(1)', lang: 'en', published: null, source: '<@U123> Wire', topic: libya },
    ]);
    const json = JSON.stringify(message);
    expect(json).not.toMatch(/<[!@#]/);
    expect(json).not.toContain('javascript:');
    expect(json).not.toContain('<https://evil.example');
  });
});

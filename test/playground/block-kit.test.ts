/**
 * The playground's Block Kit renderer (adapters/playground/web/block-kit.js) on a linkedom DOM: Slack
 * mrkdwn formatting, link safety, no HTML from text, buttons and menus that report their action, and
 * right-to-left lines; then whole replies from the real Slack adapter (a topic card, an Arabic brief).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderBriefBlocks } from '../../adapters/slack/blocks/brief-blocks.js';
import { escapeMrkdwn, link, slackDate } from '../../adapters/slack/blocks/mrkdwn.js';
import type { Block, SlackClick, SlackMessage } from '../../adapters/playground/web/block-kit.js';
import { renderMrkdwn, renderSlackMessages } from '../../adapters/playground/web/block-kit.js';
import { arabicBrief, hostileBrief } from '../adapters/teams/fixtures.js';

// linkedom's classes are its own declarations of the DOM; the renderer only uses the standard subset.
const { document: linkedomDocument } = parseHTML('<!doctype html><html><body></body></html>');
const doc = linkedomDocument as unknown as Document;

function mrkdwn(text: string): HTMLElement {
  const host = doc.createElement('div');
  host.appendChild(renderMrkdwn(doc, text));
  return host;
}

function render(blocks: Block[], clicks: SlackClick[] = []): HTMLElement {
  const root = renderSlackMessages(doc, [{ text: 'fallback', blocks }], (click) => clicks.push(click));
  doc.body.replaceChildren(root);
  return root;
}

describe('Slack mrkdwn', () => {
  it('renders bold, italic, strike and code as elements, and keeps the words between them', () => {
    const host = mrkdwn('*Khartoum* talks _resume_ after ~delay~ — see `follow egypt`');
    expect(host.querySelector('strong')?.textContent).toBe('Khartoum');
    expect(host.querySelector('em')?.textContent).toBe('resume');
    expect(host.querySelector('s')?.textContent).toBe('delay');
    expect(host.querySelector('code')?.textContent).toBe('follow egypt');
    expect(host.textContent).toBe('Khartoum talks resume after delay — see follow egypt');
  });

  it('does not treat a star inside a word or a lone underscore as markup', () => {
    const host = mrkdwn('2*3 = 6 and snake_case_name stays');
    expect(host.querySelector('strong, em')).toBeNull();
    expect(host.textContent).toBe('2*3 = 6 and snake_case_name stays');
  });

  it('links an escaped http(s) URL with its label, opening in a new tab without an opener', () => {
    const host = mrkdwn(`*${link('IOM & UNHCR <report>', 'https://example.org/a?x=1&y=2')}*`);
    const a = host.querySelector('strong a');
    expect(a?.getAttribute('href')).toBe('https://example.org/a?x=1&y=2');
    expect(a?.textContent).toBe('IOM & UNHCR <report>');
    expect(a?.getAttribute('target')).toBe('_blank');
    expect(a?.getAttribute('rel')).toContain('noopener');
  });

  it('never links javascript:, data: or file: URLs: their label is shown as text', () => {
    const host = mrkdwn('<javascript:alert(1)|click me> <data:text/html,hi|data> <file:///etc/passwd|file> <JaVaScRiPt:alert(2)>');
    expect(host.querySelectorAll('a')).toHaveLength(0);
    expect(host.textContent).toContain('click me');
    expect(host.textContent).toContain('JaVaScRiPt:alert(2)');
  });

  it('shows HTML in text as the characters typed, never as elements', () => {
    const attack = '<img src=x onerror=alert(1)> <script>alert(2)</script> <b>bold</b>';
    const escaped = mrkdwn(escapeMrkdwn(attack));
    expect(escaped.querySelector('img, script, b')).toBeNull();
    expect(escaped.textContent).toBe(attack);
    // Even unescaped (not what we send), a `<…>` is a control sequence shown as text: no element appears.
    const raw = mrkdwn(attack);
    expect(raw.querySelector('img, script, b')).toBeNull();
    expect(raw.querySelector('[onerror]')).toBeNull();
  });

  it('decodes the three entities Slack decodes, once', () => {
    expect(mrkdwn('a &lt;b&gt; &amp; c &amp;lt;d&amp;gt;').textContent).toBe('a <b> & c &lt;d&gt;');
  });

  it('shows a <!date> as a time in the reader’s zone, with the UTC fallback as its title', () => {
    const host = mrkdwn(`last read ${slackDate('2026-11-23T09:30:00Z')}`);
    const time = host.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-11-23T09:30:00.000Z');
    expect(time?.getAttribute('title')).toBe('2026-11-23 09:30 UTC');
    expect(time?.textContent).toMatch(/2026|Today|Yesterday|Tomorrow/);
    expect(time?.textContent).toMatch(/ at \d\d:\d\d$/);
    expect(mrkdwn('<!date^notanumber^{date}|the fallback>').textContent).toBe('the fallback');
  });

  it('renders one element per line, bullets and emoji shortcodes we use', () => {
    const host = mrkdwn(':warning: *Sources*\n• Al-Wasat — 3 articles\n\n• Dabanga — 1 article at 09:30');
    const lines = host.querySelectorAll('.sk-line');
    expect(lines).toHaveLength(4);
    expect(lines[0]?.textContent).toBe('⚠️ Sources');
    expect(host.querySelectorAll('.sk-bullet')).toHaveLength(2);
    expect(lines[3]?.textContent).toBe('• Dabanga — 1 article at 09:30');
  });

  it('gives every line dir="auto", so Arabic lines read right to left', () => {
    const host = mrkdwn('\u200F*الهجرة* في ليبيا\nIOM report');
    const lines = [...host.querySelectorAll('.sk-line')];
    expect(lines.map((l) => l.getAttribute('dir'))).toEqual(['auto', 'auto']);
    expect(lines[0]?.querySelector('strong')?.textContent).toBe('الهجرة');
  });

  it('shows mentions as text, never as live markup', () => {
    const host = mrkdwn('<!channel> and <@U123|analyst> in <#C42|policy>');
    expect([...host.querySelectorAll('.sk-mention')].map((m) => m.textContent)).toEqual(['@channel', '@analyst', '#policy']);
  });
});

describe('Block Kit blocks', () => {
  it('renders a header, sections with fields, context, divider and actions', () => {
    const root = render([
      { type: 'header', text: { type: 'plain_text', text: 'Weekly brief *not bold*' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Khartoum* — 4 stories' }, fields: [{ type: 'mrkdwn', text: '*Countries*' }, { type: 'plain_text', text: 'Sudan' }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '16 Nov – 22 Nov' }, { type: 'plain_text', text: 'en+ar' }] },
      { type: 'divider' },
      { type: 'actions', elements: [{ type: 'button', action_id: 'mawjaz_share', text: { type: 'plain_text', text: 'Share' }, value: 'v' }] },
    ]);
    expect(root.querySelector('.sk-header')?.textContent).toBe('Weekly brief *not bold*');
    expect(root.querySelector('.sk-header strong')).toBeNull();
    expect(root.querySelector('.sk-section strong')?.textContent).toBe('Khartoum');
    expect([...root.querySelectorAll('.sk-field')].map((f) => f.textContent)).toEqual(['Countries', 'Sudan']);
    expect([...root.querySelectorAll('.sk-context-item')].map((c) => c.textContent)).toEqual(['16 Nov – 22 Nov', 'en+ar']);
    expect(root.querySelector('hr.sk-divider')).not.toBeNull();
    expect(root.querySelectorAll('.sk-unsupported')).toHaveLength(0);
  });

  it('buttons carry their action id and value, and a click reports exactly those', () => {
    const clicks: SlackClick[] = [];
    const value = JSON.stringify({ topic: 'process:khartoum', view: 'card' });
    const root = render(
      [{ type: 'actions', elements: [{ type: 'button', action_id: 'mawjaz_follow', style: 'primary', text: { type: 'plain_text', text: 'Follow Khartoum Process' }, value }] }],
      clicks,
    );
    const button = root.querySelector('[data-testid="slack-button"]') as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('data-action-id')).toBe('mawjaz_follow');
    expect(button.getAttribute('data-value')).toBe(value);
    expect(button.className).toContain('sk-button-primary');
    expect(button.textContent).toBe('Follow Khartoum Process');
    button.dispatchEvent(new (linkedomDocument.defaultView as unknown as typeof globalThis).Event('click'));
    expect(clicks).toEqual([{ actionId: 'mawjaz_follow', value }]);
  });

  it('an overflow accessory lists its options; choosing one reports the menu’s action id and the option’s value', () => {
    const clicks: SlackClick[] = [];
    const root = render(
      [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*Story*' },
          accessory: {
            type: 'overflow',
            action_id: 'mawjaz_story_menu',
            options: [
              { text: { type: 'plain_text', text: 'Not relevant' }, value: 'hide:a1' },
              { text: { type: 'plain_text', text: 'Mute Al-Wasat here' }, value: 'mute:QWwtV2FzYXQ' },
            ],
          },
        },
      ],
      clicks,
    );
    const options = [...root.querySelectorAll('.sk-accessory [data-testid="slack-overflow-option"]')] as HTMLButtonElement[];
    expect(options.map((o) => o.textContent)).toEqual(['Not relevant', 'Mute Al-Wasat here']);
    options[1]?.dispatchEvent(new (linkedomDocument.defaultView as unknown as typeof globalThis).Event('click'));
    expect(clicks).toEqual([{ actionId: 'mawjaz_story_menu', value: 'mute:QWwtV2FzYXQ' }]);
  });

  it('a link button opens only an http(s) URL', () => {
    const root = render([
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'Read' }, url: 'https://example.org/x' },
          { type: 'button', action_id: 'b', text: { type: 'plain_text', text: 'Bad' }, url: 'javascript:alert(1)', value: 'b' },
        ],
      },
    ]);
    const [good, bad] = [...root.querySelectorAll('[data-testid="slack-button"]')];
    expect(good?.getAttribute('href')).toBe('https://example.org/x');
    expect(bad?.tagName).toBe('BUTTON');
    expect(bad?.getAttribute('href')).toBeNull();
  });

  it('shows a block it does not know as a note, and a message without blocks by its text', () => {
    const root = renderSlackMessages(doc, [{ text: 'Plain *fallback*' }, { text: 'x', blocks: [{ type: 'video' }] }], () => undefined);
    expect(root.querySelector('.sk-message strong')?.textContent).toBe('fallback');
    expect(root.querySelector('.sk-unsupported')?.textContent).toContain('block video');
  });

  it('draws a real Arabic brief from the Slack adapter right to left, every story with its menu', () => {
    const messages: SlackMessage[] = renderBriefBlocks(arabicBrief());
    const root = renderSlackMessages(doc, messages, () => undefined);
    const header = root.querySelector('.sk-header .sk-line');
    expect(header?.getAttribute('dir')).toBe('auto');
    expect(header?.textContent?.startsWith('\u200F')).toBe(true);
    expect(header?.textContent).toMatch(/[\u0600-\u06FF]/);
    expect(root.querySelectorAll('.sk-unsupported')).toHaveLength(0);
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('draws a brief of hostile article text with no element, link or mention the text asked for', () => {
    const root = renderSlackMessages(doc, renderBriefBlocks(hostileBrief()), () => undefined);
    expect(root.querySelector('img, script, iframe, [onerror], [onclick]')).toBeNull();
    expect(root.querySelectorAll('.sk-mention')).toHaveLength(0);
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).not.toContain('evil.example/phish');
    expect(root.textContent).toContain('<!channel>');
  });
});

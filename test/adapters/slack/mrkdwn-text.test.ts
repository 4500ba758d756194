/**
 * Our own sentences are mrkdwn too: every text the Slack renderers produce for help, usage mistakes,
 * unknown topics, empty states and notices is scanned, so a placeholder such as `<topic>` (which Slack
 * would read as a link) or a bare `&` cannot slip into a fixed string anywhere, nor into a message built
 * from user input.
 */
import { describe, expect, it } from 'vitest';
import { renderAlertBlocks } from '../../../adapters/slack/blocks/alert-blocks.js';
import { homeBlocks } from '../../../adapters/slack/blocks/home-blocks.js';
import { renderResult } from '../../../adapters/slack/blocks/result-blocks.js';
import { fitResponseUrl } from '../../../adapters/slack/listeners/deps.js';
import type { CommandResult } from '../../../src/commands/command-result.js';
import { parseCommand } from '../../../src/commands/grammar.js';
import { mrkdwnProblems, mrkdwnTexts } from '../../support/slack-mrkdwn.js';

const libya = { id: 'country:LY', kind: 'country' as const, name: 'Libya', nameAr: 'ليبيا', code: 'LY' };

// Mistakes of every verb, a typo, an over-long message, and input full of mrkdwn's control characters.
const MISTAKES = [
  'follow',
  'unfollow',
  'subscribe',
  'unsubscribe',
  'schedule',
  'schedule someday 25:99',
  'language french',
  'track',
  'track = x',
  'threads maybe',
  'quiet 25:00-99:00',
  'unmute',
  'search',
  'folow egypt',
  'help me <!channel> & more',
  'x'.repeat(2000),
  'language <@U123>&amp;',
];

function helpAndErrors(): CommandResult[] {
  const usages = MISTAKES.map(parseCommand).flatMap((c) => (c.kind === 'usage' ? [{ kind: 'help' as const, problem: c.message, suggestion: c.suggestion }] : []));
  expect(usages.length).toBeGreaterThanOrEqual(MISTAKES.length - 2);
  return [
    { kind: 'help', problem: null, suggestion: null },
    ...usages,
    { kind: 'help', problem: 'No topic named "<!here> & <#C1>"', suggestion: 'follow <egypt> & co' },
    { kind: 'unknown-topic', query: '<b>&', message: 'No topic named "<b>&". The closest:', closest: [libya] },
    { kind: 'sources', feeds: [], outlets: [] },
  ];
}

describe('mrkdwn of our own sentences', () => {
  it('escapes every help, usage, unknown-topic and empty-sources text', () => {
    const texts = helpAndErrors().flatMap((result) => mrkdwnTexts(renderResult(result)));
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.flatMap(mrkdwnProblems)).toEqual([]);
    // A placeholder shows as the reader should type it.
    expect(texts.join('\n')).toContain('`mawjaz sources add &lt;url&gt;`');
  });

  it('escapes the notices under alerts, in App Home and past response_url\'s five uses', () => {
    const alert = renderAlertBlocks([{ articleId: 'a1', title: 'Kufra raid', url: 'https://news.example/kufra', lang: 'en', published: null, source: 'Al-Wasat', topic: libya }]);
    const home = { type: 'home', blocks: homeBlocks({ personal: [], settings: { language: 'en', day: 'monday', time: '08:00', timeZone: 'UTC', threads: false, quietStart: null, quietEnd: null }, channels: [], recentAlerts: [] }, new Date('2026-11-20T12:00:00Z')) };
    const overflow = fitResponseUrl(Array.from({ length: 8 }, () => ({ text: 'x', blocks: [] })));
    const texts = mrkdwnTexts([alert, home, ...overflow]);
    expect(texts.join('\n')).toContain('/migration follow &lt;topic&gt;');
    expect(texts.flatMap(mrkdwnProblems)).toEqual([]);
  });
});

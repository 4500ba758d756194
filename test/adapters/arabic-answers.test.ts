/**
 * `language ar` reaches every answer: each CommandResult kind rendered for Slack and for Teams in
 * Arabic keeps no Latin word except data (topic and outlet names, article text, the time zone the
 * person typed, the commands' English names where the grammar has no Arabic one), every Slack line
 * opens right to left, and every Teams card is `rtl`. English stays the default.
 */
import { describe, expect, it } from 'vitest';
import { renderResult, type SlackReply } from '../../adapters/slack/blocks/result-blocks.js';

/** A Slack block as the adapter builds it (the SDK's types stay inside adapters/slack/). */
type KnownBlock = SlackReply['blocks'][number];
import { homeBlocks } from '../../adapters/slack/blocks/home-blocks.js';
import { renderTeamsResult } from '../../adapters/teams/cards/result-cards.js';
import { renderBriefCards } from '../../adapters/teams/cards/brief-cards.js';
import { renderBriefBlocks } from '../../adapters/slack/blocks/brief-blocks.js';
import { renderAlertBlocks } from '../../adapters/slack/blocks/alert-blocks.js';
import { renderAlertCard } from '../../adapters/teams/cards/alert-cards.js';
import type { AlertItem } from '../../src/delivery/deliverer.js';
import type { CommandResult, HomeView, TargetSettings } from '../../src/commands/command-result.js';
import { parseCardStrictly } from '../support/adaptive-cards.js';
import { strings } from './teams/card-json.js';
import { arabicBrief, egypt, englishBrief, iom, khartoum, returnsStory } from './teams/fixtures.js';

const RLM = '\u200F';
const settings: TargetSettings = { language: 'ar', day: 'monday', time: '08:00', timeZone: 'Africa/Cairo', threads: false, quietStart: '22:00', quietEnd: '07:00' };
const libya = { ...egypt, id: 'country:LY', name: 'Libya', nameAr: 'ليبيا', code: 'LY' };
const custom = { id: 'custom:tunis-mou', kind: 'theme' as const, name: 'Tunis MoU' };
const topicCard = { topic: egypt, period: { from: '2026-11-16', to: '2026-11-22' }, count: 4, previousCount: 1, change: 3, stories: [returnsStory], actors: [{ ...iom, count: 2 }], countries: [{ ...libya, count: 1 }], latest: null };

/** Every kind of answer, several states of some; `satisfies` makes a new kind a compile error until it is added. */
const RESULTS = {
  topic: { kind: 'topic', card: topicCard, following: null, channelFollowing: 'brief' },
  quietTopic: { kind: 'topic', card: { ...topicCard, count: 0, change: -1, stories: [], latest: { period: { from: '2026-11-02', to: '2026-11-08' }, stories: [returnsStory] } }, following: 'alerts', channelFollowing: null },
  search: { kind: 'search', query: 'returns', onlyStopwords: false, results: [{ id: 'a1', title: 'Return flight', url: 'https://wire.example.net/1', published: '2026-11-18T09:00:00Z', lang: 'en', source: 'Example Wire', score: 1, snippet: 'A chartered flight', topics: [] }] },
  emptySearch: { kind: 'search', query: 'returns', results: [], onlyStopwords: false },
  stopwordSearch: { kind: 'search', query: 'في من', results: [], onlyStopwords: true },
  follow: { kind: 'subscription', action: 'follow', topic: egypt, target: 'user', changed: true, mode: 'alerts' },
  unsubscribe: { kind: 'subscription', action: 'unsubscribe', topic: khartoum, target: 'channel', changed: false, mode: null },
  list: { kind: 'list', personal: [{ topic: egypt, mode: 'alerts' }], channel: [{ topic: khartoum, mode: 'brief' }], settings, muted: { target: 'channel', sources: ['Example Wire'] }, hidden: [{ articleIds: ['a1'], title: 'Return flight leaves Cairo' }, { articleIds: ['a9'], title: null }] },
  emptyList: { kind: 'list', personal: [], channel: [], settings: { ...settings, quietStart: null, quietEnd: null }, muted: { target: 'user', sources: [] }, hidden: [] },
  brief: { kind: 'brief', brief: arabicBrief() },
  language: { kind: 'settings', changed: 'language', target: 'user', settings },
  schedule: { kind: 'settings', changed: 'schedule', target: 'channel', settings },
  quiet: { kind: 'settings', changed: 'quiet', target: 'user', settings },
  threads: { kind: 'settings', changed: 'threads', target: 'channel', settings: { ...settings, threads: true } },
  hide: { kind: 'feedback', action: 'hide', target: 'channel', changed: true, articleIds: ['a1'], source: null, title: 'Return flight leaves Cairo' },
  mute: { kind: 'feedback', action: 'mute', target: 'user', changed: true, articleIds: [], source: 'Example Wire', title: null },
  unmute: { kind: 'feedback', action: 'unmute', target: 'user', changed: false, articleIds: [], source: 'Example Wire', title: null },
  shared: { kind: 'shared', topic: khartoum, direct: false, channelId: 'C0DESK', channelName: '#migration-desk' },
  sharedNoName: { kind: 'shared', topic: khartoum, direct: false, channelId: '19:abc@thread.tacv2', channelName: null },
  tracked: { kind: 'tracked', topic: custom, aliases: ['Tunisia memorandum'], relinked: 3 },
  sources: {
    kind: 'sources',
    feeds: [
      { name: 'Example Wire', url: 'https://wire.example.net/rss', lastSuccessAt: '2026-11-20T08:00:00Z', lastError: null, lastErrorAt: null, failures: 0, articles: 1, nextPollAt: '2026-11-20T08:15:00Z' },
      { name: 'Broken Wire', url: 'https://broken.example/rss', lastSuccessAt: null, lastError: 'Broken Wire refused', lastErrorAt: '2026-11-20T08:00:00Z', failures: 3, articles: 0, nextPollAt: '2026-11-20T09:00:00Z' },
      { name: 'Slow Wire', url: 'https://slow.example/rss', lastSuccessAt: null, lastError: null, lastErrorAt: null, failures: 0, articles: 0, nextPollAt: '2026-11-20T09:00:00Z' },
    ],
    outlets: [{ name: 'Example Wire', url: null, kind: 'rss', articles: 40, latest: '2026-11-20T07:00:00Z' }],
  },
  noSources: { kind: 'sources', feeds: [], outlets: [] },
  help: { kind: 'help', problem: null, suggestion: null },
  usage: { kind: 'help', problem: 'يحتاج أمر المتابعة إلى موضوع.', suggestion: null },
  unknownTopic: { kind: 'unknown-topic', query: 'ليبا', message: 'لا يوجد موضوع باسم «ليبا». الأقرب إليه:', closest: [libya] },
} satisfies Record<string, CommandResult>;

// Every kind of CommandResult is among RESULTS.
const KINDS: Record<CommandResult['kind'], true> = { topic: true, search: true, subscription: true, list: true, brief: true, settings: true, feedback: true, tracked: true, sources: true, help: true, shared: true, 'unknown-topic': true };

/** Data that may stay Latin: names of topics and outlets, article text, the typed zone, what the person searched. */
const DATA = [returnsStory.summary, 'Example Wire', 'Broken Wire refused', 'Broken Wire', 'Slow Wire', 'Return flight leaves Cairo', 'Return flight', 'A chartered flight', 'IOM flight brings 120 people home from Cairo', 'Khartoum Process', 'Egypt', 'Libya', 'Tunis MoU', 'Tunisia memorandum', 'Africa/Cairo', 'returns', 'IOM', 'Saved', 'migration-desk'];
// Slack's own syntax: links' URLs, channel mentions, emoji names, date tokens, and the slash command people type.
const SLACK_SYNTAX = [/&(?:lt|gt|amp);/g, /<#[A-Z0-9]+>/g, /<(?:https?|file):[^|>]*\|/g, /:[a-z_]+:/g, /<!date\^\d+\^\{date_short_pretty\} \{time\}\|/g, /\/migration/g];

function latinWords(text: string, syntax: readonly RegExp[] = []): string[] {
  let rest = text;
  for (const pattern of syntax) rest = rest.replace(pattern, ' ');
  for (const data of DATA) rest = rest.split(data).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/** Every text Slack shows from a block: section and context text, headers, button labels, menu options. */
function slackTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'text' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => slackTexts(v, key));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => slackTexts(v, k));
  return [];
}

/** Each line of section, context and header text: Slack lays out each by its first strong character. */
function shownLines(blocks: readonly KnownBlock[]): string[] {
  return blocks
    .flatMap((block) => (block.type === 'section' ? [block.text?.text ?? ''] : block.type === 'context' ? block.elements.map((e) => ('text' in e ? e.text : '')) : block.type === 'header' ? [block.text.text] : []))
    .flatMap((text) => text.split('\n'));
}

/** Texts Teams shows: TextBlocks, button titles, facts, and the notification. */
function teamsTexts(result: CommandResult): string[] {
  return renderTeamsResult(result).flatMap((m) => [m.text, ...strings(m.card).filter(([path]) => /\.(text|title|value)$/.test(path) && !path.includes('.data.')).map(([, s]) => s)]);
}

const inArabic = (result: CommandResult): CommandResult => ({ ...result, lang: 'ar' });

describe('answers in Arabic', () => {
  it('covers every kind of command result', () => {
    expect(new Set(Object.values(RESULTS).map((r) => r.kind))).toEqual(new Set(Object.keys(KINDS)));
  });

  it.each(Object.entries(RESULTS))('Slack: %s has no English word left and every line reads right to left', (_, result) => {
    for (const message of renderResult(inArabic(result))) {
      const texts = [message.text, ...slackTexts(message.blocks)];
      for (const text of texts) expect(latinWords(text, SLACK_SYNTAX), text).toEqual([]);
      for (const line of shownLines(message.blocks)) expect(line.startsWith(RLM), line).toBe(true);
    }
  });

  it.each(Object.entries(RESULTS))('Teams: %s has no English word left, in an rtl card the official parser accepts', (_, result) => {
    for (const text of teamsTexts(inArabic(result))) expect(latinWords(text), text).toEqual([]);
    for (const { card } of renderTeamsResult(inArabic(result))) {
      expect(card.rtl).toBe(true);
      expect(parseCardStrictly(card)).toEqual([]);
    }
  });

  it('shows a topic card in Arabic names, dates and buttons', () => {
    const slack = slackTexts(renderResult(inArabic(RESULTS.topic))[0]?.blocks).join('\n');
    expect(slack).toContain('*مصر* — 4 قصص في الأيام السبعة الماضية (▲ 3 مقارنة بالأسبوع السابق)');
    expect(slack).toContain('16 نوفمبر 2026 – 22 نوفمبر 2026 · Egypt');
    expect(slack).toContain('متابعة مصر');
    expect(slack).toContain('الإنجليزية، العربية');
    const teams = teamsTexts(inArabic(RESULTS.topic));
    // Co-mentioned actors and countries are followed from the card's menu: each name in full beside a short button.
    expect(teams).toEqual(expect.arrayContaining(['متابعة مصر', 'متابعة جهة أو بلد…', 'ليبيا (1)', 'متابعة', 'القناة مشتركة ✓ — إلغاء الاشتراك', 'مشاركة في القناة', 'غير مهم']));
  });

  it('renders App Home in the language of its settings, right to left', () => {
    const view: HomeView = {
      personal: [{ topic: egypt, mode: 'alerts' }],
      settings,
      channels: [
        { channelId: 'C0POLICY', topics: [{ topic: khartoum, mode: 'brief' }], pausedReason: null },
        // A paused channel's reason is said in words, not Slack's error code.
        { channelId: 'C0ARCHIVE', topics: [{ topic: egypt, mode: 'brief' }], pausedReason: 'Slack: is_archived' },
      ],
      recentAlerts: [],
    };
    const blocks = homeBlocks(view, new Date('2026-11-20T12:00:00Z'));
    const texts = slackTexts(blocks);
    for (const text of texts) expect(latinWords(text, SLACK_SYNTAX), text).toEqual([]);
    expect(texts.join('\n')).toContain('الاثنين');
    expect(texts.join('\n')).toContain('متوقف: أُرشفت القناة');
    for (const line of shownLines(blocks)) expect(line.startsWith(RLM), line).toBe(true);
  });

  it('sends alerts in the subscriber\'s language on both platforms', () => {
    const items: AlertItem[] = [
      { articleId: 'a1', title: 'Return flight leaves Cairo', url: 'https://wire.example.net/1', lang: 'en', published: '2026-11-17T11:20:00Z', source: 'Example Wire', topic: libya, alsoReportedBy: ['Broken Wire'] },
      { articleId: 'a2', title: 'رحلة عودة من القاهرة', url: 'https://sahifa.example.com/2', lang: 'ar', published: null, source: null, topic: egypt },
    ];
    const slack = renderAlertBlocks(items, 'ar');
    for (const text of [slack.text, ...slackTexts(slack.blocks)]) expect(latinWords(text, SLACK_SYNTAX), text).toEqual([]);
    for (const line of shownLines(slack.blocks)) expect(line.startsWith(RLM), line).toBe(true);
    expect(slack.text).toBe(`${RLM}مقالان جديدان عن ليبيا، مصر`);
    expect(slackTexts(slack.blocks).join('\n')).toContain('17 نوفمبر 2026 · Example Wire · ونشرته أيضًا Broken Wire · ليبيا · الإنجليزية');
    const teams = renderAlertCard(items, 'ar');
    expect(teams.card.rtl).toBe(true);
    expect(parseCardStrictly(teams.card)).toEqual([]);
    for (const [, text] of strings(teams.card).filter(([path]) => /\.(text|title)$/.test(path))) expect(latinWords(text), text).toEqual([]);
    // In English, the Arabic title alone reads right to left.
    const english = renderAlertCard(items, 'en');
    expect(english.card.rtl).toBeUndefined();
    expect(JSON.stringify(english.card)).toMatch(/"text":"رحلة عودة من القاهرة"[^\]]*\],"rtl":true/);
    expect(renderAlertBlocks(items).text).toBe('2 new articles on Libya, Egypt');
  });

  it('keeps English the default, with capitalised weekdays and language names', () => {
    const list = slackTexts(renderResult({ ...RESULTS.list, settings: { ...settings, language: 'en' } })[0]?.blocks).join('\n');
    expect(list).toContain('Your brief: Monday 08:00 (Africa/Cairo), in English.');
    expect(list).not.toContain(RLM);
    const search = slackTexts(renderResult(RESULTS.search)[0]?.blocks).join('\n');
    expect(search).toContain('English');
    expect(renderTeamsResult(RESULTS.search)[0]?.card.rtl).toBeUndefined();
  });

  it('sets an Arabic summary and headline right to left inside an English brief', () => {
    const brief = englishBrief();
    const arabic = { ...brief, sections: brief.sections.map((s) => ({ ...s, stories: s.stories.map((st) => ({ ...st, headline: 'رحلة تعيد 120 شخصًا من القاهرة', summary: 'قالت المنظمة إن الرحلة أقلت 120 شخصًا.' })) })) };
    const slack = slackTexts(renderBriefBlocks(arabic)[0]?.blocks).join('\n');
    expect(slack).toContain(`${RLM}قالت المنظمة`);
    expect(slack).toMatch(new RegExp(`${RLM}\\*<[^|]+\\|رحلة تعيد`));
    const [message] = renderBriefCards(arabic);
    expect(message?.card.rtl).toBeUndefined();
    const rtlContainers = strings(message?.card).filter(([path, text]) => path.endsWith('.text') && text.startsWith('قالت المنظمة'));
    expect(rtlContainers.length).toBe(1);
    expect(JSON.stringify(message?.card)).toMatch(/"type":"Container","items":\[\{"type":"TextBlock","text":"قالت المنظمة[^"]*"[^\]]*\],"rtl":true/);
    expect(parseCardStrictly(message!.card)).toEqual([]);
  });
});

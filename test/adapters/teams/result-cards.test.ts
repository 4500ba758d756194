/**
 * Every command result as Adaptive Cards: read by Microsoft's parser without a complaint, buttons that
 * follow what is shown and whose data parses back, Follow ↔ Unfollow by state, the channel button only
 * in channels, and hostile text inert.
 */
import { describe, expect, it } from 'vitest';
import { parseCardAction, type CardAction } from '../../../adapters/teams/cards/actions.js';
import { renderTeamsResult } from '../../../adapters/teams/cards/result-cards.js';
import { type ActionSet, ROW_CHARS, type TeamsMessage } from '../../../adapters/teams/cards/adaptive-card.js';
import type { CommandResult, TargetSettings } from '../../../src/commands/command-result.js';
import { parseCardStrictly } from '../../support/adaptive-cards.js';
import { collectData, shownTexts, strings } from './card-json.js';
import { egypt, englishBrief, HOSTILE, HOSTILE_TEXT, iom, khartoum, returnsStory } from './fixtures.js';

const settings: TargetSettings = { language: 'en', day: 'monday', time: '08:00', timeZone: 'Africa/Cairo', threads: false, quietStart: '22:00', quietEnd: '07:00' };

const RESULTS: Record<string, CommandResult> = {
  topic: {
    kind: 'topic',
    card: { topic: egypt, period: { from: '2026-11-16', to: '2026-11-22' }, count: 4, previousCount: 1, change: 3, stories: [returnsStory], actors: [{ ...iom, count: 2 }], countries: [{ ...egypt, id: 'country:LY', name: 'Libya', code: 'LY', count: 1 }], latest: null },
    following: null,
    channelFollowing: 'brief',
  },
  search: { kind: 'search', query: 'returns', onlyStopwords: false, results: [{ id: 'a1', title: 'Return flight', url: 'https://wire.example.net/1', published: '2026-11-18T09:00:00Z', lang: 'en', source: 'Example Wire', score: 1, snippet: 'A chartered flight…', topics: [] }] },
  emptySearch: { kind: 'search', query: 'nothing', results: [], onlyStopwords: false },
  stopwordSearch: { kind: 'search', query: 'of the', results: [], onlyStopwords: true },
  subscription: { kind: 'subscription', action: 'follow', topic: egypt, target: 'user', changed: true, mode: 'alerts' },
  channelSubscription: { kind: 'subscription', action: 'subscribe', topic: khartoum, target: 'channel', changed: true, mode: 'brief' },
  list: {
    kind: 'list',
    personal: [{ topic: egypt, mode: 'brief' }],
    channel: [{ topic: khartoum, mode: 'alerts' }],
    settings,
    muted: { target: 'channel', sources: ['Example Wire'] },
    hidden: [{ articleIds: ['a1', 'a2'], title: 'Return flight lands' }, { articleIds: ['a9'], title: null }],
  },
  emptyList: { kind: 'list', personal: [], channel: null, settings: { ...settings, quietStart: null, quietEnd: null }, muted: { target: 'user', sources: [] }, hidden: [] },
  brief: { kind: 'brief', brief: englishBrief() },
  settings: { kind: 'settings', changed: 'quiet', target: 'user', settings },
  hide: { kind: 'feedback', action: 'hide', target: 'channel', changed: true, articleIds: ['a1', 'a2'], source: null, title: 'Return flight lands', lang: 'en' },
  hideArabic: { kind: 'feedback', action: 'hide', target: 'user', changed: true, articleIds: ['a1'], source: null, title: 'عودة رحلة', lang: 'ar' },
  mute: { kind: 'feedback', action: 'mute', target: 'user', changed: true, articleIds: [], source: 'Example Wire', title: null, lang: 'en' },
  shared: { kind: 'shared', topic: egypt, direct: false, channelId: '19:abc@thread.tacv2', channelName: 'Migration desk', lang: 'en' },
  tracked: { kind: 'tracked', topic: { id: 'custom:tunis-mou', kind: 'theme', name: 'Tunis MoU' }, aliases: ['Tunisia memorandum'], relinked: 3 },
  sources: {
    kind: 'sources',
    feeds: [
      { name: 'Example Wire', url: 'https://wire.example.net/rss', lastSuccessAt: '2026-11-20T08:00:00Z', lastError: null, lastErrorAt: null, failures: 0, articles: 40, nextPollAt: '2026-11-20T08:15:00Z' },
      { name: 'Broken feed', url: 'https://broken.example/rss', lastSuccessAt: null, lastError: 'HTTP 503', lastErrorAt: '2026-11-20T08:00:00Z', failures: 3, articles: 0, nextPollAt: '2026-11-20T09:00:00Z' },
    ],
    outlets: [{ name: 'Example Wire', url: null, kind: 'rss', articles: 40, latest: '2026-11-20T07:00:00Z' }],
  },
  help: { kind: 'help', problem: 'unknown command "folow"', suggestion: 'follow egypt' },
  unknownTopic: { kind: 'unknown-topic', query: 'egipt', message: 'No topic called "egipt".', closest: [egypt] },
};

/** Every ActionSet in a card, with its JSON path. */
function actionSets(value: unknown, path = '$'): Array<[string, ActionSet]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => actionSets(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own: Array<[string, ActionSet]> = record.type === 'ActionSet' ? [[path, record as unknown as ActionSet]] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => actionSets(v, `${path}.${k}`))];
}

const texts = (m: TeamsMessage): string => JSON.stringify(m.card);
const actions = (messages: readonly TeamsMessage[]): CardAction[] => messages.flatMap((m) => collectData(m.card)) as CardAction[];

describe('Teams result cards', () => {
  it.each(Object.entries(RESULTS))('renders %s as cards the official parser accepts, with data that parses back', (_, result) => {
    const messages = renderTeamsResult(result);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(parseCardStrictly(m.card)).toEqual([]);
      expect(m.text.trim()).not.toBe('');
    }
    for (const data of actions(messages)) expect(parseCardAction(data)).toEqual(data);
  });

  it('gives every topic, actor and country on a topic card a Follow button, and the channel its own', () => {
    const got = actions(renderTeamsResult(RESULTS.topic as CommandResult));
    expect(got).toEqual(
      expect.arrayContaining([
        { mawjaz: 'follow', topic: 'country:EG', view: 'card' },
        { mawjaz: 'unsubscribe', topic: 'country:EG', view: 'card' },
        { mawjaz: 'follow', topic: 'org:iom', view: 'confirm' },
        { mawjaz: 'follow', topic: 'country:LY', view: 'confirm' },
        { mawjaz: 'share', topic: 'country:EG', view: 'card' },
        { mawjaz: 'hide', articleIds: ['a1', 'a2'] },
      ]),
    );
  });

  it('shows Unfollow for what you follow, and no channel button outside channels', () => {
    const list = actions(renderTeamsResult(RESULTS.list as CommandResult));
    expect(list).toEqual([
      { mawjaz: 'unfollow', topic: 'country:EG', view: 'list' },
      { mawjaz: 'unhide', articleIds: ['a1', 'a2'], view: 'list' },
      { mawjaz: 'unhide', articleIds: ['a9'], view: 'list' },
      { mawjaz: 'unmute', source: 'Example Wire', view: 'list' },
    ]);
    const followed = actions(renderTeamsResult(RESULTS.subscription as CommandResult));
    expect(followed).toEqual([{ mawjaz: 'unfollow', topic: 'country:EG', view: 'confirm' }]);
    expect(actions(renderTeamsResult(RESULTS.channelSubscription as CommandResult))).toContainEqual({ mawjaz: 'follow', topic: 'process:khartoum', view: 'confirm' });
    expect(actions(renderTeamsResult(RESULTS.channelSubscription as CommandResult))).toContainEqual({ mawjaz: 'unsubscribe', topic: 'process:khartoum', view: 'confirm' });
  });

  it('names the hidden story and offers Undo after hiding it or muting an outlet', () => {
    const [hidden] = renderTeamsResult(RESULTS.hide as CommandResult);
    expect(shownTexts([hidden!])).toContain("Hidden: Return flight lands — not shown in this channel's briefs again.");
    expect(actions([hidden!])).toEqual([{ mawjaz: 'unhide', articleIds: ['a1', 'a2'] }]);
    expect(actions(renderTeamsResult(RESULTS.mute as CommandResult))).toEqual([{ mawjaz: 'unmute', source: 'Example Wire' }]);
    const [arabic] = renderTeamsResult(RESULTS.hideArabic as CommandResult);
    expect(arabic!.card.rtl).toBe(true);
    expect(shownTexts([arabic!])).toContain('أُخفيت: عودة رحلة — لن تظهر بعد الآن في موجزاتك.');
    expect(JSON.stringify(arabic!.card)).toContain('"title":"تراجع"');
  });

  it('lists hidden stories and muted outlets under their headings, each with its way back', () => {
    const shown = shownTexts(renderTeamsResult(RESULTS.list as CommandResult));
    expect(shown).toEqual(expect.arrayContaining(["Hidden stories — left out of this channel's briefs", 'Return flight lands', 'A story whose articles are no longer stored']));
    expect(shown).toContain("Muted outlets — left out of this channel's briefs and alerts");
    const titles = JSON.stringify(renderTeamsResult(RESULTS.list as CommandResult)[0]!.card);
    expect(titles.match(/"title":"Show again"/g)).toHaveLength(2);
    expect(titles).toContain('"title":"Unmute"');
  });

  it('confirms Share in channel with the channel it went to, or this chat', () => {
    const cardTexts = (result: CommandResult) => shownTexts(renderTeamsResult(result)).slice(1);
    expect(cardTexts(RESULTS.shared as CommandResult)).toEqual(['✓ Shared Egypt in Migration desk.']);
    const general = { ...(RESULTS.shared as Extract<CommandResult, { kind: 'shared' }>), channelName: null };
    expect(cardTexts(general)).toEqual(['✓ Shared Egypt in this channel.']);
    expect(cardTexts({ ...general, direct: true, channelId: null })).toEqual(['✓ Shared Egypt in this conversation.']);
  });

  it('keeps the topic card’s follow buttons short: one “Follow an actor or country…” menu unfolds a row per entity, its name in full beside “Follow”', () => {
    const [card] = renderTeamsResult(RESULTS.topic as CommandResult);
    const menus = JSON.stringify(card!.card.body);
    expect(menus).toContain('"type":"Action.ShowCard","title":"Follow an actor or country…"');
    const followTitles = [...menus.matchAll(/"title":"(Follow[^"]*)"/g)].map((m) => m[1]);
    // The topic's own Follow names it; every entity's Follow is just "Follow", its name in the row's text.
    expect(followTitles).toEqual(['Follow an actor or country…', 'Follow', 'Follow', 'Follow Egypt']);
    expect(shownTexts([card!])).toEqual(expect.arrayContaining(['IOM (2)', 'Libya (1)']));
    expect(menus).toContain('"tooltip":"Follow IOM"');
  });

  it('lists every command verb in help, and failing feeds first in sources', () => {
    const [help] = renderTeamsResult(RESULTS.help as CommandResult);
    expect(help && texts(help)).toContain('Commands: follow, unfollow, subscribe');
    expect(help && texts(help)).toContain('Did you mean “follow egypt”?');
    const [sources] = renderTeamsResult(RESULTS.sources as CommandResult);
    const body = JSON.stringify(sources?.card.body);
    expect(body.indexOf('Broken feed')).toBeLessThan(body.indexOf('✓ Example Wire'));
    expect(body).toContain('2 feeds, 1 failing.');
  });

  it('keeps hostile article text inert in a topic card and search results', () => {
    const hostile: CommandResult[] = [
      { ...(RESULTS.topic as Extract<CommandResult, { kind: 'topic' }>), card: { ...(RESULTS.topic as Extract<CommandResult, { kind: 'topic' }>).card, topic: { ...egypt, name: HOSTILE.link }, stories: [{ ...returnsStory, headline: HOSTILE_TEXT, summary: HOSTILE_TEXT, sources: [HOSTILE.bold] }] } },
      { kind: 'search', query: HOSTILE.link, onlyStopwords: false, results: [{ id: 'x', title: HOSTILE_TEXT, url: 'javascript:alert(1)', published: null, lang: 'en', source: HOSTILE.heading, score: 1, snippet: HOSTILE_TEXT, topics: [] }] },
    ];
    for (const result of hostile) {
      const messages = renderTeamsResult(result);
      for (const m of messages) {
        expect(parseCardStrictly(m.card)).toEqual([]);
        for (const text of shownTexts([m])) expect(text).not.toMatch(/[*_~`[\]#]|\{\{|[\u202a-\u202e\u2066-\u2069]/);
        expect(strings(m.card).filter(([path]) => path.endsWith('.url')).map(([, url]) => url)).not.toContainEqual(expect.stringContaining('javascript:'));
      }
    }
  });

  it('never packs a row with more button text than a narrow Teams card shows, and shortens a long topic’s Follow to “Follow”', () => {
    const long = { id: 'org:ly-dcim', kind: 'organisation' as const, name: "Libya's Department for Combating Illegal Migration" };
    const results: CommandResult[] = [
      ...Object.values(RESULTS),
      { kind: 'unknown-topic', query: 'libyan department', message: 'No topic named “libyan department”. The closest:', closest: [long] },
      { kind: 'subscription', action: 'subscribe', topic: { ...long }, target: 'channel', changed: true, mode: 'brief' },
    ];
    for (const m of results.flatMap((r) => renderTeamsResult(r))) {
      for (const [path, set] of actionSets(m.card)) {
        const titles = set.actions.map((a) => a.title ?? '');
        expect(titles.reduce((n, t) => n + [...t].length + 4, 0) <= ROW_CHARS || titles.length === 1, `${path}: ${titles.join(' | ')}`).toBe(true);
      }
    }
    const [unknown] = renderTeamsResult(results.at(-2)!);
    expect(JSON.stringify(unknown!.card)).toContain(`"title":"Follow","data":{"mawjaz":"follow","topic":"org:ly-dcim","view":"confirm"},"style":"positive","tooltip":"Follow Libya's Department for Combating Illegal Migration"`);
  });

  it('returns null for button values that are not ours', () => {
    for (const bad of [null, 'follow', {}, { mawjaz: 'delete', topic: 'country:EG' }, { mawjaz: 'follow', topic: 'x' }, { mawjaz: 'follow', topic: 'country:EG', view: 'home' }, { mawjaz: 'hide', articleIds: ['../etc'] }, { mawjaz: 'mute', source: ' ' }]) {
      expect(parseCardAction(bad)).toBeNull();
    }
    expect(parseCardAction({ mawjaz: 'follow', topic: 'country:EG', view: 'card', extra: 'input' })).toEqual({ mawjaz: 'follow', topic: 'country:EG', view: 'card' });
  });
});

/**
 * The interface catalogue: every key in every language (the type checks it too), every sentence a
 * non-empty string for the values it is called with, plurals and Arabic number–noun agreement right,
 * and no Latin word in an Arabic string that the catalogue itself wrote.
 */
import { describe, expect, it } from 'vitest';
import { type InterfaceText, UI_LANGS, uiText } from '../../src/i18n/interface-text.js';

type Args = { [K in keyof InterfaceText]: InterfaceText[K] extends (...args: infer A) => unknown ? A[] : null };

// Arabic data in, so any Latin letter out is the catalogue's own.
const T = 'مصر';
const code = (c: string): string => `«${c}»`;
const COUNTS = [0, 1, 2, 3, 10, 11, 100, 103];

/** Every function-valued entry with the values chat passes it: a missing entry here is a compile error. */
const CALLS: Args = {
  stories: COUNTS.map((n) => [n] as [number]),
  articles: COUNTS.map((n) => [n] as [number]),
  topics: COUNTS.map((n) => [n] as [number]),
  listSeparator: null,
  languageName: [['en'], ['ar'], ['fr']],
  weekday: [['monday'], ['sunday']],
  kind: [['country'], ['person'], ['organisation'], ['process'], ['theme']],
  undated: null,
  andMore: [[1], [12]],
  follow: [[T]],
  followingUnfollow: null,
  subscribeChannel: null,
  channelSubscribedUnsubscribe: null,
  shareInChannel: null,
  notRelevant: null,
  muteHere: [[T]],
  undo: null,
  unmute: null,
  unfollow: null,
  topicHeading: [[T, 1, 2], [T, 0, -3], [T, 4, 0]],
  topicFallback: [[T, 1], [T, 5]],
  noStoriesYet: [[T]],
  nothingNewThisWeek: [[T]],
  latestStories: [['1', '7']],
  actors: null,
  countries: null,
  noArticles: null,
  noArticlesFor: [[T, code]],
  onlyCommonWords: null,
  onlyCommonWordsFor: [[T, code]],
  articlesMatching: [[T]],
  articlesMatchingFallback: [[1, T], [3, T]],
  noTopicNamed: [[T, true, code], [T, false, code]],
  severalTopics: [[T, true], [T, false]],
  subscriptionChange: [true, false].flatMap((adding) =>
    [true, false].flatMap((changed) => (['user', 'channel'] as const).map((target) => [{ adding, changed, target, alerts: adding }, T] as [Parameters<InterfaceText['subscriptionChange']>[0], string])),
  ),
  youFollow: null,
  youFollowFallback: COUNTS.map((n) => [n] as [number]),
  nothingFollowedYet: [[code]],
  channelSubscribedTo: null,
  nothingSubscribedYet: [[code]],
  alertsOn: null,
  whoseBriefs: [['user'], ['channel']],
  outletsMutedIn: [[T]],
  yourBrief: [['monday', '08:00', '+02', T]],
  changeSettings: [[code]],
  quietHours: [['22:00', '07:00', '+02']],
  noQuietHours: null,
  languageNow: [[T]],
  scheduleNow: [['user', 'friday', '17:30', '+02'], ['channel', 'monday', '08:00', '+02']],
  quietNow: [['user', T, true], ['channel', T, false]],
  threadsNow: [[true], [false]],
  feedback: (['hide', 'unhide', 'mute', 'unmute'] as const).flatMap((action) =>
    [true, false].flatMap((changed) => [T, ''].map((title) => [action, changed, T, title, T] as [typeof action, boolean, string, string, string])),
  ),
  showAgain: null,
  hiddenStoriesHeading: [[T]],
  mutedOutletsHeading: [[T]],
  unstoredStory: null,
  shared: [[T, T], [T, null]],
  thisChannel: null,
  followMenuOpen: null,
  followShort: null,
  followTopic: [[T]],
  mentionCount: [[3]],
  tracked: [[T, T, 0], [T, T, 1], [T, T, 12]],
  topicExists: [[T]],
  sources: null,
  noFeeds: null,
  feedsHeadline: [[1, 0], [3, 1], [11, 2]],
  feedFailing: [[T, 1, null, '1'], [T, 3, '1', '2']],
  feedNotReadYet: [['1']],
  feedLastRead: [['1']],
  atUtc: [['2026-11-20 09:00']],
  moreFeeds: [[5, code]],
  operatorAddsFeeds: [[code]],
  outletsRead: null,
  outletLine: [[1, null], [40, '1']],
  newOn: [[T]],
  alsoBy: [[T]],
  alertsFooter: [[code, code]],
  newArticles: [[1, T], [2, T], [12, T]],
  newStories: [[1, T], [3, T]],
  appName: null,
  helpTitle: null,
  helpFallback: null,
  didYouMean: [[T]],
  helpLines: [[code]],
  commandsLine: [[[T]]],
  usageHint: [[null, code], ['follow', code], ['schedule', code], ['language', code], ['quiet', code]],
  homeHeader: null,
  yourWeeklyBrief: null,
  briefWhen: [[T, T]],
  changeItWith: [[code]],
  followNothingYet: null,
  tryTopicAndFollow: [[code]],
  withAlerts: null,
  namesAndMore: [[T, 3]],
  homeYouFollow: COUNTS.map((n) => [n] as [number]),
  homeMoreFollows: [[4, code]],
  channelsBriefs: null,
  paused: [[T]],
  pauseCause: [['uninstalled'], ['tokens-revoked'], ['not-installed'], ['archived'], ['removed'], ['refused']],
  moreChannels: [[1], [25]],
  lastAlerts: null,
  dateLocale: null,
  databaseAway: null,
  somethingWrong: null,
};

/** Every string an entry gives, called with each of its sample arguments. */
function outputs(t: Readonly<InterfaceText>): Array<[string, string]> {
  return (Object.keys(CALLS) as Array<keyof InterfaceText>).flatMap((key) => {
    const value: unknown = t[key];
    const calls = CALLS[key];
    if (typeof value !== 'function') return [[key, String(value)] as [string, string]];
    return (calls ?? []).flatMap((args) => {
      const out: unknown = (value as (...a: unknown[]) => unknown)(...(args as unknown[]));
      const texts = Array.isArray(out) ? out.flat() : [out];
      return texts.map((text) => [key, text] as [string, string]);
    });
  });
}

describe('interface catalogue', () => {
  it('has the same keys in every language, and the sample table names every one', () => {
    const keys = Object.keys(uiText('en')).sort();
    for (const lang of UI_LANGS) expect(Object.keys(uiText(lang)).sort(), lang).toEqual(keys);
    expect(Object.keys(CALLS).sort()).toEqual(keys);
  });

  it.each(UI_LANGS)('gives a non-empty string from every entry in %s, functions included', (lang) => {
    const t = uiText(lang);
    for (const key of Object.keys(t) as Array<keyof InterfaceText>) {
      if (typeof t[key] === 'function') expect(CALLS[key], `${key} is a function: give it sample arguments`).not.toBeNull();
      else expect(CALLS[key], `${key} is a string`).toBeNull();
    }
    for (const [key, text] of outputs(t)) {
      expect(typeof text, `${lang}.${key}`).toBe('string');
      expect(text.trim(), `${lang}.${key}`).not.toBe('');
      expect(text, `${lang}.${key}`).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it('writes no Latin word of its own in Arabic (commands to type are Arabic too, except the Slack command and UTC dates)', () => {
    for (const [key, text] of outputs(uiText('ar'))) {
      if (key === 'dateLocale') continue;
      expect(text.replace(/\/migration/g, '').replace(/\{date_short_pretty\}|\{time\}/g, ''), `ar.${key}`).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('counts in English with the right plural, and weekdays and languages are capitalised names', () => {
    const t = uiText('en');
    expect([t.articles(1), t.articles(2), t.topics(1), t.stories(1), t.stories(3)]).toEqual(['1 article', '2 articles', '1 topic', '1 story', '3 stories']);
    expect(t.articlesMatchingFallback(1, 'returns')).toBe('1 article matching returns');
    expect(t.feedsHeadline(1, 0)).toBe('1 feed, all healthy.');
    expect(t.weekday('monday')).toBe('Monday');
    expect(t.languageName('ar')).toBe('Arabic');
    expect(t.yourBrief('friday', '17:30', 'Africa/Cairo', 'English')).toBe('Your brief: Friday 17:30 (Africa/Cairo), in English.');
  });

  it('agrees Arabic numbers and nouns: one and two by the noun, 3–10 plural, 11+ singular accusative', () => {
    const t = uiText('ar');
    expect(COUNTS.map((n) => t.articles(n))).toEqual(['لا مقالات', 'مقال واحد', 'مقالان', '3 مقالات', '10 مقالات', '11 مقالًا', '100 مقالًا', '103 مقالات']);
    expect([t.topics(1), t.topics(2), t.topics(5)]).toEqual(['موضوع واحد', 'موضوعان', '5 مواضيع']);
    expect(t.weekday('monday')).toBe('الاثنين');
    expect(t.languageName('en')).toBe('الإنجليزية');
    expect(t.topicHeading('مصر', 1, 0)).toBe('مصر — قصة واحدة في الأيام السبعة الماضية (دون تغيير مقارنة بالأسبوع السابق)');
  });
});

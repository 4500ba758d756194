/**
 * The story menu (Not relevant, Mute <outlet> here) in briefs and topic cards, its confirmation with
 * Undo, and muted outlets in `list`: within Block Kit's limits (an accessory adds no block; overflow
 * options hold 5 choices of ≤ 75 characters with values of ≤ 150), inert with hostile outlet names,
 * and every value reads back as the change it stands for.
 */
import { describe, expect, it } from 'vitest';
import { parseBrief, type BriefEntity, type BriefStory } from '../../../digests/brief/brief-model.js';
import { renderBriefBlocks } from '../../../adapters/slack/blocks/brief-blocks.js';
import { ACTIONS, feedbackValue, parseFeedbackValue } from '../../../adapters/slack/blocks/buttons.js';
import { renderResult } from '../../../adapters/slack/blocks/result-blocks.js';
import { briefFrame } from '../../support/briefs.js';

const libya: BriefEntity = { id: 'country:LY', kind: 'country', name: 'Libya', nameAr: 'ليبيا', code: 'LY' };
const outlets = ['<!channel> & Co', 'Harbour Daily', 'صحيفة '.repeat(20).trim(), 'Coast Wire', 'Desert Post', 'Sea Report', 'Nile Post', 'Delta News'];

function story(n: number): BriefStory {
  const articles = outlets.map((source, i) => ({ id: `${String(n).padStart(4, '0')}abcdef${String(i).padStart(2, '0')}`, title: `Report ${n}.${i}`, url: `https://news.example/${n}/${i}`, source, lang: 'en' }));
  return { id: `s${n}`, headline: `Story ${n} about Libya`, summary: 'What happened.', published: '2026-11-17T08:00:00Z', undated: false, articles, sources: outlets, languages: ['en'], countries: [libya], actors: [] };
}

interface Option {
  text: { type: string; text: string };
  value: string;
}
interface Menu {
  type: string;
  action_id: string;
  options: Option[];
}
const menus = (blocks: readonly object[]): Menu[] => blocks.flatMap((b) => ('accessory' in b && (b.accessory as Menu).type === 'overflow' ? [b.accessory as Menu] : []));

function expectGoodMenu(menu: Menu, s: BriefStory): void {
  expect(menu.action_id).toBe(ACTIONS.storyMenu);
  expect(menu.options.length).toBeGreaterThanOrEqual(2);
  expect(menu.options.length).toBeLessThanOrEqual(5);
  for (const option of menu.options) {
    expect(option.text.text.length).toBeLessThanOrEqual(75);
    expect(option.value.length).toBeLessThanOrEqual(150);
    expect(option.text.text).not.toMatch(/[<>&]|<!/);
    expect(option.value).not.toMatch(/[<>&@]/);
  }
  const [hide, ...mutes] = menu.options.map((o) => parseFeedbackValue(o.value));
  expect(menu.options[0]?.text.text).toBe('Not relevant');
  expect(hide).toEqual({ action: 'hide', articleIds: s.articles.map((a) => a.id) });
  // The long Arabic name does not fit an option's value: it is muted by command instead.
  expect(mutes).toEqual(['<!channel> & Co', 'Harbour Daily', 'Coast Wire', 'Desert Post'].map((source) => ({ action: 'mute', source })));
  expect(menu.options[1]?.text.text).toBe('Mute ‹!channel› ＆ Co here');
}

describe('story menus', () => {
  it('puts a menu on every story of a long brief without adding blocks', () => {
    const stories = Array.from({ length: 24 }, (_, i) => story(i));
    const brief = parseBrief({ ...briefFrame('en'), sections: [{ topic: libya, stories, count: 24, previousCount: 0, change: 24 }], topActors: [], topCountries: [], stats: { articles: 192, stories: 24, sources: 8, languages: { en: 192 } } });
    const messages = renderBriefBlocks(brief);
    for (const message of messages) expect(message.blocks.length).toBeLessThanOrEqual(50);
    const all = messages.flatMap((m) => menus(m.blocks));
    expect(all).toHaveLength(24);
    all.forEach((menu, i) => expectGoodMenu(menu, stories[i]!));
  });

  it('puts a menu on every story of a topic card', () => {
    const stories = Array.from({ length: 5 }, (_, i) => story(i));
    const [card] = renderResult({ kind: 'topic', card: { topic: libya, period: { from: '2026-11-16', to: '2026-11-22' }, count: 5, previousCount: 2, change: 3, stories, actors: [], countries: [], latest: null }, following: null, channelFollowing: null });
    expect(card!.blocks.length).toBeLessThanOrEqual(50);
    const found = menus(card!.blocks);
    expect(found).toHaveLength(5);
    found.forEach((menu, i) => expectGoodMenu(menu, stories[i]!));
  });

  it('rejects values it did not write', () => {
    for (const value of [undefined, '', 'hide:', 'hide:a b', `hide:${Array.from({ length: 12 }, (_, i) => `id${i}`).join(',')}`, 'mute:', 'drop:abc', '{"topic":"x"}']) {
      expect(parseFeedbackValue(value), String(value)).toBeNull();
    }
    expect(parseFeedbackValue(feedbackValue({ action: 'unmute', source: 'أخبار المثال' }))).toEqual({ action: 'unmute', source: 'أخبار المثال' });
  });
});

describe('feedback confirmations', () => {
  const ids = ['0001abcdef00', '0001abcdef01'];
  const undoOf = (blocks: readonly object[]) => blocks.flatMap((b) => ('elements' in b ? (b.elements as Array<{ action_id?: string; value?: string }>) : [])).find((e) => e.action_id === ACTIONS.undoFeedback);

  it('confirms Not relevant for the channel naming the story (escaped), with an Undo that brings it back', () => {
    const title = 'Boats <!channel> & *turn back*';
    const [reply] = renderResult({ kind: 'feedback', action: 'hide', target: 'channel', changed: true, articleIds: ids, source: null, title, lang: 'en' });
    expect(reply!.text).toBe("Hidden: Boats &lt;!channel&gt; &amp; ∗turn back∗ — not shown in this channel's briefs again.");
    expect(JSON.stringify(reply)).not.toContain('<!channel>');
    expect(parseFeedbackValue(undoOf(reply!.blocks)?.value)).toEqual({ action: 'unhide', articleIds: ids });
    const [undone] = renderResult({ kind: 'feedback', action: 'unhide', target: 'channel', changed: true, articleIds: ids, source: null, title: 'Boats turn back', lang: 'en' });
    expect(undone!.text).toBe("Shown again: Boats turn back — back in this channel's briefs.");
    expect(undoOf(undone!.blocks)).toBeUndefined();
  });

  it('offers no Undo when the hidden story has no article left to bring back (its button could not be read back)', () => {
    const [reply] = renderResult({ kind: 'feedback', action: 'hide', target: 'user', changed: true, articleIds: [], source: null, title: null, lang: 'en' });
    expect(undoOf(reply!.blocks)).toBeUndefined();
  });

  it('says it in Arabic for a person who chose Arabic, Undo included', () => {
    const [reply] = renderResult({ kind: 'feedback', action: 'hide', target: 'user', changed: true, articleIds: ids, source: null, title: 'عودة القوارب', lang: 'ar' });
    // An Arabic answer opens each line with a right-to-left mark.
    expect(reply!.text).toBe('\u200fأُخفيت: عودة القوارب — لن تظهر بعد الآن في موجزاتك.');
    expect(undoOf(reply!.blocks)).toMatchObject({ text: { text: 'تراجع' } });
  });

  it('confirms Share in channel with the channel, as Slack draws a channel id', () => {
    const topic = { id: 'country:EG', kind: 'country' as const, name: 'Egypt' };
    const [shared] = renderResult({ kind: 'shared', topic, direct: false, channelId: 'C0MIGRATION', channelName: 'migration-desk', lang: 'en' });
    expect(shared!.text).toBe('Shared Egypt in <#C0MIGRATION>.');
    const [elsewhere] = renderResult({ kind: 'shared', topic, direct: false, channelId: 'not-a-slack-id', channelName: '#desk*', lang: 'en' });
    expect(elsewhere!.text).toBe('Shared Egypt in #desk∗.');
  });

  it('confirms a muted outlet for the person, escaped, with an Undo that unmutes it', () => {
    const [reply] = renderResult({ kind: 'feedback', action: 'mute', target: 'user', changed: true, articleIds: [], source: '<!here> Wire', title: null, lang: 'en' });
    expect(JSON.stringify(reply)).not.toContain('<!here>');
    expect(reply!.text).toContain('is now muted in your briefs and alerts');
    expect(parseFeedbackValue(undoOf(reply!.blocks)?.value)).toEqual({ action: 'unmute', source: '<!here> Wire' });
  });

  it('lists hidden stories with Show again and muted outlets with Unmute, and the quiet hours', () => {
    const settings = { language: 'en' as const, day: 'monday', time: '08:00', timeZone: 'Africa/Cairo', threads: false, quietStart: '22:00', quietEnd: '07:00' };
    const hidden = [{ articleIds: ids, title: 'Boats <b>turn</b> back' }, { articleIds: ['0001abcdef09'], title: null }];
    const [list] = renderResult({ kind: 'list', personal: [], channel: [], settings, muted: { target: 'channel', sources: ['Coast Wire', 'Harbour Daily'] }, hidden });
    const json = JSON.stringify(list);
    expect(json).toContain("*Hidden stories — left out of this channel's briefs*");
    expect(json).toContain('Boats &lt;b&gt;turn&lt;/b&gt; back');
    expect(json).toContain('_A story whose articles are no longer stored_');
    expect(json).toContain("*Muted outlets — left out of this channel's briefs and alerts*");
    const showAgain = list!.blocks.flatMap((b) => ('accessory' in b ? [b.accessory as { action_id: string; value: string; text: { text: string } }] : [])).filter((a) => a.action_id === ACTIONS.showAgain);
    expect(showAgain.map((a) => [a.text.text, parseFeedbackValue(a.value)])).toEqual([
      ['Show again', { action: 'unhide', articleIds: ids }],
      ['Show again', { action: 'unhide', articleIds: ['0001abcdef09'] }],
    ]);
    expect(json).toContain('Quiet hours 22:00–07:00 (Africa/Cairo)');
    const unmutes = list!.blocks.flatMap((b) => ('accessory' in b ? [b.accessory as { action_id: string; value: string }] : [])).filter((a) => a.action_id === ACTIONS.unmute);
    expect(unmutes.map((a) => parseFeedbackValue(a.value))).toEqual([{ action: 'unmute', source: 'Coast Wire' }, { action: 'unmute', source: 'Harbour Daily' }]);
  });

  it('lists them in Arabic for a person who chose Arabic: headings and buttons', () => {
    const settings = { language: 'ar' as const, day: 'monday', time: '08:00', timeZone: 'UTC', threads: false, quietStart: null, quietEnd: null };
    const [list] = renderResult({ kind: 'list', personal: [], channel: null, settings, muted: { target: 'user', sources: ['Coast Wire'] }, hidden: [{ articleIds: ids, title: 'عودة القوارب' }], lang: 'ar' });
    const json = JSON.stringify(list);
    expect(json).toContain('*القصص المخفية من موجزاتك*');
    expect(json).toContain('*وسائل الإعلام المكتومة في موجزاتك وفي التنبيهات*');
    const labels = list!.blocks.flatMap((b) => ('accessory' in b ? [(b.accessory as { text: { text: string } }).text.text] : []));
    expect(labels).toEqual(['إظهار مجددًا', 'إلغاء الكتم']);
  });
});

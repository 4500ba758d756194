/**
 * The brief as Adaptive Cards: every card read by Microsoft's own parser without a complaint, hostile
 * article text left inert, Arabic briefs right-to-left, and a 100-topic brief split into messages
 * under the byte cap without losing a topic or a story.
 */
import { describe, expect, it } from 'vitest';
import { uiText } from '../../../src/i18n/interface-text.js';
import { labelsFor } from '../../../digests/brief/labels.js';
import { renderBriefCards } from '../../../adapters/teams/cards/brief-cards.js';
import { parseCardAction } from '../../../adapters/teams/cards/actions.js';
import type { TeamsMessage } from '../../../adapters/teams/cards/adaptive-card.js';
import { collectData, shownTexts, strings } from './card-json.js';
import { InvalidInput } from '../../../src/errors.js';
import { parseCardStrictly } from '../../support/adaptive-cards.js';
import { arabicBrief, englishBrief, hostileBrief, hugeBrief } from './fixtures.js';

function expectValid(messages: readonly TeamsMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) expect(parseCardStrictly(message.card)).toEqual([]);
}

describe('Teams brief cards', () => {
  it('the parser check itself catches unknown elements and properties and a newer version', () => {
    expect(parseCardStrictly({ type: 'AdaptiveCard', version: '1.6', body: [{ type: 'TextBlock', text: 'x', colour: 'red' }, { type: 'Carousel' }] })).toEqual([
      'Unknown element type "Carousel". Fallback will be used if present.',
      'card version 1.6 is above 1.5',
      'unknown property $.body[0].colour',
      'unknown property $.body[1]',
    ]);
  });

  it('renders an English brief the official parser accepts, with the stories linked and Follow buttons', () => {
    const messages = renderBriefCards(englishBrief());
    expectValid(messages);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.card.rtl).toBeUndefined();
    expect(message?.card.version).toBe('1.5');
    const shown = shownTexts(messages).join('\n');
    expect(shown).toContain('Weekly migration brief');
    expect(shown).toContain('Egypt — 4 stories · ▲ 3 vs last week');
    expect(shown).toContain('Nothing new on Khartoum Process this week');
    expect(shown).toContain('Reported by: Example Wire, صحيفة المثال');
    expect(shown).toContain('Undated');
    const urls = strings(message?.card).filter(([path]) => path.endsWith('.url')).map(([, url]) => url);
    expect(urls).toEqual(['https://wire.example.net/returns?id=3&x=1']); // the file: story has no link
    const follows = strings(message?.card).filter(([path]) => path.endsWith('.data.mawjaz')).length;
    expect(follows).toBeGreaterThan(0);
  });

  it('lays an Arabic brief out right to left with Arabic labels', () => {
    const messages = renderBriefCards(arabicBrief());
    expectValid(messages);
    const l = labelsFor('ar');
    for (const m of messages) expect(m.card.rtl).toBe(true);
    const shown = shownTexts(messages).join('\n');
    expect(shown).toContain(l.title);
    expect(shown).toContain('مصر');
    // The follow menu speaks Arabic too, and unfolds right to left: each row names the entity beside a short «متابعة».
    const menu = strings(messages).filter(([path]) => path.endsWith('.card.rtl') || path.endsWith('.tooltip')).map(([, v]) => v);
    expect(shown).toContain(uiText('ar').followMenuOpen);
    expect(menu).toContain(uiText('ar').followTopic('مصر'));
    expect(strings(messages).some(([path, v]) => path.endsWith('.title') && v === 'متابعة')).toBe(true);
    expect(JSON.stringify(messages)).toMatch(/"Action\.ShowCard".*"card":\{"type":"AdaptiveCard","rtl":true/);
    expect(shown).not.toContain('Weekly migration brief');
  });

  it('keeps hostile article text inert: no Markdown, no card function, no bidi or control characters, no unsafe link', () => {
    const messages = renderBriefCards(hostileBrief());
    expectValid(messages);
    for (const text of shownTexts(messages)) {
      expect(text).not.toMatch(/[*_~`[\]#\\]/);
      expect(text).not.toMatch(/\{\{/);
      expect(text).not.toMatch(/^\s*(?:[-+>]|\d+[.)])\s/);
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
    const urls = messages.flatMap((m) => strings(m.card).filter(([path]) => path.endsWith('.url')).map(([, url]) => url));
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
    expect(urls.join(' ')).not.toContain('file:');
    // Still readable: the words are there, only the markup characters changed.
    expect(shownTexts(messages).join(' ')).toContain('Click here');
  });

  it('splits a 100-topic brief into messages under the byte cap, every topic and story kept, in order', () => {
    for (const lang of ['en', 'ar'] as const) {
      const brief = hugeBrief(lang);
      const messages = renderBriefCards(brief);
      expect(messages.length).toBeGreaterThan(3);
      expectValid(messages);
      for (const m of messages) expect(Buffer.byteLength(JSON.stringify(m.card))).toBeLessThanOrEqual(80_000);
      const l = labelsFor(lang);
      messages.slice(1).forEach((m, i) => expect(strings(m.card.body[0]).map(([, s]) => s)).toContain(`${l.title} (${i + 2}/${messages.length})`));
      const shown = shownTexts(messages).join('\n');
      let at = 0;
      for (const part of brief.sections) {
        for (const story of part.stories) {
          const headline = story.headline.slice(0, 20);
          const next = shown.indexOf(headline, at);
          expect(next, `${story.id} is missing or out of order`).toBeGreaterThan(-1);
          at = next;
        }
      }
      const hidden = messages.flatMap((m) => strings(m.card).filter(([path]) => path.endsWith('.data.mawjaz')).map(([, v]) => v)).filter((v) => v === 'hide');
      expect(hidden).toHaveLength(300);
    }
  });

  it('honours a smaller cap and refuses one outside 20–80 KB', () => {
    const messages = renderBriefCards(hugeBrief(), { maxBytes: 20_000 });
    for (const m of messages) expect(Buffer.byteLength(JSON.stringify(m.card))).toBeLessThanOrEqual(20_000);
    expect(() => renderBriefCards(englishBrief(), { maxBytes: 100_000 })).toThrow(InvalidInput);
    expect(() => renderBriefCards(englishBrief(), { maxBytes: 5_000 })).toThrow(/maxBytes must be a whole number from 20000 to 80000, got 5000/);
  });

  it('gives buttons data that parses back', () => {
    const values = renderBriefCards(englishBrief()).flatMap((m) => collectData(m.card));
    for (const value of values) expect(parseCardAction(value)).toEqual(value);
    expect(values).toContainEqual({ mawjaz: 'follow', topic: 'country:EG', view: 'confirm' });
    expect(values).toContainEqual({ mawjaz: 'hide', articleIds: ['a1', 'a2'] });
  });
});

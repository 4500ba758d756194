/**
 * The brief as Slack Block Kit: hostile article text proved inert (no live mention, link or markup
 * anywhere in the JSON), Block Kit limits held on a large brief split over several messages, Arabic
 * briefs right-to-left with Arabic labels, and one English and one Arabic brief kept as file snapshots.
 * (No `@slack/*` import here: test/boundary.test.ts keeps the SDK inside adapters/slack/.)
 */
import { describe, expect, it } from 'vitest';
import { briefFrame } from '../../support/briefs.js';
import { InvalidInput } from '../../../src/errors.js';
import { parseBrief, type Brief, type BriefEntity, type BriefStory } from '../../../digests/brief/brief-model.js';
import { label, labelsFor } from '../../../digests/brief/labels.js';
import { renderBriefBlocks, type SlackMessage } from '../../../adapters/slack/blocks/brief-blocks.js';
import { escapeMrkdwn, link, plainText, safeSlackUrl } from '../../../adapters/slack/blocks/mrkdwn.js';

const RLM = '\u200F';

const libya: BriefEntity = { id: 'country:LY', kind: 'country', name: 'Libya', nameAr: 'ليبيا', code: 'LY' };
const tunisia: BriefEntity = { id: 'country:TN', kind: 'country', name: 'Tunisia', nameAr: 'تونس', code: 'TN' };
const unhcr: BriefEntity = { id: 'org:unhcr', kind: 'organisation', name: 'UNHCR', nameAr: 'المفوضية' };
const rabat: BriefEntity = { id: 'process:rabat', kind: 'process', name: 'Rabat Process', nameAr: 'عملية الرباط' };
const smuggling: BriefEntity = { id: 'theme:smuggling', kind: 'theme', name: 'Migrant smuggling', nameAr: 'تهريب المهاجرين' };
// No Arabic name: an Arabic brief shows the English one.
const resettlement: BriefEntity = { id: 'theme:resettlement', kind: 'theme', name: 'Resettlement' };

const sfaxBoats: BriefStory = {
  id: 'story-sfax',
  headline: 'Tunisian coast guard stops boats leaving Sfax',
  summary: 'Coast guard units stopped four boats off Sfax on Tuesday, the interior ministry said; about 150 people were on board.',
  published: '2026-11-17T08:00:00Z',
  undated: false,
  articles: [
    { id: 'b1', title: 'Boats stopped off Sfax', url: 'https://news.example.org/sfax?id=7&lang=en', source: 'Example News', lang: 'en' },
    { id: 'b2', title: 'إيقاف قوارب قبالة صفاقس', url: 'https://akhbar.example.com/5521', source: 'أخبار المثال', lang: 'ar' },
    { id: 'b3', title: 'Saved copy', url: 'file:///srv/mawjaz/saved/sfax.md', source: null, lang: 'en' },
  ],
  sources: ['Example News', 'أخبار المثال'],
  languages: ['en', 'ar'],
  countries: [tunisia, libya],
  actors: [unhcr],
};

const resettlementModel: BriefStory = {
  id: 'story-resettlement',
  headline: 'UNHCR appeals for more resettlement places from Libya',
  summary: 'UNHCR asked states to offer more resettlement places for refugees held in Libya, citing long waits.',
  summaryBy: 'model',
  published: null,
  undated: true,
  articles: [{ id: 'b4', title: 'Resettlement appeal', url: 'file:///srv/mawjaz/saved/appeal.md', source: null, lang: 'en' }],
  sources: [],
  languages: ['en'],
  countries: [libya],
  actors: [unhcr],
};

function englishBrief(): Brief {
  return parseBrief({
    ...briefFrame(),
    sections: [
      { topic: smuggling, stories: [sfaxBoats], count: 3, previousCount: 1, change: 2 },
      { topic: rabat, stories: [], count: 0, previousCount: 2, change: -2 },
      { topic: resettlement, stories: [resettlementModel], count: 1, previousCount: 1, change: 0 },
    ],
    topActors: [{ ...unhcr, count: 2 }],
    topCountries: [
      { ...libya, count: 2 },
      { ...tunisia, count: 1 },
    ],
    stats: { articles: 4, stories: 2, sources: 2, languages: { en: 3, ar: 1 } },
  });
}

function arabicBrief(): Brief {
  return parseBrief({
    ...englishBrief(),
    lang: 'ar',
    direction: 'rtl',
    sections: [
      {
        topic: smuggling,
        stories: [{ ...sfaxBoats, headline: 'خفر السواحل التونسي يوقف قوارب انطلقت من صفاقس', summary: 'أوقفت وحدات خفر السواحل أربعة قوارب قبالة صفاقس.' }],
        count: 3,
        previousCount: 1,
        change: 2,
      },
      { topic: rabat, stories: [], count: 0, previousCount: 2, change: -2 },
      { topic: resettlement, stories: [resettlementModel], count: 1, previousCount: 1, change: 0 },
    ],
  });
}

const HOSTILE = {
  channel: '<!channel> everyone read this',
  everyone: '<!everyone>',
  user: '<@U123>',
  link: '<https://evil.example|Click here>',
  entity: '&lt;!here&gt; &amp;lt;!channel&amp;gt;',
  rtl: '\u202Egnp.exe\u202C safe \u2066text\u2069',
  bold: '*bold* _it_ ~strike~ `code` ```block```',
  bare: '@channel @here @everyone #general',
};

function hostileBrief(): Brief {
  const evil: BriefEntity = { id: 'org:evil', kind: 'organisation', name: HOSTILE.user, nameAr: HOSTILE.everyone };
  const story: BriefStory = {
    id: 'story-hostile',
    headline: `${HOSTILE.channel} ${HOSTILE.bold}`,
    summary: `${HOSTILE.link} ${HOSTILE.entity} ${HOSTILE.rtl} ${HOSTILE.bare} ${'x&<>'.repeat(2500)}`,
    summaryBy: 'model',
    published: '2026-11-18T10:00:00Z',
    undated: false,
    articles: [
      { id: 'h1', title: HOSTILE.link, url: 'https://evil.example/a|b><!channel>?q=1&x=<@U1> y', source: HOSTILE.everyone, lang: 'en' },
      { id: 'h2', title: HOSTILE.bold, url: 'file:///etc/passwd', source: HOSTILE.user, lang: 'en' },
    ],
    sources: [HOSTILE.everyone, HOSTILE.entity, HOSTILE.rtl],
    languages: ['en', '<!here>'],
    countries: [{ id: 'country:XX', kind: 'country', name: HOSTILE.channel }],
    actors: [evil],
  };
  return parseBrief({
    ...englishBrief(),
    sections: [{ topic: { ...evil, id: 'topic:evil' }, stories: [story], count: 1, previousCount: 0, change: 1 }],
    otherStories: [
      { ...sfaxBoats, id: 'story-long', summary: 'A'.repeat(10_240), headline: HOSTILE.rtl.repeat(40) },
    ],
    topActors: [{ ...evil, count: 1 }],
    topCountries: [{ id: 'country:YY', kind: 'country', name: HOSTILE.link, count: 1 }],
    stats: { articles: 2, stories: 2, sources: 2, languages: { en: 2, '<!here>': 1 } },
  });
}

/** Every string anywhere in the messages, with its JSON path. */
function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const OUR_LINK = /<(https?:\/\/[^|<>\s]+)\|([^<>]*)>/g;

/** Fails on any control sequence in the output other than a link to one of the brief's article URLs. */
function expectInert(messages: SlackMessage[], brief: Brief): void {
  const stories = [...brief.sections.flatMap((s) => s.stories), ...(brief.otherStories ?? [])];
  const allowed = new Set(stories.flatMap((s) => s.articles.map((a) => safeSlackUrl(a.url))).filter((u) => u !== null));
  for (const [path, text] of strings(messages)) {
    expect(text, path).not.toMatch(/<[!@#]/);
    expect(text, path).not.toMatch(/@(channel|here|everyone)\b/i);
    expect(text, path).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const withoutOurLinks = text.replace(OUR_LINK, (_, url: string, labelText: string) => {
      expect(allowed, `${path}: link to ${url}`).toContain(url);
      return labelText;
    });
    expect(withoutOurLinks, path).not.toMatch(/[<>]/);
    // Every & starts one of the three entities Slack decodes, so nothing decodes into something new.
    expect(withoutOurLinks.replace(/&(amp|lt|gt);/g, ''), path).not.toContain('&');
  }
}

interface TextObject {
  type: string;
  text: string;
}

/** Block Kit's limits, checked on every message (our maxBlocks included). */
function expectWithinLimits(messages: SlackMessage[], maxBlocks = 50): void {
  for (const [m, message] of messages.entries()) {
    expect(message.blocks.length, `message ${m}`).toBeLessThanOrEqual(maxBlocks);
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    for (const block of message.blocks) {
      const json = JSON.parse(JSON.stringify(block)) as { type: string; text?: TextObject; elements?: TextObject[] };
      if (json.type === 'header') {
        expect(json.text?.type).toBe('plain_text');
        expect(json.text?.text.length).toBeLessThanOrEqual(150);
      }
      if (json.type === 'section') {
        expect(json.text?.text.length).toBeGreaterThan(0);
        expect(json.text?.text.length).toBeLessThanOrEqual(3000);
      }
      if (json.type === 'context') {
        const elements = json.elements ?? [];
        expect(elements.length).toBeGreaterThan(0);
        expect(elements.length).toBeLessThanOrEqual(10);
        for (const e of elements) {
          expect(e.text.length).toBeGreaterThan(0);
          expect(e.text.length).toBeLessThanOrEqual(2000);
        }
      }
    }
  }
}

/** All text objects' text, in order, per message. */
function texts(message: SlackMessage): string[] {
  return strings(message.blocks)
    .filter(([path]) => path.endsWith('.text'))
    .map(([, text]) => text);
}

function story(i: number, j: number): BriefStory {
  return {
    ...sfaxBoats,
    id: `story-${i}-${j}`,
    headline: `Headline ${i}.${j}`,
    summary: `Summary of story ${i}.${j}. `.repeat(20),
    articles: [{ id: `a-${i}-${j}`, title: `Article ${i}.${j}`, url: `https://news.example.org/${i}/${j}`, source: 'Example News', lang: 'en' }],
  };
}

function bigBrief(): Brief {
  const sections = Array.from({ length: 12 }, (_, i) => ({
    topic: { id: `theme:t${i}`, kind: 'theme' as const, name: `Topic ${i}` },
    stories: Array.from({ length: 8 }, (_, j) => story(i, j)),
    count: 8,
    previousCount: 8,
    change: 0,
  }));
  return parseBrief({ ...englishBrief(), sections, stats: { articles: 96, stories: 96, sources: 1, languages: { en: 96 } } });
}

describe('escapeMrkdwn', () => {
  it('escapes & < > after stripping bidi controls and collapsing whitespace', () => {
    expect(escapeMrkdwn('  a\u202E & <b>\n\t c  ')).toBe('a &amp; &lt;b&gt; c');
  });

  it('never lets a mention, a link or an already-escaped entity become live', () => {
    expect(escapeMrkdwn('<!channel>')).toBe('&lt;!channel&gt;');
    expect(escapeMrkdwn('<!here|x>')).toBe('&lt;!here|x&gt;');
    expect(escapeMrkdwn('<https://evil.example|Click>')).toBe('&lt;https://evil.example|Click&gt;');
    expect(escapeMrkdwn('&lt;!channel&gt;')).toBe('&amp;lt;!channel&amp;gt;');
    expect(escapeMrkdwn('<@U123> <#C123>')).toBe('&lt;@U123&gt; &lt;#C123&gt;');
  });

  it('replaces emphasis and code characters with look-alikes Slack does not parse', () => {
    expect(escapeMrkdwn('*bold* _it_ ~s~ `c`')).toBe('∗bold∗ ＿it＿ ∼s∼ ˋcˋ');
    expect(escapeMrkdwn('~200 people')).toBe('∼200 people');
  });

  it('defuses bare broadcast words but leaves e-mail-like text alone', () => {
    expect(escapeMrkdwn('@channel @Here @everyone! @channels')).toBe('＠channel ＠Here ＠everyone! @channels');
  });

  it('truncates on code points, never inside an entity, within the escaped length', () => {
    expect(escapeMrkdwn('abcdef', 4)).toBe('abc…');
    expect(escapeMrkdwn('ab&cd', 5)).toBe('ab…');
    expect(escapeMrkdwn('😀😀😀', 4)).toBe('😀…');
    expect(escapeMrkdwn('x&'.repeat(1000), 100).length).toBeLessThanOrEqual(100);
  });
});

describe('safeSlackUrl and link', () => {
  it('links http(s) only: file:, javascript: and data: URLs are not links in Slack', () => {
    expect(safeSlackUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeSlackUrl('file:///srv/mawjaz/saved/x.md')).toBeNull();
    expect(safeSlackUrl('javascript:alert(1)')).toBeNull();
    expect(safeSlackUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeSlackUrl('not a url')).toBeNull();
    expect(safeSlackUrl(`https://example.org/${'a'.repeat(2000)}`)).toBeNull();
  });

  it('percent-encodes what could end the link and entity-escapes &', () => {
    expect(safeSlackUrl('https://e.example/a|b><!channel>?q=1&x=2 y')).toBe('https://e.example/a%7Cb%3E%3C!channel%3E?q=1&amp;x=2%20y');
  });

  it('escapes the label, and falls back to the label alone', () => {
    expect(link('<!here> *now*', 'https://e.example/')).toBe('<https://e.example/|&lt;!here&gt; ∗now∗>');
    expect(link('<!here>', 'file:///x')).toBe('&lt;!here&gt;');
    expect(plainText(' a\u202E  b ', 10)).toBe('a b');
  });
});

describe('renderBriefBlocks', () => {
  it('lays out an English brief: header, period and overview, sections, stories, most mentioned', () => {
    const [message, ...rest] = renderBriefBlocks(englishBrief());
    expect(rest).toEqual([]);
    const l = labelsFor('en');
    expect(message?.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: l.title } });
    const all = texts(message!);
    expect(all[1]).toBe('*16 November 2026 – 22 November 2026*');
    expect(all[2]).toBe('2 stories from 4 articles in 2 sources · Languages: English 3, Arabic 1');
    expect(all).toContain('*Migrant smuggling* — 3 stories · ▲ 2 vs last week');
    expect(all).toContain(`_${l.moreStories(2)}_`);
    expect(all).toContain(`*Rabat Process* — ${l.stories(0)} · ▼ 2 vs last week\n_${l.nothingNew('Rabat Process')}_`);
    expect(all).toContain('*<https://news.example.org/sfax?id=7&amp;lang=en|Tunisian coast guard stops boats leaving Sfax>*\nCoast guard units stopped four boats off Sfax on Tuesday, the interior ministry said; about 150 people were on board.');
    expect(all).toContain('Also reported: <https://akhbar.example.com/5521|إيقاف قوارب قبالة صفاقس> — أخبار المثال, Saved copy');
    expect(all).toContain(`*${l.undated}* — ${l.undatedHint}`);
    expect(all.at(-1)).toBe('*Most mentioned*\nCountries: Libya (2), Tunisia (1)\nActors: UNHCR (2)');
    expect(message?.blocks.filter((b) => b.type === 'divider')).toHaveLength(3);
    expect(message?.text).toBe(`${l.title} — 16 November 2026 – 22 November 2026 — 2 stories from 4 articles in 2 sources — Migrant smuggling, Rabat Process, Resettlement`);
  });

  it('flags model-written summaries, and links nothing for file: articles', () => {
    const all = texts(renderBriefBlocks(englishBrief())[0]!);
    const model = all.find((t) => t.startsWith('*UNHCR appeals'));
    expect(model).toBe(`*UNHCR appeals for more resettlement places from Libya*\n${resettlementModel.summary}\n_${label('en', 'modelSummary')}_`);
    const extract = all.find((t) => t.startsWith('*<https://news.example.org/sfax'));
    expect(extract).not.toContain(label('en', 'modelSummary'));
  });

  it('sets verbatim on every mrkdwn object so Slack parses no names or URLs in article text', () => {
    const objects = strings(renderBriefBlocks(hostileBrief())).filter(([path, v]) => path.endsWith('.type') && v === 'mrkdwn');
    expect(objects.length).toBeGreaterThan(5);
    for (const message of renderBriefBlocks(englishBrief())) {
      const json = JSON.stringify(message.blocks);
      expect(json.match(/"type":"mrkdwn"/g)?.length).toBe(json.match(/"verbatim":true/g)?.length);
    }
  });

  it('has an inertness check that catches live mentions, foreign links, raw brackets and stray entities', () => {
    const brief = englishBrief();
    const leak = (text: string): SlackMessage[] => [{ text: 'ok', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] }];
    for (const bad of ['<!channel>', 'a <@U1> b', '<https://evil.example|x>', 'a > b', '&lt;!here&gt', '@here']) {
      expect(() => expectInert(leak(bad), brief), bad).toThrow();
    }
    expect(() => expectInert(leak('*<https://news.example.org/sfax?id=7&amp;lang=en|ok>* &lt;x&gt;'), brief)).not.toThrow();
  });

  it('renders hostile article text inert everywhere, fallback text included', () => {
    const brief = hostileBrief();
    const messages = renderBriefBlocks(brief);
    expectInert(messages, brief);
    expectWithinLimits(messages);
    const all = messages.flatMap(texts).join('\n');
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('&amp;lt;!here&amp;gt;');
    expect(all).toContain('∗bold∗ ＿it＿ ∼strike∼ ˋcodeˋ');
    expect(all).toContain('*<https://evil.example/a%7Cb%3E%3C!channel%3E?q=1&amp;x=%3C@U1%3E%20y|&lt;!channel&gt; everyone read this ∗bold∗');
    // The file: article keeps its title, unlinked; the 10 KB summary is cut within the section limit.
    expect(all).toContain('∗bold∗ ＿it＿ ∼strike∼ ˋcodeˋ ˋˋˋblockˋˋˋ — &lt;@U123&gt;');
    expect(all).toContain(`${'A'.repeat(100)}…`);
  });

  it('renders hostile text inert in an Arabic brief too', () => {
    const brief = parseBrief({ ...hostileBrief(), lang: 'ar', direction: 'rtl' });
    const messages = renderBriefBlocks(brief, { maxBlocks: 5 });
    expectInert(messages, brief);
    expectWithinLimits(messages, 5);
  });

  it('splits a long brief into messages within every Block Kit limit, never splitting a story', () => {
    const brief = bigBrief();
    const messages = renderBriefBlocks(brief);
    expect(messages.length).toBeGreaterThan(4);
    expectWithinLimits(messages);
    expectInert(messages, brief);
    const l = labelsFor('en');
    const headlines: string[] = [];
    for (const [m, message] of messages.entries()) {
      if (m > 0) expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `${l.title} (${m + 1}/${messages.length})`, verbatim: true }] });
      expect(message.text.startsWith(m === 0 ? l.title : `${l.title} (${m + 1}/${messages.length}) — Topic `)).toBe(true);
      message.blocks.forEach((block, b) => {
        if (block.type !== 'section' || !block.text?.text.startsWith('*<')) return;
        headlines.push(/\|(Headline [\d.]+)>/.exec(block.text.text)?.[1] ?? '?');
        expect(message.blocks[b + 1]?.type, `story ${headlines.at(-1)} keeps its context`).toBe('context');
      });
      // A continued topic repeats its heading right under the marker.
      if (m > 0) expect(message.blocks[1]?.type).toBe('section');
      if (m > 0) expect(JSON.stringify(message.blocks[1])).toMatch(/\*Topic \d+\* — 8 stories/);
    }
    expect(headlines).toEqual(brief.sections.flatMap((s) => s.stories.map((st) => st.headline)));
  });

  it('honours a smaller maxBlocks and rejects one Block Kit cannot take', () => {
    const messages = renderBriefBlocks(bigBrief(), { maxBlocks: 5 });
    expectWithinLimits(messages, 5);
    expect(messages.length).toBeGreaterThan(40);
    expect(() => renderBriefBlocks(englishBrief(), { maxBlocks: 4 })).toThrow(InvalidInput);
    expect(() => renderBriefBlocks(englishBrief(), { maxBlocks: 51 })).toThrow(InvalidInput);
    expect(() => renderBriefBlocks(englishBrief(), { maxBlocks: 7.5 })).toThrow(/maxBlocks/);
  });

  it('renders an Arabic brief right-to-left, with Arabic labels and names', () => {
    const messages = renderBriefBlocks(arabicBrief());
    const l = labelsFor('ar');
    expectWithinLimits(messages);
    for (const message of messages) {
      expect(message.text.startsWith(RLM)).toBe(true);
      for (const text of texts(message)) {
        for (const line of text.split('\n')) expect(line.startsWith(RLM), line).toBe(true);
      }
    }
    const all = messages.flatMap(texts).map((t) => t.replaceAll(RLM, '')).join('\n');
    expect(texts(messages[0]!)[0]).toBe(`${RLM}${l.title}`);
    expect(all).toContain(`*تهريب المهاجرين* — ${l.stories(3)} · ${l.change(2)}`);
    expect(all).toContain(`_${l.nothingNew('عملية الرباط')}_`);
    expect(all).toContain(`_${l.modelSummary}_`);
    expect(all).toContain(`${l.countries}: تونس${l.listSeparator}ليبيا`);
    expect(all).toContain(`*${l.mostMentioned}*`);
    expect(all).toContain('*Resettlement*');
    expect(all).toContain('17 نوفمبر 2026');
    expect(all).not.toContain('Most mentioned');
  });

  it('matches the English and Arabic snapshots', async () => {
    // The RLM is written as the JSON escape \u200f so a reviewer can see it in the diff.
    const json = (messages: SlackMessage[]): string => JSON.stringify(messages, null, 2).replaceAll(RLM, '\\u200f');
    await expect(json(renderBriefBlocks(englishBrief()))).toMatchFileSnapshot('./__snapshots__/brief-blocks.en.json');
    await expect(json(renderBriefBlocks(arabicBrief()))).toMatchFileSnapshot('./__snapshots__/brief-blocks.ar.json');
  });
});

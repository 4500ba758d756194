/**
 * The brief model and its Markdown renderer: hand-written English and Arabic briefs validated and
 * rendered to file snapshots (readable Markdown to review in a diff), schema errors named clearly,
 * and hostile article text proved inert in the rendered output.
 */
import { describe, expect, it } from 'vitest';
import { briefFrame } from '../support/briefs.js';
import { InvalidInput } from '../../src/errors.js';
import { parseBrief, type Brief, type BriefEntity, type BriefStory } from '../../digests/brief/brief-model.js';
import { entityName, formatDay, label } from '../../digests/brief/labels.js';
import { escapeMarkdown, renderBriefMarkdown, safeLinkUrl } from '../../digests/brief/render-markdown.js';

const egypt: BriefEntity = { id: 'country:EG', kind: 'country', name: 'Egypt', nameAr: 'مصر', code: 'EG' };
const libya: BriefEntity = { id: 'country:LY', kind: 'country', name: 'Libya', nameAr: 'ليبيا', code: 'LY' };
const sudan: BriefEntity = { id: 'country:SD', kind: 'country', name: 'Sudan', nameAr: 'السودان', code: 'SD' };
const italy: BriefEntity = { id: 'country:IT', kind: 'country', name: 'Italy', nameAr: 'إيطاليا', code: 'IT' };
const iom: BriefEntity = { id: 'org:iom', kind: 'organisation', name: 'IOM', nameAr: 'المنظمة الدولية للهجرة' };
const eu: BriefEntity = { id: 'org:eu', kind: 'organisation', name: 'European Union', nameAr: 'الاتحاد الأوروبي' };
const khartoum: BriefEntity = { id: 'process:khartoum', kind: 'process', name: 'Khartoum Process', nameAr: 'عملية الخرطوم' };
const trafficking: BriefEntity = { id: 'theme:trafficking', kind: 'theme', name: 'Human trafficking', nameAr: 'الاتجار بالبشر' };
// No Arabic name in the gazetteer: an Arabic brief falls back to the English one.
const returns: BriefEntity = { id: 'theme:returns', kind: 'theme', name: 'Voluntary returns' };

const cairoMeeting: BriefStory = {
  id: 'story-cairo',
  headline: 'Khartoum Process senior officials meet in Cairo on smuggling routes',
  summary:
    'Senior officials from Horn of Africa and European states met in Cairo to review joint investigations into smuggling networks moving people from Sudan towards Libya.',
  published: '2026-11-18T10:15:00Z',
  undated: false,
  articles: [
    { id: 'a1', title: 'Khartoum Process officials gather in Cairo', url: 'https://news.example.org/2026/11/18/khartoum-process-cairo', source: 'Example News', lang: 'en' },
    { id: 'a2', title: 'اجتماع عملية الخرطوم في القاهرة', url: 'https://akhbar.example.com/article/5521', source: 'أخبار المثال', lang: 'ar' },
    { id: 'a3', title: 'Cairo talks (day two)', url: 'https://wire.example.net/cairo talks (2)', source: null, lang: 'en' },
  ],
  sources: ['Example News', 'أخبار المثال'],
  languages: ['en', 'ar'],
  countries: [egypt, sudan, libya],
  actors: [eu],
};

const iomLibya: BriefStory = {
  id: 'story-iom-libya',
  headline: 'IOM counts more migrants intercepted off Libya',
  summary: 'The IOM says interceptions at sea rose in the first half of November; most of those returned were taken to detention centres near Tripoli.',
  published: '2026-11-20T07:00:00Z',
  undated: false,
  articles: [{ id: 'a4', title: 'IOM: interceptions off Libya rise', url: 'https://dtm.example.int/libya/update-58', source: 'Example Wire', lang: 'en' }],
  sources: ['Example Wire'],
  languages: ['en'],
  countries: [libya, italy],
  actors: [iom],
};

const undatedReturns: BriefStory = {
  id: 'story-returns',
  headline: 'Returns flight from Misrata announced',
  summary: 'A voluntary humanitarian return flight is planned, according to a statement posted without a date.',
  published: null,
  undated: true,
  articles: [{ id: 'a5', title: 'Return flight announced', url: 'file:///srv/mawjaz/saved/returns-flight.md', source: null, lang: 'en' }],
  sources: [],
  languages: ['en'],
  countries: [libya],
  actors: [iom],
};

function englishBrief(): Brief {
  return {
    ...briefFrame(),
    sections: [
      { topic: khartoum, stories: [cairoMeeting], count: 1, previousCount: 0, change: 1 },
      { topic: trafficking, stories: [], count: 0, previousCount: 2, change: -2 },
      { topic: returns, stories: [undatedReturns], count: 1, previousCount: 1, change: 0 },
    ],
    otherStories: [iomLibya],
    topActors: [
      { ...iom, count: 2 },
      { ...eu, count: 1 },
    ],
    topCountries: [
      { ...libya, count: 3 },
      { ...egypt, count: 1 },
    ],
    stats: { articles: 5, stories: 3, sources: 3, languages: { en: 4, ar: 1 } },
  };
}

function arabicBrief(): Brief {
  const cairoAr: BriefStory = {
    ...cairoMeeting,
    headline: 'كبار مسؤولي عملية الخرطوم يجتمعون في القاهرة لبحث طرق التهريب',
    summary: 'بحث المسؤولون في القاهرة التحقيقات المشتركة في شبكات تهريب المهاجرين من السودان إلى ليبيا.',
  };
  const iomAr: BriefStory = {
    ...iomLibya,
    headline: 'المنظمة الدولية للهجرة: ارتفاع عمليات اعتراض المهاجرين قبالة ليبيا',
    summary: 'قالت المنظمة إن عمليات الاعتراض في البحر ارتفعت خلال النصف الأول من نوفمبر.',
  };
  return {
    ...englishBrief(),
    lang: 'ar',
    direction: 'rtl',
    sections: [
      { topic: khartoum, stories: [cairoAr], count: 1, previousCount: 0, change: 1 },
      { topic: trafficking, stories: [], count: 0, previousCount: 2, change: -2 },
      { topic: returns, stories: [undatedReturns], count: 1, previousCount: 1, change: 0 },
    ],
    otherStories: [iomAr],
  };
}

function errorOf(value: unknown): string {
  try {
    parseBrief(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    return (error as InvalidInput).message;
  }
  throw new Error('expected parseBrief to throw');
}

describe('brief model', () => {
  it('accepts the hand-written English and Arabic briefs', () => {
    expect(parseBrief(englishBrief())).toEqual(englishBrief());
    expect(parseBrief(arabicBrief()).direction).toBe('rtl');
  });

  it('names a bad date', () => {
    const brief = { ...englishBrief(), period: { from: '2026-11-16', to: '22/11/2026' } };
    expect(errorOf(brief)).toMatchInlineSnapshot(`
      "invalid brief:
      ✖ expected a date as YYYY-MM-DD
        → at period.to"
    `);
    expect(errorOf({ ...englishBrief(), period: { from: '2026-02-30', to: '2026-03-05' } })).toContain('not a real calendar date');
  });

  it('rejects a javascript: URL', () => {
    const brief = englishBrief();
    const bad = { ...cairoMeeting, articles: [{ id: 'x', title: 'x', url: 'javascript:alert(1)', source: null, lang: 'en' }] };
    expect(errorOf({ ...brief, sections: [{ ...brief.sections[0], stories: [bad] }] })).toMatchInlineSnapshot(`
      "invalid brief:
      ✖ expected an absolute http(s) or file URL
        → at sections[0].stories[0].articles[0].url"
    `);
    for (const url of ['data:text/html,<script>alert(1)</script>', 'vbscript:x', ' JAVASCRIPT:alert(1)', '/relative/path']) {
      const story = { ...cairoMeeting, articles: [{ id: 'x', title: 'x', url, source: null, lang: 'en' }] };
      expect(() => parseBrief({ ...brief, sections: [{ ...brief.sections[0], stories: [story] }] })).toThrow(InvalidInput);
    }
  });

  it('rejects a story listed in two sections', () => {
    const brief = englishBrief();
    const sections = [brief.sections[0], { ...brief.sections[1], stories: [cairoMeeting], count: 1, change: -1 }];
    expect(errorOf({ ...brief, sections })).toMatchInlineSnapshot(`
      "invalid brief:
      ✖ story "story-cairo" appears in section "process:khartoum" and again in section "theme:trafficking"; a story belongs to at most one section
        → at sections[1].stories[0].id"
    `);
    expect(errorOf({ ...brief, otherStories: [cairoMeeting] })).toContain('appears in section "process:khartoum" and again in otherStories');
  });

  it('rejects rtl with lang en', () => {
    expect(errorOf({ ...englishBrief(), direction: 'rtl' })).toMatchInlineSnapshot(`
      "invalid brief:
      ✖ direction must be "ltr" for lang "en", got "rtl"
        → at direction"
    `);
  });

  it('checks change, counts, empty headlines and undated stories', () => {
    const brief = englishBrief();
    expect(errorOf({ ...brief, sections: [{ ...brief.sections[0], change: 5 }] })).toContain('change must be count - previousCount (1), got 5');
    expect(errorOf({ ...brief, sections: [{ ...brief.sections[0], stories: [{ ...cairoMeeting, headline: '  ' }] }] })).toContain(
      'sections[0].stories[0].headline',
    );
    expect(errorOf({ ...brief, otherStories: [{ ...iomLibya, published: null }] })).toContain('must be flagged undated');
    expect(errorOf({ ...brief, otherStories: [{ ...iomLibya, articles: [] }] })).toContain('a story needs at least one article');
    expect(errorOf({ ...brief, version: 2 })).toContain('version');
    expect(errorOf({ ...brief, previousPeriod: { from: '2026-11-10', to: '2026-11-16' } })).toContain('previousPeriod must end before period starts');
    expect(errorOf({ ...brief, topActors: [{ ...iom, code: 'LY', count: 1 }] })).toContain('only a country has a code');
    expect(errorOf({ ...brief, generatedAt: '2026-11-23 06:00' })).toContain('expected an ISO 8601 date-time');
  });
});

describe('labels', () => {
  it('speaks both languages', () => {
    expect(label('en', 'nothingNew')('Libya')).toBe('Nothing new on Libya this week');
    expect(label('ar', 'nothingNew')('ليبيا')).toBe('لا جديد بشأن ليبيا هذا الأسبوع');
    expect(label('en', 'change')(3)).toBe('▲ 3 vs last week');
    expect(label('en', 'change')(-2)).toBe('▼ 2 vs last week');
    expect(label('ar', 'stories')(3)).toBe('3 قصص');
    expect(label('ar', 'stories')(11)).toBe('11 قصة');
    expect(label('ar', 'overview')({ stories: 3, articles: 5, sources: 3 })).toBe('3 قصص من 5 مقالات في 3 مصادر');
    expect(label('ar', 'overview')({ stories: 1, articles: 12, sources: 2 })).toBe('قصة واحدة من 12 مقالًا في مصدرين');
    expect(label('en', 'overview')({ stories: 1, articles: 1, sources: 1 })).toBe('1 story from 1 article in 1 source');
    expect(formatDay('2026-11-20', 'ar')).toBe('20 نوفمبر 2026');
    expect(formatDay('2026-11-20', 'en')).toBe('20 November 2026');
    expect(entityName(iom, 'ar')).toBe('المنظمة الدولية للهجرة');
    expect(entityName(returns, 'ar')).toBe('Voluntary returns');
    expect(entityName(iom, 'en')).toBe('IOM');
  });
});

describe('renderBriefMarkdown', () => {
  it('renders the English brief', async () => {
    await expect(renderBriefMarkdown(parseBrief(englishBrief()))).toMatchFileSnapshot('__snapshots__/brief-en.md');
  });

  it('renders the Arabic brief inside an RTL block with Arabic labels', async () => {
    const md = renderBriefMarkdown(parseBrief(arabicBrief()));
    expect(md.startsWith('<div dir="rtl" lang="ar">\n\n# الموجز الأسبوعي للهجرة\n')).toBe(true);
    expect(md.endsWith('\n\n</div>\n')).toBe(true);
    await expect(md).toMatchFileSnapshot('__snapshots__/brief-ar.md');
  });

  it('says honestly when a topic had nothing new, in both languages', () => {
    expect(renderBriefMarkdown(englishBrief())).toContain('## Human trafficking — 0 stories · ▼ 2 vs last week\n\n_Nothing new on Human trafficking this week_\n');
    expect(renderBriefMarkdown(arabicBrief())).toContain('_لا جديد بشأن الاتجار بالبشر هذا الأسبوع_');
  });

  it('links the headline to the first article and lists the others with encoded URLs', () => {
    const md = renderBriefMarkdown(englishBrief());
    expect(md).toContain('### [Khartoum Process senior officials meet in Cairo on smuggling routes](https://news.example.org/2026/11/18/khartoum-process-cairo)');
    expect(md).toContain('[Cairo talks \\(day two\\)](https://wire.example.net/cairo%20talks%20%282%29)');
    expect(md).toContain('**Undated** — placed by when we received it');
  });
});

describe('hostile article text', () => {
  const hostile = {
    channel: '<!channel> urgent',
    link: '[x](javascript:alert(1))',
    script: '<script>alert("x")</script>',
    bold: '**bold**',
    heading: '# heading',
    rlo: 'safe\u202Etxt.exe',
  };

  function hostileBrief(): Brief {
    const brief = englishBrief();
    const story: BriefStory = {
      ...iomLibya,
      id: 'story-hostile',
      headline: `${hostile.heading} ${hostile.bold}`,
      summary: `${hostile.heading}\n> quoted\n- item\n1. first\n${hostile.link} ${hostile.script} ${hostile.channel} ${hostile.rlo} &amp; ![img](https://evil.example/x.png)`,
      sources: [hostile.script, hostile.link],
      articles: [
        { id: 'h1', title: hostile.link, url: 'https://evil.example/a?q=<b>"x"</b>&y=(1)', source: hostile.channel, lang: 'en' },
        { id: 'h2', title: hostile.script, url: 'https://evil.example/b) [z](javascript:alert(2)', source: hostile.bold, lang: 'en' },
      ],
      countries: [{ ...libya, name: hostile.heading }],
      actors: [{ ...iom, name: `${hostile.rlo} ${hostile.bold}` }],
    };
    return { ...brief, otherStories: [story], topActors: [{ ...iom, name: hostile.script, count: 1 }] };
  }

  it('validates (hostile text is legal data) but renders inert', () => {
    const md = renderBriefMarkdown(parseBrief(hostileBrief()));
    // No raw HTML from article text: every '<' in the output is escaped.
    expect(md).not.toMatch(/(?<!\\)<(?!div dir|\/div)/);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\<!channel\\> urgent');
    // No link or image to a javascript: target, no unescaped emphasis.
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).toContain('!\\[img\\]');
    expect(md).not.toContain('![');
    expect(md).not.toMatch(/(?<!\\)\*\*bold/);
    expect(md).toContain('\\*\\*bold\\*\\*');
    // Headline cannot become a second heading; summary lines cannot become headings, quotes or lists.
    expect(md).toContain('### [\\# heading \\*\\*bold\\*\\*](https://evil.example/a?');
    expect(md).toContain('\\# heading \\> quoted - item 1. first');
    expect(md.split('\n').filter((line) => /^#{1,6} .*heading/.test(line))).toHaveLength(1);
    // Bidi override stripped; entities escaped.
    expect(md).not.toContain('\u202E');
    expect(md).toContain('safetxt.exe');
    expect(md).toContain('\\&amp;');
    // The URL cannot close the destination early or smuggle markup.
    expect(md).toContain('(https://evil.example/a?q=%3Cb%3E%22x%22%3C/b%3E&y=%281%29)');
    expect(md).toContain('(https://evil.example/b%29%20%5Bz%5D%28javascript:alert%282%29)');
  });

  it('neutralises leading markers', () => {
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('=====')).toBe('\\=====');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('![x](y)')).toBe('\\!\\[x\\]\\(y\\)');
    expect(escapeMarkdown('Breaking! 3 dead')).toBe('Breaking! 3 dead');
    expect(escapeMarkdown('U.N. figures - Libya')).toBe('U.N. figures - Libya');
    expect(escapeMarkdown('a\u2066b\u2069c\u200Bd\uFEFFe\u0007f')).toBe('abcdef');
    expect(escapeMarkdown('x\u{E0041}\u{E0042}y')).toBe('xy');
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
  });

  it('caps a 100 KB summary', () => {
    const brief = englishBrief();
    const huge = `${'<b>سطر طويل</b> **x** '.repeat(5000)}`;
    expect(huge.length).toBeGreaterThan(100_000);
    const md = renderBriefMarkdown(parseBrief({ ...brief, otherStories: [{ ...iomLibya, summary: huge }] }));
    expect(md.length).toBeLessThan(12_000);
    expect(md).not.toMatch(/(?<!\\)<b>/);
    expect(md).toContain('…');
  });
});

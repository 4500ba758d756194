/** Briefs and entities for the Teams card tests: ordinary English and Arabic, hostile, and huge. */
import { parseBrief, type Brief, type BriefEntity, type BriefStory } from '../../../digests/brief/brief-model.js';
import { briefFrame } from '../../support/briefs.js';

export const egypt: BriefEntity = { id: 'country:EG', kind: 'country', name: 'Egypt', nameAr: 'مصر', code: 'EG' };
export const iom: BriefEntity = { id: 'org:iom', kind: 'organisation', name: 'IOM', nameAr: 'المنظمة الدولية للهجرة' };
export const khartoum: BriefEntity = { id: 'process:khartoum', kind: 'process', name: 'Khartoum Process', nameAr: 'عملية الخرطوم' };

export const returnsStory: BriefStory = {
  id: 'story-returns',
  headline: 'IOM flight brings 120 people home from Cairo',
  summary: 'A chartered flight carried 120 people who asked to go home, the agency said on Wednesday.',
  published: '2026-11-18T09:00:00Z',
  undated: false,
  articles: [
    { id: 'a1', title: 'Return flight leaves Cairo', url: 'https://wire.example.net/returns?id=3&x=1', source: 'Example Wire', lang: 'en' },
    { id: 'a2', title: 'رحلة عودة من القاهرة', url: 'https://sahifa.example.com/88', source: 'صحيفة المثال', lang: 'ar' },
  ],
  sources: ['Example Wire', 'صحيفة المثال'],
  languages: ['en', 'ar'],
  countries: [egypt],
  actors: [iom],
};

export function englishBrief(): Brief {
  return parseBrief({
    ...briefFrame(),
    sections: [
      { topic: egypt, stories: [returnsStory], count: 4, previousCount: 1, change: 3 },
      { topic: khartoum, stories: [], count: 0, previousCount: 1, change: -1 },
    ],
    otherStories: [{ ...returnsStory, id: 'story-undated', published: null, undated: true, summaryBy: 'model', articles: [{ id: 'a3', title: 'Saved', url: 'file:///srv/saved.md', source: null, lang: 'en' }] }],
    topActors: [{ ...iom, count: 2 }],
    topCountries: [{ ...egypt, count: 2 }],
    stats: { articles: 3, stories: 2, sources: 2, languages: { en: 2, ar: 1 } },
  });
}

export function arabicBrief(): Brief {
  const brief = englishBrief();
  return parseBrief({ ...brief, ...briefFrame('ar'), sections: brief.sections.map((s) => ({ ...s, stories: s.stories.map((st) => ({ ...st, headline: 'رحلة تعيد 120 شخصًا من القاهرة', summary: 'قالت المنظمة إن الرحلة أقلت 120 شخصًا.' })) })) });
}

/** Strings that try to become live markup, links, mentions or reordered text in a card. */
export const HOSTILE = {
  link: '[Click here](https://evil.example/phish)',
  bold: '**bold** *it* _it_ ~~strike~~ `code` ```block```',
  heading: '# Breaking',
  list: '- item',
  numbered: '1. item',
  quote: '> quoted',
  date: '{{DATE(2017-02-14T06:08:39Z, SHORT)}}',
  rtl: '\u202Egnp.exe\u202C safe \u2066text\u2069',
  slack: '<!channel> <@U123> &lt;!here&gt;',
  control: 'bell\u0007 and\u0000 nul',
} as const;

export const HOSTILE_TEXT = Object.values(HOSTILE).join(' ');

export function hostileBrief(): Brief {
  const evil: BriefEntity = { id: 'org:evil', kind: 'organisation', name: HOSTILE.link, nameAr: HOSTILE.bold };
  const story: BriefStory = {
    id: 'story-hostile',
    headline: `${HOSTILE.numbered} ${HOSTILE.bold}`,
    summary: `${HOSTILE.heading} ${HOSTILE_TEXT} ${'x*[]'.repeat(3000)}`,
    published: '2026-11-18T10:00:00Z',
    undated: false,
    articles: [
      { id: 'h1', title: HOSTILE.list, url: 'file:///etc/passwd', source: HOSTILE.quote, lang: 'en' },
      { id: 'h2', title: HOSTILE.link, url: 'https://evil.example/a b[c](d)', source: HOSTILE.date, lang: 'en' },
    ],
    sources: [HOSTILE.quote, HOSTILE.rtl, HOSTILE.control],
    languages: ['en', HOSTILE.link],
    countries: [{ id: 'country:XX', kind: 'country', name: HOSTILE.heading }],
    actors: [evil],
  };
  return parseBrief({
    ...englishBrief(),
    sections: [{ topic: { ...evil, id: 'topic:evil' }, stories: [story], count: 1, previousCount: 0, change: 1 }],
    otherStories: [],
    topActors: [{ ...evil, count: 1 }],
    topCountries: [{ id: 'country:YY', kind: 'country', name: HOSTILE.list, count: 1 }],
  });
}

/** 100 topics, each with long stories: far more than one Teams message holds. */
export function hugeBrief(lang: 'en' | 'ar' = 'en'): Brief {
  const sections = Array.from({ length: 100 }, (_, t) => ({
    topic: { id: `theme:t${t}`, kind: 'theme' as const, name: `Topic ${t}`, nameAr: `موضوع ${t}` },
    stories: Array.from({ length: 3 }, (_, s) => ({
      ...returnsStory,
      id: `story-${t}-${s}`,
      headline: `${lang === 'ar' ? 'عنوان' : 'Headline'} ${t}.${s} ${'ع'.repeat(400)}`,
      summary: 'ملخص طويل جدا '.repeat(200),
      articles: Array.from({ length: 12 }, (_, a) => ({ id: `a${t}x${s}x${a}`, title: `Report ${a} ${'word '.repeat(60)}`, url: `https://site${a}.example.org/${t}/${s}`, source: `Outlet ${a}`, lang: 'ar' })),
    })),
    count: 5,
    previousCount: 2,
    change: 3,
  }));
  return parseBrief({ ...englishBrief(), ...briefFrame(lang), sections, otherStories: [] });
}

/**
 * Weekly briefs compiled from the real shared corpus (../shared/corpus), ingested by the real pipeline
 * into a SQLite file: what a reader of the brief sees. The weeks are the ISO weeks (Monday–Sunday)
 * holding the hand-labelled story pairs of test/fixtures/digests/story-pairs.json (ids only), chosen
 * densest-first while the ingest stays under 800 articles; they include the corpus's busiest week
 * (2017-11-27, 88 articles) and its busiest Arabic one (2018-06-25, 70). No corpus text is stored here:
 * the JSONL is written to a temp directory from ../shared at run time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief, BriefStory } from '../../digests/brief/brief-model.js';
import { renderBriefMarkdown } from '../../digests/brief/render-markdown.js';
import { createDigester, type Digester } from '../../digests/compile/digester.js';
import { addDays, type Period, parsePeriod } from '../../digests/compile/period.js';
import { closeEngine, type Engine } from '../../src/engine.js';
import { articleId } from '../../src/ingest/enrich.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { type TestDatabase, tempSqlite } from '../support/databases.js';
import { testEngine } from '../support/engine.js';
import { type CorpusArticle, corpusArticles, hasCorpus } from '../support/shared-corpus.js';

interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  label: string;
}

const fixture = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/digests/story-pairs.json');
const labelled = (JSON.parse(readFileSync(fixture, 'utf8')) as { pairs: LabelledPair[] }).pairs;

/** Mondays of the compiled ISO weeks: 21 weeks, 790 articles, 51 of the 64 labelled pairs that fall within one week. */
const WEEKS = [
  '2017-10-23', '2017-10-30', '2017-11-06', '2017-11-13', '2017-11-27', '2017-12-04', '2017-12-11',
  '2018-02-05', '2018-03-12', '2018-03-26', '2018-04-23', '2018-05-07', '2018-06-04', '2018-06-25',
  '2018-07-16', '2018-07-30', '2018-08-06', '2018-08-27', '2018-10-08', '2023-07-31', '2023-08-21',
];
/** A week with Arabic reports only: Italy turning rescue ships away, among others. */
const ARABIC_WEEK = '2018-06-25';
/** No corpus article is dated 2020. */
const EMPTY_WEEK = '2020-06-01';

/** Monday of the ISO week of the day the outlet printed (the date prefix, as the digest's periods use). */
function mondayOf(published: string): string {
  const day = new Date(`${published.slice(0, 10)}T00:00:00Z`);
  return addDays(published.slice(0, 10), -((day.getUTCDay() + 6) % 7));
}

const isoWeek = (monday: string): Period => parsePeriod(monday, addDays(monday, 6));

/**
 * Independent surface forms per topic (English, Arabic, German), deliberately not the gazetteer:
 * a story in a topic's section must name the topic in some article's title or lead.
 */
const TOPIC_FORMS: Readonly<Record<string, RegExp>> = {
  'country:LY': /Liby|Tripoli|Benghazi|Misrata|Sabratha|Zuwara|ليبي|طرابلس|بنغازي|مصراتة|صبراتة|زوارة/i,
  'country:IT': /Ital|Rome\b|Sicil|Lampedusa|إيطالي|ايطالي|روما|صقلية|لامبيدوزا/i,
  'country:TN': /Tunis|Sfax|تونس|التوانسة|صفاقس/i,
  'org:unhcr': /UNHCR|High Commissioner for Refugees|refugee agency|مفوضية|المفوضية|المفوض السامي|وكالة الأمم المتحدة للاجئين/i,
  'org:iom': /\bIOM\b|International Organi[sz]ation for Migration|migration agency|المنظمة الدولية للهجرة|المنظمة الدولية للمهاجرين|منظمة الهجرة|للهجرة/i,
  'theme:smuggling': /smuggl|Schleuser|Schlepper|تهريب|مهرب/i,
};
const LEAD_CHARS = 600;
/** Different stories the clustering merges (hard negatives it gets wrong; see clustering-corpus.test.ts). */
/**
 * Since stories are kept at ingestion (issue 15) two more Reuters politics follow-ups are merged on this
 * 21-week subset (Johnson on the tax bill vs another senator on pass-throughs; Trump asking China vs
 * telling Xi): rarity counted over these 790 stored articles weighs their shared wording more than a
 * week's counts did. Measured with the articles stored in input order (no enrichment workers, so
 * the order stories are assigned in, and the figures, are the same every run): precision 0.923 (24/26),
 * recall 0.923 (24/26), against 0.920 and 0.885 for the week's batch clustering. With workers the order
 * varies and one pair more or less joins (0.885–0.923 seen). On the whole corpus the same assignment
 * gives precision 1.000. Any other merge is a regression.
 */
const KNOWN_FALSE_MERGES = ['isotsub:0156~isotsub:0172', 'isotsub:0335~isotsub:0354', 'isotsub:0626~isotsub:0618', 'isotsub:0773~isotsub:0738'];
/**
 * Topic-section stories none of whose articles names the topic in a title or the first 600 characters.
 * Under a looser "about" rule (twice anywhere) this was 22 of 108, some plainly off-topic (a Turkish
 * currency explainer and a stolen Fields medal under Italy, an African Union summit under Libya).
 * With isAbout as it is (title/lead, twice within the opening 1,200 characters, or four times) it is
 * 11 of 98, each a piece about Mediterranean migration that names the country repeatedly.
 */
const MAX_DEEP_ONLY_STORIES = 11;

const storiesOf = (brief: Brief): BriefStory[] => [...brief.sections.flatMap((s) => s.stories), ...(brief.otherStories ?? [])];
const ARABIC = /[\u0600-\u06ff]/;

describe.skipIf(!hasCorpus)('weekly briefs of the real shared corpus (SQLite)', () => {
  let dir: string;
  let database: TestDatabase;
  let engine: Engine;
  let digester: Digester;
  /** Corpus id by the URL it was ingested under, and back. */
  const idByUrl = new Map<string, string>();
  const byId = new Map<string, CorpusArticle>();
  /** Corpus id → story id in its week's all-topics brief (absent: not listed, i.e. a story of its own). */
  const storyOf = new Map<string, string>();
  const weekOf = new Map<string, string>();
  const topBriefs = new Map<string, Brief>();

  const corpusIdOf = (url: string): string => {
    const id = idByUrl.get(url);
    if (id === undefined) throw new Error(`brief links to ${url}, which is not a corpus article we ingested`);
    return id;
  };

  beforeAll(async () => {
    const weeks = new Set(WEEKS);
    const chosen = corpusArticles().filter((a) => weeks.has(mondayOf(a.published)));
    dir = mkdtempSync(join(tmpdir(), 'mawjaz-digest-corpus-'));
    const lines = chosen.map((a) => {
      const real = a.url !== null && /^https?:\/\//i.test(a.url) && !idByUrl.has(a.url) ? a.url : null;
      const url = real ?? `https://corpus.example/${encodeURIComponent(a.id)}`;
      idByUrl.set(url, a.id);
      byId.set(a.id, a);
      weekOf.set(a.id, mondayOf(a.published));
      return JSON.stringify({ title: a.title, text: a.text, url, published: a.published, lang: a.lang, source: a.source });
    });
    const file = join(dir, 'corpus-weeks.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);

    database = tempSqlite();
    engine = await testEngine(database.target);
    const summary = await ingestInputs(engine, [file], { allowPrivate: false, workers: 0 });
    console.log(`[digest corpus] ${WEEKS.length} ISO weeks, ${chosen.length} articles: ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed}`);
    expect(summary.failed).toBe(0);
    expect(summary.ingested + summary.unchanged).toBe(chosen.length);

    digester = createDigester(engine);
    for (const monday of WEEKS) {
      const brief = await digester.brief({ period: isoWeek(monday), topics: [], lang: 'en', perSection: 500, coverage: 'everything' });
      topBriefs.set(monday, brief);
      for (const story of storiesOf(brief)) for (const article of story.articles) storyOf.set(corpusIdOf(article.url), story.id);
    }
  }, 120_000);

  afterAll(async () => {
    if (engine) await closeEngine(engine);
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Labelled pairs whose two articles are in one compiled week. */
  const inOneWeek = (same: boolean): LabelledPair[] =>
    labelled.filter((p) => p.same === same && weekOf.has(p.a) && weekOf.get(p.a) === weekOf.get(p.b));
  const together = (p: LabelledPair): boolean => storyOf.has(p.a) && storyOf.get(p.a) === storyOf.get(p.b);

  it('shows the same story reported twice in different words as one story', () => {
    const same = inOneWeek(true);
    const different = inOneWeek(false);
    const tp = same.filter(together).length;
    const fp = different.filter(together).length;
    const fn = same.length - tp;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp / same.length;
    const stories = [...topBriefs.values()].reduce((n, b) => n + b.stats.stories, 0);
    const unlisted = [...weekOf.keys()].filter((id) => !storyOf.has(id)).length;
    console.log(
      `[digest corpus] all-topics briefs list ${stories} stories (${unlisted} articles beyond the 40 stories a digest keeps). ` +
        `Labelled pairs in one week: ${same.length} same-story, ${different.length} different. ` +
        `Pairwise precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    for (const p of same.filter((x) => !together(x))) console.log(`[digest corpus] shown apart: ${p.a} ~ ${p.b} (${p.label})`);
    expect(same.length).toBeGreaterThanOrEqual(20);
    // Measured with stories kept at ingestion, in input order: precision 0.923 (24/26), recall 0.923
    // (24/26); batch clustering: 0.920 and 0.885. The bars are the batch's.
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps different stories apart, but for two known hard negatives', () => {
    const different = inOneWeek(false);
    const merged = different.filter(together);
    for (const p of merged) console.log(`[digest corpus] merged different stories: ${p.a} ~ ${p.b} (${p.label})`);
    expect(different.length).toBeGreaterThanOrEqual(20);
    // Measured: 2 of 25. Both are Reuters politics follow-ups with near-identical wording (McCain's vote vs his
    // treatment; the travel ban taking effect vs the appeals hearings) that clustering-corpus.test.ts also
    // reports as its only false merges. Any other merge is a regression.
    for (const p of merged) expect(KNOWN_FALSE_MERGES).toContain(`${p.a}~${p.b}`);
  });

  it('puts in a topic section only stories that name the topic', async () => {
    const checked: string[] = [];
    /** Named in no title or lead, only twice or more deeper in a body. */
    const deepOnly: string[] = [];
    /** Not named in a title or lead, nor twice in any body: not about the topic at all. */
    const unnamed: string[] = [];
    for (const [topic, forms] of Object.entries(TOPIC_FORMS)) {
      const every = new RegExp(forms.source, 'gi');
      let stories = 0;
      for (const monday of WEEKS) {
        const brief = await digester.brief({ period: isoWeek(monday), topics: [topic], lang: 'en', perSection: 500 });
        const section = brief.sections.find((s) => s.topic.id === topic);
        expect(section, `${topic} has a section`).toBeDefined();
        for (const story of section?.stories ?? []) {
          stories += 1;
          const articles = story.articles.map((link) => {
            const a = byId.get(corpusIdOf(link.url));
            if (a === undefined) throw new Error(`no corpus article for ${link.url}`);
            return a;
          });
          if (articles.some((a) => forms.test(a.title) || forms.test(a.text.slice(0, LEAD_CHARS)))) continue;
          const why = await Promise.all(articles.map(async (a, i) => {
            const url = story.articles[i]?.url ?? '';
            const m = await engine.store.db.selectFrom('mentions').select(['mention_count', 'first_offset', 'surfaces'])
              .where('article_id', '=', articleId(url)).where('entity_id', '=', topic).executeTakeFirst();
            const hits = a.text.match(every)?.length ?? 0;
            return { hits, line: `${a.id} "${a.title}" [engine: ${m ? `${m.mention_count}x from offset ${m.first_offset} ${m.surfaces}` : 'no mention'}; our regex: ${hits}x in the body]` };
          }));
          const line = `${topic} week ${monday}: ${why.map((w) => w.line).join(' + ')}`;
          (why.some((w) => w.hits >= 2) ? deepOnly : unnamed).push(line);
        }
      }
      checked.push(`${topic} ${stories}`);
    }
    console.log(
      `[digest corpus] stories per topic section: ${checked.join(', ')}; naming the topic only deep in the body: ${deepOnly.length}; not naming it: ${unnamed.length}`,
    );
    for (const v of deepOnly) console.log(`[digest corpus] topic only deep in the body: ${v}`);
    for (const v of unnamed) console.log(`[digest corpus] not about the topic: ${v}`);
    // Every topic has stories in these weeks, so the check is not vacuous.
    for (const line of checked) expect(Number(line.split(' ')[1]), line).toBeGreaterThan(0);
    expect(unnamed).toEqual([]);
    expect(deepOnly.length).toBeLessThanOrEqual(MAX_DEEP_ONLY_STORIES);
  });

  it('says so when a week had no articles', async () => {
    const topics = ['country:LY', 'org:iom', 'theme:smuggling'];
    const brief = await digester.brief({ period: isoWeek(EMPTY_WEEK), topics, lang: 'en' });
    expect(brief.sections.map((s) => [s.topic.id, s.count, s.stories.length])).toEqual(topics.map((t) => [t, 0, 0]));
    expect(brief.stats).toEqual({ articles: 0, stories: 0, sources: 0, languages: {} });
    const md = renderBriefMarkdown(brief);
    for (const section of brief.sections) expect(md).toContain(`Nothing new on ${section.topic.name} this week`);
  });

  it('writes an Arabic brief of an Arabic week with Arabic names and Arabic headlines', async () => {
    const topics = ['country:IT', 'country:LY', 'org:unhcr'];
    const brief = await digester.brief({ period: isoWeek(ARABIC_WEEK), topics, lang: 'ar', perSection: 500, includeOther: true });
    expect(brief.lang).toBe('ar');
    expect(brief.direction).toBe('rtl');
    const md = renderBriefMarkdown(brief);
    expect(md.startsWith('<div dir="rtl" lang="ar">')).toBe(true);
    for (const section of brief.sections) {
      expect(section.topic.nameAr, section.topic.id).toMatch(ARABIC);
      expect(md).toContain(`## ${section.topic.nameAr ?? '-'}`);
    }
    const withArabic = storiesOf(brief).filter((s) => s.languages.includes('ar'));
    expect(withArabic.length).toBeGreaterThan(10);
    for (const story of withArabic) {
      expect(story.headline, story.id).toMatch(ARABIC);
      expect(story.articles[0]?.lang, story.id).toBe('ar');
      expect(story.headline).toBe(story.articles[0]?.title);
    }
  });
});

/**
 * The bench's scale corpus: distinct articles generated from the real corpora (./scale-sources.ts),
 * deterministic from a seed and streamed one article at a time (only the story being written is held).
 *
 * Each story is an event: a base article of one language, about a third of its sentences replaced by
 * sentences of the same language and topic label, and its countries, organisations and people swapped
 * for others of the same kind named in that language. A story is reported 2–6 times by different
 * outlets of its language (a fifth of stories only once), each report adding a sentence of its own and
 * maybe dropping or reordering one; about one story in eight has a report in another language naming the same entities on the
 * same days (the corpora hold no translation pairs, so the other language's report is a same-entities,
 * same-date article). Dates run forward over `days` (two years by default), so ingest sees the
 * archive in the order a desk would.
 */
import { type BaseArticle, type LanguageSources, type ScaleSources, type Sentence, SWAPPED_KINDS, type SwappedKind } from './scale-sources.js';
import { pick, type Random, seededRandom } from './seeded-random.js';

export interface ScaleArticle {
  title: string;
  text: string;
  url: string;
  published: string;
  lang: string;
  source: string;
  /** The story (event) the article reports: articles sharing it are near-duplicates. */
  story: number;
}

export interface ScaleCorpusOptions {
  count: number;
  seed: number;
  /** First day of the span (ISO date). */
  start?: string;
  days?: number;
}

export const DEFAULT_SEED = 20_261_206;
const HOUR = 3_600_000;
/** Where a story's second-language report comes from. */
const OTHER_LANGUAGE: Record<string, readonly string[]> = { en: ['ar'], ar: ['en', 'fr'], fr: ['ar'], de: ['en'] };
const SENTENCES_PER_STORY = 8;

type Targets = Record<SwappedKind, string[]>;

export function* scaleCorpus(sources: ScaleSources, options: ScaleCorpusOptions): Generator<ScaleArticle> {
  const next = seededRandom(options.seed);
  const startMs = Date.parse(`${options.start ?? '2024-12-01'}T00:00:00Z`);
  const spanMs = (options.days ?? 730) * 24 * HOUR;
  let emitted = 0;
  for (let story = 0; emitted < options.count; story++) {
    const base = pick(next, sources.articles);
    const language = sourcesOf(sources, base.lang);
    const targets = storyTargets(next, language);
    const event = eventSentences(next, base, language);
    const storyMs = startMs + (spanMs * emitted) / options.count + next() * 6 * HOUR;
    const single = next() < 0.2;
    const reports = single ? 1 : Math.min(language.outlets.length, 2 + Math.floor(next() * 5));
    const outlets = shuffled(next, language.outlets).slice(0, reports);
    for (const [r, outlet] of outlets.entries()) {
      if (emitted >= options.count) return;
      const sentences = r === 0 ? event : varied(next, event, language, base.topic);
      yield article(sources, { story, report: r, lang: base.lang, outlet, title: base.title, sentences, targets, at: storyMs + next() * 36 * HOUR });
      emitted++;
    }
    const otherLang = OTHER_LANGUAGE[base.lang]?.find((l) => sources.languages.has(l));
    if (!single && otherLang && next() < 0.125 && emitted < options.count) {
      const other = sourcesOf(sources, otherLang);
      const otherBase = pick(next, other.articles.filter((a) => a.topic === base.topic).length > 0 ? other.articles.filter((a) => a.topic === base.topic) : other.articles);
      const sentences = eventSentences(next, otherBase, other);
      yield article(sources, { story, report: reports, lang: otherLang, outlet: pick(next, other.outlets), title: otherBase.title, sentences, targets, at: storyMs + next() * 36 * HOUR });
      emitted++;
    }
  }
}

function sourcesOf(sources: ScaleSources, lang: string): LanguageSources {
  const found = sources.languages.get(lang);
  if (!found) throw new Error(`no sources in ${lang}`);
  return found;
}

/** The story's entities: 1–3 per kind, drawn from those the language names. */
function storyTargets(next: Random, language: LanguageSources): Targets {
  const targets: Targets = { country: [], organisation: [], person: [] };
  for (const kind of SWAPPED_KINDS) {
    const pool = language.entities[kind];
    if (pool.length === 0) continue;
    const n = 1 + Math.floor(next() * 3);
    for (let i = 0; i < n; i++) targets[kind].push(pick(next, pool));
  }
  return targets;
}

/**
 * The base article's first sentences, about a third of them (never fewer than two) replaced by
 * same-topic sentences: two stories drawn from one base article then differ all but surely, and the
 * ingest's content hash sees distinct articles.
 */
function eventSentences(next: Random, base: BaseArticle, language: LanguageSources): Sentence[] {
  const pool = language.byTopic.get(base.topic) ?? base.sentences;
  const event = base.sentences.slice(0, SENTENCES_PER_STORY);
  const replaced = new Set<number>();
  for (let i = 1; i < event.length; i++) if (next() < 0.35) replaced.add(i);
  while (replaced.size < Math.min(2, event.length - 1)) replaced.add(1 + Math.floor(next() * (event.length - 1)));
  return event.map((s, i) => (replaced.has(i) ? pick(next, pool) : s));
}

/**
 * Another outlet's report of the same event: the lead kept, maybe one sentence dropped or two swapped,
 * and always one sentence of its own added, so no two reports of a story have the same text.
 */
function varied(next: Random, event: readonly Sentence[], language: LanguageSources, topic: string): Sentence[] {
  const copy = [...event];
  const roll = next();
  const at = 1 + Math.floor(next() * Math.max(1, copy.length - 1));
  if (roll < 0.35 && copy.length > 2) copy.splice(at, 1);
  else if (roll < 0.7 && at + 1 < copy.length) [copy[at], copy[at + 1]] = [copy[at + 1]!, copy[at]!];
  const pool = language.byTopic.get(topic) ?? event;
  copy.push(pick(next, pool));
  // Dropping the last sentence and drawing it again (or swapping two equal ones) would give back the event.
  while (copy.length === event.length && copy.every((s, i) => s === event[i])) copy.push(pick(next, pool));
  return copy;
}

interface Report {
  story: number;
  report: number;
  lang: string;
  outlet: string;
  title: Sentence;
  sentences: readonly Sentence[];
  targets: Targets;
  at: number;
}

function article(sources: ScaleSources, r: Report): ScaleArticle {
  const render = (s: Sentence): string =>
    s.parts.reduce((text, part, i) => {
      const m = s.mentions[i - 1];
      return m ? text + sources.nameOf(swapped(r.targets, m.kind, m.id), r.lang) + part : text + part;
    }, '');
  const paragraphs: string[] = [];
  for (let i = 0; i < r.sentences.length; i += 2) paragraphs.push(r.sentences.slice(i, i + 2).map(render).join(' '));
  const published = new Date(r.at).toISOString();
  // The outlet and story number make every title unique by construction (no set of a million titles held).
  return {
    title: `${render(r.title)} | ${r.outlet} #${r.story}`,
    text: paragraphs.join('\n\n'),
    url: `https://${slug(r.outlet)}.scale.example/${published.slice(0, 10)}/${r.story}-${r.report}`,
    published,
    lang: r.lang,
    source: r.outlet,
    story: r.story,
  };
}

/** The same original entity maps to the same target throughout a story, so its reports agree. */
function swapped(targets: Targets, kind: SwappedKind, id: string): string {
  const list = targets[kind];
  if (list.length === 0) return id;
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  return list[Math.abs(h) % list.length] ?? id;
}

function shuffled<T>(next: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function slug(outlet: string): string {
  return outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'outlet';
}

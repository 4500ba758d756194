/**
 * Turns a clustered story into the brief's story: the clearest headline in the brief's language,
 * the extractive summary stored at ingestion for that article (TextRank-central sentences, the
 * outlet's own words), the date, outlets, languages, links, and the countries and actors it is about.
 */
import { ArticleUrl, type BriefArticle, type BriefEntity, type BriefLang } from '../brief/brief-model.js';
import type { PeriodArticle } from './period-articles.js';
import type { PeriodStory } from './period-stories.js';
import type { CompiledStory } from './topic-digest.js';

/** Links listed per story: the representative and the next reports; the count says how many there were. */
export const MAX_LINKS_PER_STORY = 8;
const MAX_COUNTRIES = 6;
const MAX_ACTORS = 6;
const ACTOR_KINDS = new Set(['person', 'organisation', 'process']);

/** What the brief shows of each entity; built from the entities table (see entity-names.ts). */
export type EntityLookup = (id: string) => BriefEntity | undefined;


/** A headline readers can take in at a glance: not a fragment, not a paragraph, not shouted. */
function isClearTitle(title: string): boolean {
  const length = [...title.trim()].length;
  if (length < 20 || length > 160) return false;
  const letters = title.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length === 0 || upper.length / letters.length < 0.6;
}

/** The article whose title heads the story: in the brief's language when one exists, central first. */
export function headlineArticle(articles: readonly PeriodArticle[], lang: BriefLang): PeriodArticle | undefined {
  const inLanguage = articles.filter((a) => a.lang === lang);
  const pool = inLanguage.length > 0 ? inLanguage : articles;
  return pool.find((a) => isClearTitle(a.title)) ?? pool[0];
}

/** ISO instant for the model: date-only values become midnight UTC. */
export function toInstant(value: string): string | null {
  const parsed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

function briefArticle(article: PeriodArticle): BriefArticle | null {
  if (!ArticleUrl.safeParse(article.url).success || article.title.trim() === '') return null;
  return { id: article.id, title: article.title, url: article.url, source: article.source, lang: article.lang };
}

function entitiesAbout(story: PeriodStory, lookup: EntityLookup, keep: (e: BriefEntity) => boolean, max: number): BriefEntity[] {
  const ranked = [...story.about.entries()].sort((a, b) => b[1] - a[1]);
  const out: BriefEntity[] = [];
  for (const [id] of ranked) {
    const entity = lookup(id);
    if (entity && keep(entity)) out.push(entity);
    if (out.length >= max) break;
  }
  return out;
}

/** Null when none of the story's articles has a link a reader may safely open. */
export function compileStory(story: PeriodStory, lang: BriefLang, lookup: EntityLookup): CompiledStory | null {
  const lead = headlineArticle(story.articles, lang);
  const links = [lead, ...story.articles.filter((a) => a !== lead)]
    .map((a) => (a ? briefArticle(a) : null))
    .filter((a): a is BriefArticle => a !== null)
    .slice(0, MAX_LINKS_PER_STORY);
  if (!lead || links.length === 0) return null;

  const dated = story.articles.map((a) => a.published).filter((p): p is string => p !== null).map(toInstant).filter((p): p is string => p !== null).sort();
  const received = story.articles.map((a) => toInstant(a.sortTime)).filter((p): p is string => p !== null).sort();
  const summary = lead.summary.trim() !== '' ? lead.summary : (story.articles.find((a) => a.lang === lead.lang && a.summary.trim() !== '')?.summary ?? '');

  return {
    story: {
      id: story.id,
      headline: lead.title,
      summary,
      published: dated[0] ?? received[0] ?? null,
      undated: dated.length === 0,
      articles: links,
      sources: story.sources,
      languages: [...new Set(story.articles.map((a) => a.lang))],
      countries: entitiesAbout(story, lookup, (e) => e.kind === 'country', MAX_COUNTRIES),
      actors: entitiesAbout(story, lookup, (e) => ACTOR_KINDS.has(e.kind), MAX_ACTORS),
    },
    about: [...story.about.keys()],
    articleCount: story.articles.length,
    languageCounts: countBy(story.articles.map((a) => a.lang)),
    summaryBy: 'extract',
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/**
 * A period's stories: its articles clustered (clustering/), each story with what it is about and how
 * much it weighs. Computed once per period and shared by every topic's digest of that period, so a
 * story has the same id and members wherever it appears.
 */
import { clusterStories, type StoryCandidate } from '../clustering/cluster-stories.js';
import type { PeriodArticle } from './period-articles.js';

export interface PeriodStory {
  /** "s" + the id of the story's earliest article: stable while later reports join it. */
  id: string;
  /** Representative (most central) first. */
  articles: PeriodArticle[];
  /** Entity id → how many of the story's articles are about it (see isAbout). */
  about: Map<string, number>;
  /** Outlets that reported it. */
  sources: string[];
  /** Newest sort time among its articles. */
  newest: string;
}

/** A mention this early (after the title) is in the lead, where a report states what it is about. */
const LEAD_CHARS = 400;
/** Named twice with the first in the opening paragraphs: a subject, not an aside. */
const OPENING_CHARS = 1_200;
/** Named this often anywhere: a subject of the piece, even when the lead is about something else. */
const MANY_MENTIONS = 4;

/**
 * An article is about an entity it names in its title or lead, names twice starting in its opening
 * paragraphs, or names again and again. Long explainers name countries in passing ("…as Italy did
 * in 2017"); measured on the real corpus, two mentions anywhere filed one story in five under a
 * topic it was not about.
 */
export function isAbout(article: Pick<PeriodArticle, 'title'>, mention: { count: number; firstOffset: number }): boolean {
  const intoBody = mention.firstOffset - (article.title.length + 2);
  return intoBody < LEAD_CHARS || (mention.count >= 2 && intoBody < OPENING_CHARS) || mention.count >= MANY_MENTIONS;
}

export function periodStories(articles: readonly PeriodArticle[]): PeriodStory[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const candidates: StoryCandidate[] = articles.map((a) => ({
    id: a.id,
    title: a.title,
    text: a.head,
    lang: a.lang,
    time: a.sortTime,
    entityIds: a.mentions.map((m) => m.entityId),
    ...(a.source !== null ? { source: a.source } : {}),
  }));
  return clusterStories(candidates).map((cluster) => {
    const members = cluster.articleIds.map((id) => byId.get(id)).filter((a): a is PeriodArticle => a !== undefined);
    const about = new Map<string, number>();
    for (const article of members) {
      for (const mention of article.mentions) if (isAbout(article, mention)) about.set(mention.entityId, (about.get(mention.entityId) ?? 0) + 1);
    }
    const earliest = [...members].sort((a, b) => a.sortTime.localeCompare(b.sortTime) || a.id.localeCompare(b.id))[0];
    const newest = members.reduce((max, a) => (a.sortTime > max ? a.sortTime : max), '');
    const sources = [...new Set(members.map((a) => a.source).filter((s): s is string => s !== null && s.trim() !== ''))];
    return { id: `s${earliest?.id ?? cluster.articleIds[0]}`, articles: members, about, sources, newest };
  });
}

/** Most reported first: distinct outlets, then articles, then the newest. */
export function byImportance(a: PeriodStory, b: PeriodStory): number {
  return b.sources.length - a.sources.length || b.articles.length - a.articles.length || b.newest.localeCompare(a.newest) || a.id.localeCompare(b.id);
}

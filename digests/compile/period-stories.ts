/**
 * A period's stories: its articles grouped by the story ingestion gave them (issue 15: no clustering
 * on the request path), each story with what it is about and how much it weighs. Articles not yet
 * given a story (stored before migration 0017, until `mawjaz migrate` or serve's backfill reaches them) are
 * clustered here as before (clustering/). Computed once per period and shared by every topic's digest
 * of that period, so a story has the same id and members wherever it appears.
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

/** Representative first (when in the period), then newest first, then by id: as clusterStories orders members. */
function orderStored(members: PeriodArticle[], representative: string): PeriodArticle[] {
  const byTime = (a: PeriodArticle, b: PeriodArticle): number => b.sortTime.localeCompare(a.sortTime) || a.id.localeCompare(b.id);
  const rep = members.find((m) => m.id === representative);
  const rest = members.filter((m) => m !== rep).sort(byTime);
  return rep ? [rep, ...rest] : rest;
}

/** The period's articles in stories: stored ones grouped, the rest clustered. */
function storyGroups(articles: readonly PeriodArticle[]): PeriodArticle[][] {
  const stored = new Map<string, { representative: string; members: PeriodArticle[] }>();
  const unassigned: PeriodArticle[] = [];
  for (const a of articles) {
    if (a.story === null) {
      unassigned.push(a);
      continue;
    }
    const group = stored.get(a.story.id);
    if (group) group.members.push(a);
    else stored.set(a.story.id, { representative: a.story.representative, members: [a] });
  }
  const groups = [...stored.values()].map((g) => orderStored(g.members, g.representative));
  return unassigned.length === 0 ? groups : [...groups, ...clusterUnassigned(unassigned)];
}

function clusterUnassigned(articles: readonly PeriodArticle[]): PeriodArticle[][] {
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
  return clusterStories(candidates).map((cluster) => cluster.articleIds.map((id) => byId.get(id)).filter((a): a is PeriodArticle => a !== undefined));
}

export function periodStories(articles: readonly PeriodArticle[]): PeriodStory[] {
  return storyGroups(articles).map((members) => {
    const about = new Map<string, number>();
    for (const article of members) {
      for (const mention of article.mentions) if (isAbout(article, mention)) about.set(mention.entityId, (about.get(mention.entityId) ?? 0) + 1);
    }
    const earliest = [...members].sort((a, b) => a.sortTime.localeCompare(b.sortTime) || a.id.localeCompare(b.id))[0];
    const newest = members.reduce((max, a) => (a.sortTime > max ? a.sortTime : max), '');
    const sources = [...new Set(members.map((a) => a.source).filter((s): s is string => s !== null && s.trim() !== ''))];
    return { id: `s${earliest?.id ?? ''}`, articles: members, about, sources, newest };
  });
}

/** Most reported first: distinct outlets, then articles, then the newest. */
export function byImportance(a: PeriodStory, b: PeriodStory): number {
  return b.sources.length - a.sources.length || b.articles.length - a.articles.length || b.newest.localeCompare(a.newest) || a.id.localeCompare(b.id);
}

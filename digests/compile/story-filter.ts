/**
 * What one conversation chose not to see, applied to stories after compilation: stored digests stay
 * shared by every subscriber, and each brief or card leaves out its own reader's hidden stories and
 * muted outlets. A story is hidden when any of its listed articles was in a story marked Not relevant
 * (the clustering of a later rendering may add or drop reports, but keeps the ones it had). A muted
 * outlet's articles are dropped; a story left with none of its own links disappears, and one that
 * loses its lead takes its headline from the next report (and its summary too: the lead's sentences
 * were the muted outlet's words).
 */
import type { BriefStory } from '../brief/brief-model.js';
import type { CompiledStory } from './topic-digest.js';

export interface StoryFilter {
  /** Article ids of the stories marked Not relevant. */
  hiddenArticles: ReadonlySet<string>;
  /** Outlet names muted here. */
  mutedSources: ReadonlySet<string>;
}

export const NO_FILTER: StoryFilter = { hiddenArticles: new Set(), mutedSources: new Set() };

export function isEmptyFilter(filter: StoryFilter): boolean {
  return filter.hiddenArticles.size === 0 && filter.mutedSources.size === 0;
}

/** The story as this conversation sees it, or null when it should not see it at all. */
export function filterBriefStory(story: BriefStory, filter: StoryFilter): BriefStory | null {
  if (story.articles.some((a) => filter.hiddenArticles.has(a.id))) return null;
  if (filter.mutedSources.size === 0) return story;
  const muted = (source: string | null): boolean => source !== null && filter.mutedSources.has(source);
  const articles = story.articles.filter((a) => !muted(a.source));
  const sources = story.sources.filter((s) => !muted(s));
  const [lead] = articles;
  if (lead === undefined || (story.sources.length > 0 && sources.length === 0)) return null;
  if (articles.length === story.articles.length) return { ...story, sources };
  const sameLead = story.articles[0]?.id === lead.id;
  return {
    ...story,
    headline: sameLead ? story.headline : lead.title,
    summary: sameLead || story.summaryBy === 'model' ? story.summary : '',
    articles,
    sources,
    languages: [...new Set(articles.map((a) => a.lang))],
  };
}

/** The compiled stories this conversation sees, in order. */
export function filterStories(stories: readonly CompiledStory[], filter: StoryFilter): CompiledStory[] {
  if (isEmptyFilter(filter)) return [...stories];
  return stories.flatMap((compiled) => {
    const story = filterBriefStory(compiled.story, filter);
    return story === null ? [] : [{ ...compiled, story }];
  });
}

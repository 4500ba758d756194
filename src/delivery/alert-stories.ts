/**
 * Which pending alerts a target gets, one line per story: articles from muted outlets or hidden
 * stories are left out, two outlets' reports of one event become one line (the other outlets named
 * on it), and a report of a story the target was already alerted about in the alert window is not
 * news. "Same story" is the story ingestion gave each article (issue 15), merges followed, so an alert
 * and the brief agree on what one story is; alerts whose articles have no story yet (stored before
 * migration 0017, until the backfill reaches them) are clustered here (digests/clustering) as before.
 */
import { clusterStories, type StoryCandidate } from '../../digests/clustering/cluster-stories.js';
import type { StoryFilter } from '../../digests/compile/story-filter.js';
import type { PendingAlert } from '../storage/alert.repository.js';

export interface AlertStory {
  /** The alert shown: the story's most central pending report. */
  lead: PendingAlert;
  /** Other pending reports of it, marked sent with it. */
  others: PendingAlert[];
}

export interface AlertSelection {
  stories: AlertStory[];
  /** Left out: muted outlet, hidden story, or a story already alerted. */
  skipped: PendingAlert[];
}

function candidate(alert: PendingAlert): StoryCandidate {
  return {
    id: alert.article_id,
    title: alert.title,
    text: alert.head,
    lang: alert.lang,
    time: alert.sort_time,
    entityIds: [alert.entity_id],
    ...(alert.source !== null ? { source: alert.source } : {}),
  };
}

/** Article ids in stories: stored ones grouped by their current story, the others clustered. */
function storyGroups(alerts: readonly PendingAlert[], storyOf: ReadonlyMap<string, string>): string[][] {
  const stored = new Map<string, string[]>();
  const unassigned: PendingAlert[] = [];
  for (const alert of alerts) {
    const story = storyOf.get(alert.article_id);
    if (story === undefined) unassigned.push(alert);
    else stored.set(story, [...(stored.get(story) ?? []), alert.article_id]);
  }
  const clustered = unassigned.length === 0 ? [] : clusterStories(unassigned.map(candidate)).map((c) => c.articleIds);
  return [...stored.values(), ...clustered];
}

/**
 * `storyOf`: each alert's article → its current story (story.repository.ts articleStories); articles
 * missing from it are clustered.
 */
export function selectAlerts(pending: readonly PendingAlert[], alreadySent: readonly PendingAlert[], filter: StoryFilter, storyOf: ReadonlyMap<string, string> = new Map()): AlertSelection {
  const unwanted = (a: PendingAlert): boolean => filter.hiddenArticles.has(a.article_id) || (a.source !== null && filter.mutedSources.has(a.source));
  const skipped = pending.filter(unwanted);
  const kept = pending.filter((a) => !unwanted(a));
  const byArticle = new Map(kept.map((a) => [a.article_id, a]));
  const sent = new Set(alreadySent.map((a) => a.article_id));
  const stories: AlertStory[] = [];
  for (const articleIds of storyGroups([...kept, ...alreadySent], storyOf)) {
    const members = articleIds.flatMap((id) => byArticle.get(id) ?? []);
    const [lead, ...others] = members;
    if (lead === undefined) continue;
    if (articleIds.some((id) => sent.has(id))) skipped.push(...members);
    else stories.push({ lead, others });
  }
  stories.sort((a, b) => a.lead.id - b.lead.id);
  return { stories, skipped };
}

/**
 * Assembles one subscriber's brief from compiled topic digests, without touching the database: the
 * same digests serve every subscriber who follows those topics. A story about two followed topics
 * is placed once, under the more specific one (a person or a process before an organisation, a
 * theme or a country; then the topic with fewer stories this period).
 */
import {
  type Brief,
  type BriefEntity,
  type BriefLang,
  type BriefStory,
  type CountedEntity,
  directionFor,
  parseBrief,
} from '../brief/brief-model.js';
import type { Period } from './period.js';
import { filterStories, type StoryFilter } from './story-filter.js';
import type { CompiledStory, TopicDigest } from './topic-digest.js';

export interface BriefParts {
  lang: BriefLang;
  period: Period;
  previousPeriod: Period;
  generatedAt: string;
  /** One digest per followed topic, in the subscriber's order. */
  topics: readonly TopicDigest[];
  /** The all-topics digest, when the brief should list stories outside the followed topics. */
  everything: TopicDigest | null;
  /** Stories shown per section (and in "other stories"). */
  perSection: number;
  /** The reader's hidden stories and muted outlets, left out before stories are placed. */
  filter?: StoryFilter;
}

const KIND_SPECIFICITY: Readonly<Record<string, number>> = { person: 0, process: 1, organisation: 2, theme: 3, country: 4 };
const TOP_ENTITIES = 5;

function specificity(digest: TopicDigest, order: number): [number, number, number] {
  return [KIND_SPECIFICITY[digest.topic?.kind ?? ''] ?? 5, digest.count, order];
}

function moreSpecific(a: [number, number, number], b: [number, number, number]): boolean {
  return a[0] - b[0] < 0 || (a[0] === b[0] && (a[1] - b[1] < 0 || (a[1] === b[1] && a[2] < b[2])));
}

/** Which followed topic each story goes under. */
function placeStories(topics: readonly TopicDigest[]): Map<string, number> {
  const home = new Map<string, number>();
  const rank = topics.map((d, i) => specificity(d, i));
  topics.forEach((digest, i) => {
    for (const { story } of digest.stories) {
      const current = home.get(story.id);
      if (current === undefined || moreSpecific(rank[i]!, rank[current]!)) home.set(story.id, i);
    }
  });
  return home;
}

/** The entities most stories name (`pick` chooses countries or actors), leaving out `exclude`; ties by name. */
export function topEntities(stories: readonly BriefStory[], pick: (s: BriefStory) => readonly BriefEntity[], exclude: ReadonlySet<string>, limit = TOP_ENTITIES): CountedEntity[] {
  const counts = new Map<string, { entity: BriefEntity; count: number }>();
  for (const story of stories) {
    for (const entity of pick(story)) {
      if (exclude.has(entity.id)) continue;
      const entry = counts.get(entity.id);
      if (entry) entry.count += 1;
      else counts.set(entity.id, { entity, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit)
    .map(({ entity, count }) => ({ ...entity, count }));
}

export function assembleBrief(unfiltered: BriefParts): Brief {
  // What the reader hid is not counted either: a heading never counts a story the section cannot show.
  const filtered = (digest: TopicDigest): TopicDigest => {
    if (!unfiltered.filter) return digest;
    const stories = filterStories(digest.stories, unfiltered.filter);
    return { ...digest, stories, count: digest.count - (digest.stories.length - stories.length) };
  };
  const parts = { ...unfiltered, topics: unfiltered.topics.map(filtered), everything: unfiltered.everything && filtered(unfiltered.everything) };
  const home = placeStories(parts.topics);
  const shown: CompiledStory[] = [];
  const sections = parts.topics.flatMap((digest, i) => {
    if (digest.topic === null) return [];
    const stories = digest.stories.filter(({ story }) => home.get(story.id) === i).slice(0, parts.perSection);
    shown.push(...stories);
    return [{
      topic: digest.topic,
      stories: stories.map((s) => s.story),
      count: digest.count,
      previousCount: digest.previousCount,
      change: digest.count - digest.previousCount,
    }];
  });

  let otherStories: BriefStory[] | undefined;
  if (parts.everything !== null) {
    const others = parts.everything.stories.filter(({ story }) => !home.has(story.id)).slice(0, parts.perSection);
    shown.push(...others);
    otherStories = others.map((s) => s.story);
  }

  const followed = new Set(parts.topics.map((d) => d.scope));
  const stories = shown.map((s) => s.story);
  const languages: Record<string, number> = {};
  for (const s of shown) for (const [lang, n] of Object.entries(s.languageCounts)) languages[lang] = (languages[lang] ?? 0) + n;

  return parseBrief({
    version: 1,
    lang: parts.lang,
    direction: directionFor(parts.lang),
    period: parts.period,
    previousPeriod: parts.previousPeriod,
    generatedAt: parts.generatedAt,
    sections,
    ...(otherStories !== undefined ? { otherStories } : {}),
    topActors: topEntities(stories, (s) => s.actors, followed),
    topCountries: topEntities(stories, (s) => s.countries, followed),
    stats: {
      articles: shown.reduce((n, s) => n + s.articleCount, 0),
      stories: shown.length,
      sources: new Set(stories.flatMap((s) => s.sources)).size,
      languages,
    },
  });
}

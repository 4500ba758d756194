/**
 * What `/migration <topic>` shows: the topic's compiled digest for the last seven days (a stored
 * lookup when fresh), its top stories, counts against the week before, and who and which countries
 * appear with it. A quiet week is not an empty answer: the card then carries the topic's latest
 * stories, from the week that ended with its newest earlier article, with their dates.
 */
import type { BriefEntity, BriefLang, BriefStory, CountedEntity } from '../../digests/brief/brief-model.js';
import { topEntities } from '../../digests/compile/assemble-brief.js';
import type { Coverage } from '../../digests/compile/coverage.js';
import type { Digester } from '../../digests/compile/digester.js';
import { latestStories } from '../../digests/compile/latest-stories.js';
import { type Period, weekEnding } from '../../digests/compile/period.js';
import { filterStories, NO_FILTER, type StoryFilter } from '../../digests/compile/story-filter.js';
import type { Engine } from '../engine.js';

export interface TopicCard {
  topic: BriefEntity;
  period: Period;
  count: number;
  previousCount: number;
  change: number;
  /** The top stories, most reported first. */
  stories: BriefStory[];
  actors: CountedEntity[];
  countries: CountedEntity[];
  /**
   * Only when the week shows no story: the latest ones before it (the week ending with the topic's
   * newest earlier article), so the card still says what last happened; null when there is none.
   */
  latest: { period: Period; stories: BriefStory[] } | null;
}

/** What a card is compiled from (structured-clone safe: the server compiles cards in its delivery worker). */
export interface TopicCardRequest {
  topicId: string;
  lang: BriefLang;
  filter: StoryFilter;
  coverage: Coverage;
}

const CARD_STORIES = 5;
const CO_MENTIONED = 5;

/**
 * `filter`: the conversation's hidden stories and muted outlets; the counts stay the week's.
 * `coverage`: migration news only (the default), or every story the topic appears in.
 */
export async function topicCard(engine: Engine, digester: Digester, topicId: string, lang: BriefLang, filter: StoryFilter = NO_FILTER, coverage: Coverage = 'migration'): Promise<TopicCard | null> {
  const period = weekEnding(engine.now().toISOString().slice(0, 10));
  const { digest } = await digester.topicDigest(topicId, period, lang, coverage);
  if (digest.topic === null) return null;
  const all = filterStories(digest.stories, filter).map((s) => s.story);
  const latest = all.length === 0 ? await latestStories(engine, digester, { scope: topicId, before: period.from, lang, filter, coverage, limit: CARD_STORIES }) : null;
  const shown = all.length > 0 ? all : (latest?.stories ?? []);
  // Hidden stories are not counted: never "1 story" above "Nothing new".
  const count = digest.count - (digest.stories.length - all.length);
  return {
    topic: digest.topic,
    period,
    count,
    previousCount: digest.previousCount,
    change: count - digest.previousCount,
    stories: all.slice(0, CARD_STORIES),
    actors: topEntities(shown, (s) => s.actors, new Set([topicId]), CO_MENTIONED),
    countries: topEntities(shown, (s) => s.countries, new Set([topicId]), CO_MENTIONED),
    latest: latest && latest.stories.length > 0 ? latest : null,
  };
}

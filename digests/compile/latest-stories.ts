/**
 * What last happened before a period with no story: the stories of the week that ended with the newest
 * earlier article on the topic (or, for the all-topics digest, any article), with their dates. Topic
 * cards and briefs show these under "Nothing new … this week", so a quiet week is never an empty answer.
 */
import type { Engine } from '../../src/engine.js';
import { latestArticleBefore } from '../../src/storage/article.repository.js';
import { latestMentionBefore } from '../../src/storage/mention.repository.js';
import type { BriefLang, BriefLatest } from '../brief/brief-model.js';
import type { Coverage } from './coverage.js';
import type { Digester } from './digester.js';
import { weekEnding } from './period.js';
import { filterStories, type StoryFilter } from './story-filter.js';
import { ALL_TOPICS } from './topic-digest.js';

/** Earlier weeks looked at when the newest one's stories are all hidden in this conversation. */
const LOOK_BACK_WEEKS = 3;

export interface LatestQuery {
  /** An entity id, or ALL_TOPICS. */
  scope: string;
  /** The first day of the quiet period: only earlier articles count. */
  before: string;
  lang: BriefLang;
  filter: StoryFilter;
  coverage: Coverage;
  /** Stories returned at most. */
  limit: number;
}

/** The latest stories before `query.before`; null when there is none (the topic has no earlier news). */
export async function latestStories(engine: Engine, digester: Pick<Digester, 'topicDigest'>, query: LatestQuery): Promise<BriefLatest | null> {
  const migrationOnly = query.coverage === 'migration';
  let before = query.before;
  for (let week = 0; week < LOOK_BACK_WEEKS; week += 1) {
    const newest = query.scope === ALL_TOPICS
      ? await latestArticleBefore(engine.store.db, before, migrationOnly)
      : await latestMentionBefore(engine.store.db, query.scope, before, migrationOnly);
    if (newest === null) return null;
    const period = weekEnding(newest.slice(0, 10));
    const { digest } = await digester.topicDigest(query.scope, period, query.lang, query.coverage);
    const stories = filterStories(digest.stories, query.filter).map((s) => s.story);
    if (stories.length > 0) return { period, stories: stories.slice(0, query.limit) };
    before = period.from;
  }
  return null;
}

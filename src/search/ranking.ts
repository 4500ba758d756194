/**
 * How search orders its candidates: one function, so that every factor is in one place. A candidate
 * carries how strongly it mentions the query's topics, how well its text matches (in the query's
 * words or their translations), and its date.
 */

export interface Candidate {
  id: string;
  /** 0–1: the strongest of the query's topics the article mentions, by topic weight and mentions. */
  topic: number;
  /** 0–1: full-text relevance, relative to the best match. */
  text: number;
  /** ISO time the article sorts by. */
  sortTime: string;
  /** Entity ids of the query's topics the article mentions. */
  topics: Set<string>;
}

export interface RankedCandidate {
  candidate: Candidate;
  score: number;
}

const WEIGHTS = { topic: 0.55, text: 0.35, recency: 0.1 };
/** A month-old article keeps half its recency score. */
const RECENCY_HALF_LIFE_DAYS = 30;

/**
 * Best first. When the query is a topic's name (`topicAnswersQuery`), articles that mention the topic
 * come before articles that only share its words: the topic is what was asked for, and text matches
 * (an article that says "trafficking" about drugs) fill the list after them.
 */
export function rankCandidates(candidates: Iterable<Candidate>, options: { topicAnswersQuery: boolean; limit: number }): RankedCandidate[] {
  const all = [...candidates];
  let newest = 0;
  for (const c of all) newest = Math.max(newest, Date.parse(c.sortTime) || 0);
  const tier = (c: Candidate) => (options.topicAnswersQuery && c.topics.size === 0 ? 1 : 0);
  return all
    .map((candidate) => {
      const ageDays = Math.max(0, (newest - (Date.parse(candidate.sortTime) || 0)) / 86_400_000);
      const recency = Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
      return { candidate, score: WEIGHTS.topic * candidate.topic + WEIGHTS.text * candidate.text + WEIGHTS.recency * recency };
    })
    .sort((a, b) => tier(a.candidate) - tier(b.candidate) || b.score - a.score || b.candidate.sortTime.localeCompare(a.candidate.sortTime) || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, options.limit);
}

/**
 * How search orders its candidates: one function, so that every factor is in one place. A candidate
 * carries how strongly it mentions the query's topics, how well its text matches (in the query's
 * words or their translations), whether it is about migration at all, and its date.
 */
import type { TextHit } from './text-match.js';

export interface Candidate {
  id: string;
  /** 0–1: the strongest of the query's topics the article mentions, by topic weight and mentions. */
  topic: number;
  /** 0–1: full-text relevance, relative to the best match. */
  text: number;
  /** ISO time the article sorts by. */
  sortTime: string;
  /** Entity ids of the query's topics the article mentions (at most five: a list, not a set, per candidate). */
  topics: string[];
  /**
   * The article is about migration: its relevance score (src/entities/relevance.ts) reaches the
   * threshold. An article that merely shares a word or a country with the query (Egypt's football) does not.
   */
  onTopic: boolean;
}

export interface RankedCandidate {
  candidate: Candidate;
  score: number;
}

const WEIGHTS = { topic: 0.55, text: 0.35, recency: 0.1, onTopic: 0.12 };
/**
 * Scores are close together on a topic's articles, so almost all of them could be lifted by being on
 * topic; looking that up is bounded to the best few per result shown.
 */
const CONTENDERS_PER_RESULT = 3;
const MIN_CONTENDERS = 30;
/**
 * How a text match scores: the store's relevance, scaled down by the share of the query's words it
 * lacks (squared: one word of two missing keeps a quarter), and bonuses for having every word, the
 * exact phrase and the words near each other. An article with every word outscores one with some
 * (0.25 > 0.3 × ((n − 1) / n)² for queries of up to a dozen words); between articles with every
 * word, the phrase always, and nearness mostly, outweighs the store's relevance.
 */
const TEXT_WEIGHTS = { relevance: 0.3, allWords: 0.25, phrase: 0.25, proximity: 0.2 };

/**
 * 0–1 text scores of the hits, relative to the best hit in the same language (bm25 figures of Arabic
 * and English texts differ in scale). Relevance is first made relative within each language and
 * coverage level, since each level was ranked by its own expression.
 */
export function textScores(hits: readonly TextHit[]): Map<string, number> {
  const best = <T>(items: readonly T[], key: (t: T) => string, value: (t: T) => number) => {
    const out = new Map<string, number>();
    for (const item of items) out.set(key(item), Math.max(out.get(key(item)) ?? 1e-9, value(item)));
    return out;
  };
  const level = (h: TextHit) => `${h.lang} ${h.coverage}`;
  const bestRelevance = best(hits, level, (h) => h.relevance);
  const raw = hits.map((h) => ({
    hit: h,
    score:
      h.coverage * h.coverage * TEXT_WEIGHTS.relevance * Math.max(0, h.relevance / (bestRelevance.get(level(h)) ?? 1)) +
      (h.coverage === 1 ? TEXT_WEIGHTS.allWords : 0) +
      (h.phrase ? TEXT_WEIGHTS.phrase : 0) +
      TEXT_WEIGHTS.proximity * h.proximity,
  }));
  const bestScore = best(raw, (r) => r.hit.lang, (r) => r.score);
  return new Map(raw.map((r) => [r.hit.articleId, r.score / (bestScore.get(r.hit.lang) ?? 1)]));
}

/** A candidate being ranked: its time parsed once, and its tier (0 before 1). */
interface Scored extends RankedCandidate {
  time: number;
  tier: number;
}

/** A month-old article keeps half its recency score. */
const RECENCY_HALF_LIFE_DAYS = 30;

/**
 * Best first. When the query is a topic's name (`topicAnswersQuery`), articles that mention the topic
 * come before articles that only share its words: the topic is what was asked for, and text matches
 * (an article that says "trafficking" about drugs) fill the list after them. Whether an article is on
 * topic is looked up (`onTopicOf`) only for those it could lift into the first `limit`.
 */
export async function rankCandidates(
  candidates: Iterable<Candidate>,
  options: { topicAnswersQuery: boolean; limit: number; onTopicOf: (ids: string[]) => Promise<ReadonlySet<string>> },
): Promise<RankedCandidate[]> {
  // Each time is parsed once (Date.parse costs about a microsecond, and candidates number hundreds).
  const scored: Scored[] = [];
  let newest = 0;
  for (const candidate of candidates) {
    const time = Date.parse(candidate.sortTime) || 0;
    if (time > newest) newest = time;
    scored.push({ candidate, score: 0, time, tier: options.topicAnswersQuery && candidate.topics.length === 0 ? 1 : 0 });
  }
  for (const s of scored) {
    const ageDays = Math.max(0, (newest - s.time) / 86_400_000);
    const recency = Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
    s.score = WEIGHTS.topic * s.candidate.topic + WEIGHTS.text * s.candidate.text + WEIGHTS.recency * recency;
  }
  // ISO times and ids compare as plain strings (localeCompare costs a collator call per comparison).
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const order = (a: Scored, b: Scored) =>
    a.tier - b.tier || b.score - a.score || compare(b.candidate.sortTime, a.candidate.sortTime) || compare(a.candidate.id, b.candidate.id);
  scored.sort(order);
  // Being on topic adds at most WEIGHTS.onTopic: only articles within that of the last place can move
  // (and of those, the best CONTENDERS_PER_RESULT per place).
  const last = scored[Math.min(options.limit, scored.length) - 1];
  const contenders = (last ? scored.filter((s) => s.tier < last.tier || (s.tier === last.tier && s.score >= last.score - WEIGHTS.onTopic)) : []).slice(
    0,
    Math.max(MIN_CONTENDERS, CONTENDERS_PER_RESULT * options.limit),
  );
  const onTopic = await options.onTopicOf(contenders.map((s) => s.candidate.id));
  for (const s of contenders) {
    s.candidate.onTopic = onTopic.has(s.candidate.id);
    if (s.candidate.onTopic) s.score += WEIGHTS.onTopic;
  }
  return contenders.sort(order).slice(0, options.limit).map(({ candidate, score }) => ({ candidate, score }));
}

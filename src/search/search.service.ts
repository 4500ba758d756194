/**
 * Search: the topics a query names (cross-lingual, through entity aliases) combined with full-text
 * relevance over normalised text, ranked by topic match, relevance and recency. Any user string is
 * safe: it is tokenised into letters and digits before it reaches FTS syntax.
 */
import type { Engine } from '../engine.js';
import type { EntityRecord } from '../entities/types.js';
import { fullTextSearch, getArticlesByIds } from '../storage/article.repository.js';
import { loadEntityRecords } from '../storage/entity.repository.js';
import { articlesMentioning } from '../storage/mention.repository.js';
import { isQueryStopword, queryTermGroups } from './index-terms.js';
import { makeSnippet } from './snippet.js';
import { createTopicLookup, type TopicLookup, type TopicMatch } from './topic-lookup.js';

export interface SearchTopic {
  id: string;
  kind: string;
  name: string;
}

export interface SearchResult {
  id: string;
  title: string;
  url: string;
  published: string | null;
  lang: string;
  source: string | null;
  score: number;
  snippet: string;
  /** Which of the query's topics this article mentions. */
  topics: string[];
}

export interface SearchResponse {
  query: string;
  topics: SearchTopic[];
  results: SearchResult[];
}

/** User queries are capped; nothing useful is ever 10 KB long, but a pasted 10 KB string must still work. */
export const MAX_QUERY_CHARS = 10_000;
const MAX_TOPICS = 5;
const CANDIDATES_PER_SOURCE = 300;
const WEIGHTS = { topic: 0.55, text: 0.35, recency: 0.1 };
/** A month-old article keeps half its recency score. */
const RECENCY_HALF_LIFE_DAYS = 30;

export interface Searcher {
  search(query: string, options: { limit: number }): Promise<SearchResponse>;
  topicsFor(query: string): TopicMatch[];
}

/** Builds a searcher over the database's current entities (reuse it for many queries). */
export async function createSearcher(engine: Engine): Promise<Searcher> {
  const lookup: TopicLookup = createTopicLookup(await loadEntityRecords(engine.store.db));
  const topicsFor = (query: string) => lookup.find(query.slice(0, MAX_QUERY_CHARS), isQueryStopword).slice(0, MAX_TOPICS);

  return {
    topicsFor,
    async search(rawQuery, { limit }) {
      const query = rawQuery.slice(0, MAX_QUERY_CHARS);
      const topics = topicsFor(query);
      const groups = queryTermGroups(query, isQueryStopword);
      const { db, dialect } = engine.store;

      // When the query is a topic's name ("egypt", "IOM", "الاتجار بالبشر"), its mentions are the
      // answer and full-text ranking over thousands of matches adds cost, not precision.
      const topicAnswersQuery = topics.some((t) => t.coversQuery);
      const [topicHits, textHits] = await Promise.all([
        articlesMentioning(db, topics.map((t) => t.entity.id), CANDIDATES_PER_SOURCE),
        topicAnswersQuery ? Promise.resolve([]) : fullTextSearch(db, dialect, groups, CANDIDATES_PER_SOURCE),
      ]);

      // Phase 1: score candidates on ids, counts and times only.
      const weightOf = new Map(topics.map((t) => [t.entity.id, t.weight]));
      const candidates = new Map<string, { topic: number; text: number; topics: Set<string>; sortTime: string }>();
      const entry = (id: string, sortTime: string) => {
        let c = candidates.get(id);
        if (!c) candidates.set(id, (c = { topic: 0, text: 0, topics: new Set(), sortTime }));
        return c;
      };
      for (const hit of topicHits) {
        const c = entry(hit.article_id, hit.sort_time);
        // More mentions mean the article is more about the topic, with diminishing returns.
        const strength = (weightOf.get(hit.entity_id) ?? 0) * (0.7 + 0.3 * Math.min(1, Math.log2(1 + hit.mention_count) / 3));
        c.topic = Math.max(c.topic, strength);
        c.topics.add(hit.entity_id);
      }
      const maxRelevance = Math.max(1e-9, ...textHits.map((h) => h.relevance));
      for (const hit of textHits) entry(hit.articleId, hit.sortTime).text = hit.relevance / maxRelevance;

      let newest = 0;
      for (const c of candidates.values()) newest = Math.max(newest, Date.parse(c.sortTime) || 0);
      const ranked = [...candidates.entries()]
        .map(([id, c]) => {
          const ageDays = Math.max(0, (newest - (Date.parse(c.sortTime) || 0)) / 86_400_000);
          const recency = Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
          return { id, c, score: WEIGHTS.topic * c.topic + WEIGHTS.text * c.text + WEIGHTS.recency * recency };
        })
        .sort((a, b) => b.score - a.score || b.c.sortTime.localeCompare(a.c.sortTime) || a.id.localeCompare(b.id))
        .slice(0, limit);

      // Phase 2: load only the articles shown.
      const rows = new Map((await getArticlesByIds(db, ranked.map((r) => r.id))).map((a) => [a.id, a]));
      const scored = ranked.flatMap(({ id, c, score }) => {
        const article = rows.get(id);
        return article ? [{ article, score, topics: [...c.topics] }] : [];
      });

      const topicRecords = new Map<string, EntityRecord>(topics.map((t) => [t.entity.id, t.entity]));
      return {
        query,
        topics: topics.map((t) => ({ id: t.entity.id, kind: t.entity.kind, name: t.entity.names.en })),
        results: scored.map(({ article, score, topics: ids }) => ({
          id: article.id,
          title: article.title,
          url: article.url,
          published: article.published,
          lang: article.lang,
          source: article.source,
          score: Math.round(score * 10_000) / 10_000,
          snippet: makeSnippet(article.text, query, ids.map((id) => topicRecords.get(id)).filter((e): e is EntityRecord => e !== undefined), article.summary),
          topics: ids,
        })),
      };
    },
  };
}

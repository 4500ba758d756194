/**
 * Search: the topics a query names (cross-lingual, through entity aliases) and those its words imply
 * (the query lexicon: "smugglers", «passeurs», «مهربين» → migrant smuggling), combined with full-text
 * relevance over normalised text in the query's words and their wording in the other two languages
 * (./text-match.ts: any of the words, more of them, the phrase and nearness ranking higher), ranked
 * by ./ranking.ts. Any user string is safe: it is tokenised into letters and digits before it
 * reaches FTS syntax.
 */
import type { Engine } from '../engine.js';
import type { EntityRecord } from '../entities/types.js';
import { articlesAboutMigration, languagesOf } from '../storage/article.repository.js';
import { resultArticles, topicCandidates } from '../storage/search-reads.repository.js';
import { isQueryStopword } from './index-terms.js';
import { bundledQueryConcepts, createQueryLexicon } from './query-lexicon.js';
import { planQuery, type QueryPlan } from './query-plan.js';
import { type Candidate, rankCandidates, textScores } from './ranking.js';
import { SNIPPET_TEXT_CHARS, snippetsFor } from './snippet.js';
import { matchText, type TextHit } from './text-match.js';
import { topicIndex } from './topic-index.js';
import type { TopicMatch } from './topic-lookup.js';

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
  /** The query is only stopwords ("the", «في», «de la»): its words were not searched, only topics it names. */
  onlyStopwords: boolean;
}

/** User queries are capped; nothing useful is ever 10 KB long, but a pasted 10 KB string must still work. */
export const MAX_QUERY_CHARS = 10_000;
const MAX_TOPICS = 5;
const CANDIDATES_PER_SOURCE = 300;
/** Text matches taken newest first (not by relevance) are fewer: each costs its relevance to compute. */
const NEWEST_TEXT_CANDIDATES = 100;
/**
 * A theme a lexicon concept is ("passeurs" → migrant smuggling) weighs a little less than a topic the
 * query names outright; a wider theme it belongs to (the Balkan route → irregular migration) is a hint
 * that must not outweigh the words themselves.
 */
const IMPLIED_TOPIC_WEIGHT = { covers: 0.9, contained: 0.7, wider: 0.3 };
/** With fewer articles holding every word, articles with fewer of the words are looked for. */
const RELAX_BELOW = 30;
/** A topic named by the query with fewer articles than this may be topped up with text matches. */
const FILL_BELOW = 20;
/** Below this many articles on the topic in a language, articles that only use the query's words fill it. */
const FEW_TOPIC_ARTICLES = 5;

export interface Searcher {
  search(query: string, options: { limit: number }): Promise<SearchResponse>;
  topicsFor(query: string): TopicMatch[];
}

/** Builds a searcher over the database's current entities (reuse it for many queries). */
export async function createSearcher(engine: Engine): Promise<Searcher> {
  const { lookup, byId: recordById } = await topicIndex(engine);
  const lexicon = createQueryLexicon(bundledQueryConcepts(), isQueryStopword);

  /** `plan` when the caller has planned the query already (search does: planning normalises every word). */
  const topicsFor = (query: string, plan?: QueryPlan): TopicMatch[] => {
    const text = query.slice(0, MAX_QUERY_CHARS);
    const named = lookup.find(text, isQueryStopword);
    const found = new Map(named.map((t) => [t.entity.id, t]));
    for (const { entityId, named, coversQuery } of (plan ?? planQuery(text, lexicon, isQueryStopword)).implied) {
      const entity = recordById.get(entityId);
      if (!entity || found.has(entityId)) continue;
      const weight = !named ? IMPLIED_TOPIC_WEIGHT.wider : coversQuery ? IMPLIED_TOPIC_WEIGHT.covers : IMPLIED_TOPIC_WEIGHT.contained;
      found.set(entityId, { entity, weight, coversQuery });
    }
    return [...found.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_TOPICS);
  };

  return {
    topicsFor,
    async search(rawQuery, { limit }) {
      const query = rawQuery.slice(0, MAX_QUERY_CHARS);
      const plan = planQuery(query, lexicon, isQueryStopword);
      const topics = topicsFor(query, plan);
      const { db, dialect } = engine.store;

      const topicHits = await topicCandidates(db, topics.map((t) => t.entity.id), CANDIDATES_PER_SOURCE);
      // When the query is a topic's name ("egypt", "IOM", "الاتجار بالبشر") and the topic has plenty
      // of articles, its mentions are the answer and full-text ranking over thousands of matches adds
      // cost, not precision. With few (FILL_BELOW), text matches fill the list (ranked after them).
      const topicAnswersQuery = topics.some((t) => t.coversQuery);
      let textHits: TextHit[] = [];
      // Stopwords alone would match every article: they are not searched on their own.
      if (!plan.onlyStopwords && (!topicAnswersQuery || new Set(topicHits.map((h) => h.article_id)).size < FILL_BELOW)) {
        // Ranking every match costs as many matches as there are: bounded for the user's own words,
        // not for their wording in three languages, nor when text only tops up a topic's articles.
        // Those take the newest matches, each with its relevance.
        const newestFirst = topicAnswersQuery || plan.concepts.length > 0;
        const cap = newestFirst ? NEWEST_TEXT_CANDIDATES : CANDIDATES_PER_SOURCE;
        textHits = await matchText(db, dialect, plan, { limit: cap, newestFirst, relaxBelow: Math.max(RELAX_BELOW, limit) });
      }

      // Phase 1: score candidates on ids, counts and times only.
      const weightOf = new Map(topics.map((t) => [t.entity.id, t.weight]));
      const candidates = new Map<string, Candidate>();
      const entry = (id: string, sortTime: string) => {
        let c = candidates.get(id);
        if (!c) candidates.set(id, (c = { id, topic: 0, text: 0, topics: [], onTopic: false, sortTime }));
        return c;
      };
      for (const hit of topicHits) {
        const c = entry(hit.article_id, hit.sort_time);
        // More mentions mean the article is more about the topic, with diminishing returns.
        const strength = (weightOf.get(hit.entity_id) ?? 0) * (0.7 + 0.3 * Math.min(1, Math.log2(1 + hit.mention_count) / 3));
        c.topic = Math.max(c.topic, strength);
        if (!c.topics.includes(hit.entity_id)) c.topics.push(hit.entity_id);
      }
      // "Syrian refugees", "Afghan refugees in Iran": an article with every topic the query names
      // answers it better than one with only the country or only the theme. In a language the query's
      // words cannot match, the topics are all the ranking has, so their coverage must count.
      const totalWeight = topics.reduce((sum, t) => sum + t.weight, 0);
      for (const c of candidates.values()) c.topic *= topicCoverageFactor(c.topics, weightOf, totalWeight);
      const textScore = textScores(textHits);
      const fillLanguages = topicAnswersQuery && textHits.length > 0 ? languagesToFill(textHits, await languagesOf(db, [...candidates.keys()])) : undefined;
      for (const hit of textHits) {
        const mentionsTopic = (candidates.get(hit.articleId)?.topics.length ?? 0) > 0;
        // The query is a topic's name: its articles are ranked on the topic alone (a word of the query
        // says nothing about language), and text matches only fill languages where it has few articles.
        if (fillLanguages && (mentionsTopic || !fillLanguages.has(hit.lang))) continue;
        entry(hit.articleId, hit.sortTime).text = textScore.get(hit.articleId) ?? 0;
      }

      // An article that only shares a country or a word with the query (Egypt's football, "trafficking"
      // about drugs) ranks below the migration news: its stored relevance score (src/entities/relevance.ts).
      const onTopicOf = (ids: string[]) => articlesAboutMigration(db, dialect, ids);
      const ranked = await rankCandidates(candidates.values(), { topicAnswersQuery, limit, onTopicOf });

      // Phase 2: load only the articles shown, and of their texts what a snippet reads.
      const rows = new Map((await resultArticles(db, dialect, ranked.map((r) => r.candidate.id), SNIPPET_TEXT_CHARS)).map((a) => [a.id, a]));
      const scored = ranked.flatMap(({ candidate, score }) => {
        const article = rows.get(candidate.id);
        return article ? [{ article, score, topics: candidate.topics }] : [];
      });

      const topicRecords = new Map<string, EntityRecord>(topics.map((t) => [t.entity.id, t.entity]));
      const snippets = snippetsFor(query);
      return {
        query,
        onlyStopwords: plan.onlyStopwords,
        topics: topics.map((t) => ({ id: t.entity.id, kind: t.entity.kind, name: t.entity.names.en })),
        results: scored.map(({ article, score, topics: ids }) => ({
          id: article.id,
          title: article.title,
          url: article.url,
          published: article.published,
          lang: article.lang,
          source: article.source,
          score: Math.round(score * 10_000) / 10_000,
          snippet: snippets.of(article.text, ids.map((id) => topicRecords.get(id)).filter((e): e is EntityRecord => e !== undefined), article.summary),
          topics: ids,
        })),
      };
    },
  };
}

/**
 * Languages of the text matches in which the topic has fewer than FEW_TOPIC_ARTICLES articles: there
 * the topic was seldom recognised («travail forcé» tagged in few French articles), and the query's
 * words are the best evidence left.
 */
function languagesToFill(textHits: readonly TextHit[], topicArticleLanguages: ReadonlyMap<string, string>): Set<string> {
  const onTopic = new Map<string, number>();
  for (const lang of topicArticleLanguages.values()) onTopic.set(lang, (onTopic.get(lang) ?? 0) + 1);
  return new Set(textHits.map((h) => h.lang).filter((lang) => (onTopic.get(lang) ?? 0) < FEW_TOPIC_ARTICLES));
}

/**
 * How much of the query's topics (by weight) an article carries, as a factor on its strongest topic's
 * strength: 1 with all of them (a one-topic query is never changed), down to one half with none of
 * the others, so coverage orders articles without letting a weak topic outrank a strong one's text.
 */
function topicCoverageFactor(carried: readonly string[], weightOf: ReadonlyMap<string, number>, totalWeight: number): number {
  if (totalWeight <= 0) return 1;
  let covered = 0;
  for (const id of carried) covered += weightOf.get(id) ?? 0;
  return 0.5 + 0.5 * Math.min(1, covered / totalWeight);
}

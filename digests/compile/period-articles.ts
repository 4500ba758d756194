/**
 * Reads one period's articles with what the digest needs: titles, stored summaries, the head of the
 * body (clustering reads no further), sources, entity mentions and the stories ingestion gave them.
 * A few queries, whatever the size.
 */
import { sql } from 'kysely';
import type { Engine } from '../../src/engine.js';
import { currentStories } from '../../src/storage/story.repository.js';
import { BODY_CHARS } from '../clustering/features.js';
import { type Period, sortTimeRange } from './period.js';

export interface ArticleMentionFacts {
  entityId: string;
  count: number;
  /** Offset of the first mention in `title + "\n\n" + text`. */
  firstOffset: number;
}

export interface PeriodArticle {
  id: string;
  title: string;
  url: string;
  lang: string;
  /** The article's own date, or null when it carried none. */
  published: string | null;
  /** published, else ingestion time. */
  sortTime: string;
  source: string | null;
  /** The extractive summary computed at ingestion. */
  summary: string;
  /** The first BODY_CHARS characters of the body. */
  head: string;
  /** Migration relevance from enrichment (null: stored before it was scored); see coverage.ts. */
  relevance: number | null;
  mentions: ArticleMentionFacts[];
  /** The story ingestion gave it, merges followed; null until the story backfill reaches it. */
  story: { id: string; representative: string } | null;
}

const IN_CHUNK = 500;

export async function loadPeriodArticles(engine: Engine, period: Period): Promise<PeriodArticle[]> {
  const { db } = engine.store;
  const { start, end } = sortTimeRange(period);
  const rows = await db
    .selectFrom('articles')
    .leftJoin('sources', 'sources.id', 'articles.source_id')
    .select([
      'articles.id',
      'articles.title',
      'articles.url',
      'articles.lang',
      'articles.published',
      'articles.sort_time',
      'articles.summary',
      'articles.relevance',
      'articles.story_id',
      'sources.name as source',
      sql<string>`substr(articles.text, 1, ${BODY_CHARS})`.as('head'),
    ])
    .where('articles.sort_time', '>=', start)
    .where('articles.sort_time', '<', end)
    .orderBy('articles.sort_time')
    .orderBy('articles.id')
    .execute();

  const mentions = new Map<string, ArticleMentionFacts[]>();
  for (let i = 0; i < rows.length; i += IN_CHUNK) {
    const ids = rows.slice(i, i + IN_CHUNK).map((r) => r.id);
    const found = await db
      .selectFrom('mentions')
      .select(['article_id', 'entity_id', 'mention_count', 'first_offset'])
      .where('article_id', 'in', ids)
      .execute();
    for (const m of found) {
      const list = mentions.get(m.article_id) ?? [];
      list.push({ entityId: m.entity_id, count: m.mention_count, firstOffset: m.first_offset });
      mentions.set(m.article_id, list);
    }
  }
  const stories = await currentStories(db, rows.flatMap((r) => (r.story_id ? [r.story_id] : [])));
  return rows.map((r) => {
    const story = r.story_id ? stories.get(r.story_id) : undefined;
    return {
    id: r.id,
    title: r.title,
    url: r.url,
    lang: r.lang,
    published: r.published,
    sortTime: r.sort_time,
    source: r.source,
    summary: r.summary,
    head: r.head,
    relevance: r.relevance,
    mentions: (mentions.get(r.id) ?? []).sort((a, b) => a.firstOffset - b.firstOffset),
    story: story ? { id: story.id, representative: story.representative_id } : null,
    };
  });
}

/** The database rows one enriched article becomes, shared by the kysely and the SQLite batch writers. */
import type { NewArticle, NewMention } from '../../db/schema.js';
import type { EnrichedArticle } from './enrich.js';

export interface SourceHint {
  name: string;
  url: string | null;
  kind: string;
}

export interface PendingArticle {
  article: EnrichedArticle;
  source: SourceHint | null;
}

/** What listing, recency and digest periods order by: the publication date, else the ingestion time. */
export function sortTimeOf(article: Pick<EnrichedArticle, 'published'>, now: string): string {
  return article.published ?? now;
}

export function articleRows({ article }: PendingArticle, now: string): { article: NewArticle; mentions: NewMention[] } {
  const sortTime = sortTimeOf(article, now);
  return {
    article: {
      id: article.id,
      url: article.draft.url,
      title: article.draft.title,
      text: article.draft.text,
      lang: article.lang,
      published: article.published,
      published_from: article.publishedFrom,
      sort_time: sortTime,
      source_id: null,
      content_hash: article.contentHash,
      summary: article.summary,
      ingested_at: now,
      relevance: article.relevance,
    },
    mentions: article.mentions.map((m) => ({
      article_id: article.id,
      entity_id: m.entityId,
      mention_count: m.count,
      surfaces: JSON.stringify(m.surfaces),
      first_offset: m.firstOffset,
      sort_time: sortTime,
      roles: m.roles && m.roles.length > 0 ? JSON.stringify(m.roles) : null,
    })),
  };
}


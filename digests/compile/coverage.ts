/**
 * What a brief or topic card covers: migration news only (the default: a brief never carries a story
 * that is not about migration, so a follower of "Egypt" gets Egypt's migration news, not its football)
 * or everything the followed topics appear in, when the reader asks for all (`--all`). Articles carry
 * their migration relevance from enrichment; src/storage/about-migration.ts says which count.
 */
import { isAboutMigration } from '../../src/storage/about-migration.js';

export type Coverage = 'migration' | 'everything';

export function coveredArticles<T extends { relevance: number | null }>(articles: readonly T[], coverage: Coverage): T[] {
  return coverage === 'everything' ? [...articles] : articles.filter((article) => isAboutMigration(article.relevance));
}

/**
 * The compiled_summaries scope of a digest: the topic's id for migration news (the digests every
 * subscriber shares), with a suffix for the rarer everything digests so the two never overwrite each other.
 */
export function storedScope(scope: string, coverage: Coverage): string {
  return coverage === 'everything' ? `${scope}|everything` : scope;
}

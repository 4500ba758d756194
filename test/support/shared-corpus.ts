/**
 * Access to ../shared (real articles and feeds, platform schemas). It is absent from a user's fresh
 * clone: tests that need it skip with a printed notice instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** ../shared relative to the project, or MAWJAZ_SHARED_DIR. */
export const sharedDir = process.env.MAWJAZ_SHARED_DIR ?? resolve(projectRoot, '../shared');
export const corpusDir = join(sharedDir, 'corpus');
export const hasCorpus = existsSync(join(corpusDir, 'articles.jsonl'));

if (!hasCorpus) {
  console.warn(`[mawjaz tests] ${corpusDir} not found: tests on the real shared corpus are skipped.`);
}

export interface CorpusArticle {
  id: string;
  lang: string;
  title: string;
  text: string;
  published: string;
  source: string;
  url: string | null;
  topic: string;
}

let cached: CorpusArticle[] | undefined;

/** All articles of ../shared/corpus/articles.jsonl (call only when hasCorpus). */
export function corpusArticles(): CorpusArticle[] {
  cached ??= readFileSync(join(corpusDir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusArticle);
  return cached;
}

/** An article of either file: those of articles-fr-ar.jsonl may have no date. */
export type AnyCorpusArticle = Omit<CorpusArticle, 'published'> & { published: string | null };

let cachedFrAr: AnyCorpusArticle[] | undefined;

/** The French and Arabic articles of ../shared/corpus/articles-fr-ar.jsonl ([] where that file is absent). */
export function corpusArticlesFrAr(): AnyCorpusArticle[] {
  const path = join(corpusDir, 'articles-fr-ar.jsonl');
  cachedFrAr ??= existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as AnyCorpusArticle)
    : [];
  return cachedFrAr;
}

/** One article of either corpus file, by id. */
export function anyCorpusArticle(id: string): AnyCorpusArticle {
  const found = corpusArticles().find((a) => a.id === id) ?? corpusArticlesFrAr().find((a) => a.id === id);
  if (!found) throw new Error(`corpus article ${id} not found`);
  return found;
}

export function corpusArticle(id: string): CorpusArticle {
  const found = corpusArticles().find((a) => a.id === id);
  if (!found) throw new Error(`corpus article ${id} not found`);
  return found;
}

export function corpusFeed(name: string): string {
  return join(corpusDir, 'feeds', name);
}

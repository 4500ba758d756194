/** One article as users see it: text facts plus the countries and entities it mentions. */
import { z } from 'zod';
import { type PersonRole, personRoleSchema } from '../entities/types.js';
import type { Engine } from '../engine.js';
import { NotFound } from '../errors.js';
import { articlesPerDay, countArticles, getArticle } from '../storage/article.repository.js';
import { mentionsOfArticle } from '../storage/mention.repository.js';

/** How many articles each day (YYYY-MM-DD, by sort time) holds, in no particular order. */
export function articleCountsByDay(engine: Engine): Promise<Array<{ day: string; articles: number }>> {
  return articlesPerDay(engine.store.db);
}

/** How many articles are stored. */
export function storedArticleCount(engine: Engine): Promise<number> {
  return countArticles(engine.store.db);
}

export interface ArticleView {
  id: string;
  title: string;
  url: string;
  lang: string;
  published: string | null;
  source: string | null;
  summary: string;
  /** How much the article is about migration, in [0, 1]; null until a pre-0016 article is backfilled. */
  relevance: number | null;
  countries: Array<{ code: string; name: string }>;
  /** People carry `roles`: what this article says they are, as written (empty when it says nothing). */
  entities: Array<{ id: string; kind: string; name: string; names: { en: string; ar: string | null }; mentions: string[]; roles?: PersonRole[] }>;
}

const storedRoles = z.array(personRoleSchema);

/** Roles as stored with a mention (JSON, or null); a row written by an older version has none. */
function rolesOf(json: string | null): PersonRole[] {
  if (json === null) return [];
  const parsed = storedRoles.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

export async function showArticle(engine: Engine, id: string): Promise<ArticleView> {
  const article = await getArticle(engine.store.db, id.trim());
  if (!article) throw new NotFound(`no article with id "${id.slice(0, 40)}" (ids are listed by: mawjaz list)`);
  const mentions = await mentionsOfArticle(engine.store.db, article.id);
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    lang: article.lang,
    published: article.published,
    source: article.source,
    summary: article.summary,
    relevance: article.relevance,
    countries: mentions.filter((m) => m.kind === 'country' && m.country_code).map((m) => ({ code: m.country_code!, name: m.name_en })),
    entities: mentions.map((m) => ({
      id: m.id,
      kind: m.kind,
      name: m.name_en,
      names: { en: m.name_en, ar: m.name_ar },
      mentions: JSON.parse(m.surfaces) as string[],
      ...(m.kind === 'person' ? { roles: rolesOf(m.roles) } : {}),
    })),
  };
}

/**
 * Enrich stage: language, publication date, summary, entities and search terms for one cleaned draft.
 * Pure computation (no I/O), so it can be measured and tested on its own.
 */
import { createHash } from 'node:crypto';
import type { EntityMatcher } from '../entities/entity.service.js';
import { extractEntities } from '../entities/extract.js';
import { organisationsOnlyOnTopic } from '../entities/gazetteer.js';
import type { PersonRole } from '../entities/people.js';
import { relevanceFeatures, relevanceScore } from '../entities/relevance.js';
import { inOtherSense } from '../entities/theme-senses.js';
import { mentionStrength, supportedEntities, withoutOffTopicEntities } from '../entities/theme-support.js';
import type { EntityRecord, Mention } from '../entities/types.js';
import { indexTerms } from '../search/index-terms.js';
import { extractPublishedDate } from '../text/dates.js';
import { detectLanguage } from '../text/language.js';
import { type Token, tokenise } from '../text/tokens.js';
import { summarise } from '../text/summary.js';
import { cleanDraft } from './clean.js';
import type { ArticleDraft } from './types.js';

export interface EnrichedArticle {
  id: string;
  draft: ArticleDraft;
  contentHash: string;
  lang: string;
  published: string | null;
  publishedFrom: 'metadata' | 'text' | 'none';
  summary: string;
  /** Mentions grouped by entity, in order of first appearance in title + text. */
  mentions: EntityMentions[];
  /** People introduced by title or role in this text that may be new to the database. */
  people: EntityRecord[];
  /** Organisations this text names that the gazetteer lacks (origin 'text'), new to the database or not. */
  organisations: EntityRecord[];
  /** Migration relevance in [0, 1] (src/entities/relevance.ts); RELEVANCE_THRESHOLD and above: about migration. */
  relevance: number;
  search: { title: string; body: string };
}

export interface EntityMentions {
  entityId: string;
  count: number;
  surfaces: string[];
  firstOffset: number;
  /** The mentions' support for a theme: each counts 1, or less for a loose wording (../entities/theme-support.ts mentionStrength). */
  weight: number;
  /** For a person: the roles this article gives them, as written (empty when none). */
  roles?: PersonRole[];
}

export function articleId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 12);
}

/**
 * The same body under any URL hashes the same, whatever its spacing, punctuation, diacritics or
 * letter variants: the hash is over the normalised words (already computed for matching).
 */
export function contentHash(text: string, tokens: readonly Token[] = tokenise(text)): string {
  return createHash('sha256')
    .update(tokens.map((t) => t.norm).join(' '))
    .digest('hex');
}

/** Clean, then enrich: what happens to every draft a reader yields (throws InvalidInput on an empty one). */
export function prepareArticle(raw: ArticleDraft, matcher: EntityMatcher): EnrichedArticle {
  return enrich(cleanDraft(raw), matcher);
}

export function enrich(draft: ArticleDraft, matcher: EntityMatcher): EnrichedArticle {
  const lang = draft.lang && /^[a-z]{2}$/.test(draft.lang) ? draft.lang : detectLanguage(`${draft.title}\n${draft.text}`);
  let published = draft.published;
  let publishedFrom: EnrichedArticle['publishedFrom'] = published ? 'metadata' : 'none';
  if (!published) {
    published = extractPublishedDate(`${draft.title}\n${draft.text}`);
    if (published) publishedFrom = 'text';
  }
  // Tokenise once: the entity pass reads title + text; the index and the hash read their words apart.
  const fullText = `${draft.title}\n\n${draft.text}`;
  const allTokens = tokenise(fullText);
  const titleEnd = allTokens.findIndex((t) => t.start > draft.title.length);
  const titleTokens = titleEnd < 0 ? allTokens : allTokens.slice(0, titleEnd);
  const textTokens = titleEnd < 0 ? [] : allTokens.slice(titleEnd);
  const { mentions, people, organisations, roles } = extractEntities(fullText, matcher, allTokens);
  // Themes named only in passing or in another sense are dropped (theme-support.ts, theme-senses.ts)
  // before they count towards relevance; an article that is not about migration then keeps no theme at all.
  const read = mentions.filter((mention) => !inOtherSense(mention.entityId, mention.start, mention.end, fullText, allTokens, draft.title.length));
  const supported = supportedEntities(groupMentions(read, roles), draft.title.length, draft.text.length);
  const relevance = relevanceScore(relevanceFeatures(titleTokens, textTokens, supported, draft.title.length));
  const groups = withoutOffTopicEntities(supported, relevance, organisationsOnlyOnTopic());
  return {
    id: articleId(draft.url),
    draft,
    contentHash: contentHash(draft.text, textTokens),
    lang,
    published,
    publishedFrom,
    summary: summarise(draft.text, lang, { title: draft.title }),
    mentions: groups,
    people,
    organisations,
    relevance,
    search: { title: indexTerms(draft.title, titleTokens), body: indexTerms(draft.text, textTokens) },
  };
}

const MAX_SURFACES = 8;

function groupMentions(mentions: readonly Mention[], roles: ReadonlyMap<string, PersonRole[]>): EntityMentions[] {
  const byEntity = new Map<string, EntityMentions>();
  for (const mention of mentions) {
    const group = byEntity.get(mention.entityId);
    if (!group) {
      byEntity.set(mention.entityId, { entityId: mention.entityId, count: 1, surfaces: [mention.surface], firstOffset: mention.start, weight: mentionStrength(mention.entityId, mention.surface) });
      continue;
    }
    group.count += 1;
    group.weight += mentionStrength(mention.entityId, mention.surface);
    group.firstOffset = Math.min(group.firstOffset, mention.start);
    if (group.surfaces.length < MAX_SURFACES && !group.surfaces.includes(mention.surface)) group.surfaces.push(mention.surface);
  }
  for (const [entityId, personRoles] of roles) {
    const group = byEntity.get(entityId);
    if (group) group.roles = personRoles;
  }
  return [...byEntity.values()].sort((a, b) => a.firstOffset - b.firstOffset);
}

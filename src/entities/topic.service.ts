/**
 * User-tracked topics: added with aliases in any language, they behave exactly like gazetteer entries
 * from then on, and existing articles are re-linked to them at once.
 */
import type { NewMention } from '../../db/schema.js';
import type { Engine } from '../engine.js';
import { InvalidInput, NotFound, quoteInput } from '../errors.js';
import { isQueryStopword, queryContentTokens, queryTermGroups } from '../search/index-terms.js';
import { bundledQueryConcepts, createQueryLexicon } from '../search/query-lexicon.js';
import { topicIndex, topicSpelling } from '../search/topic-index.js';
import type { TopicMatch } from '../search/topic-lookup.js';
import { articleIdsWithAnyTerm, getArticlesByIds } from '../storage/article.repository.js';
import { markSummariesStaleForEntity } from '../storage/compiled-summary.repository.js';
import { addAliases, getEntity, insertEntityIfNew, upsertEntities } from '../storage/entity.repository.js';
import { insertMentions } from '../storage/mention.repository.js';
import { isArabicScript, normaliseForMatch } from '../text/normalise.js';
import { loadEntityMatcher } from './entity.service.js';
import { type EntityKind, type EntityRecord, entityKindSchema } from './types.js';

const MAX_ALIAS_CHARS = 200;
const RELINK_BATCH = 200;
const RELINK_CANDIDATES = 1_000_000;
/** How far ahead of the next topic a partial match must be to count as the one meant. */
const CLEAR_LEAD = 0.25;
/** Weights from this up come from a topic's names and aliases (see topic-lookup.ts); below, keywords, capitals, demonyms. */
const NAME_WEIGHT = 0.85;

export interface TopicChange {
  topic: EntityRecord;
  addedAliases: string[];
  /** Articles newly linked to the topic. */
  relinked: number;
}

export function topicSlug(name: string): string {
  const slug = normaliseForMatch(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (slug === '') throw new InvalidInput(`"${name}" has no letters or digits to name a topic with`);
  return slug;
}

function checkAlias(alias: string): string {
  const trimmed = alias.replace(/\s+/g, ' ').trim();
  if (trimmed === '') throw new InvalidInput('an alias cannot be empty');
  if (trimmed.length > MAX_ALIAS_CHARS) throw new InvalidInput(`alias "${trimmed.slice(0, 40)}…" is longer than ${MAX_ALIAS_CHARS} characters`);
  if (!/[\p{L}\p{N}]/u.test(trimmed)) throw new InvalidInput(`alias "${trimmed}" has no letters or digits`);
  return trimmed;
}

const aliasLang = (text: string) => (isArabicScript(text) ? 'ar' : undefined);

/** `track` of a name a topic already has: chat offers that topic, the CLI says how to add wordings to it. */
export class TopicExists extends InvalidInput {
  constructor(
    readonly topicId: string,
    name: string,
  ) {
    super(`topic ${topicId} (${name}) already exists; add aliases with: mawjaz topics alias ${topicId} <alias>`);
  }
}

/** `relink` links the stored articles naming the new topic: the server's runs off its event loop (the delivery worker). */
export async function addTopic(engine: Engine, input: { name: string; kind?: string; aliases?: string[] }, relink: (topic: EntityRecord) => Promise<number> = (topic) => relinkTopic(engine, topic)): Promise<TopicChange> {
  const name = checkAlias(input.name);
  const kindResult = entityKindSchema.safeParse(input.kind ?? 'theme');
  if (!kindResult.success) throw new InvalidInput(`unknown kind "${input.kind}": use one of ${entityKindSchema.options.join(', ')}`);
  const kind: EntityKind = kindResult.data;
  const aliases = [name, ...(input.aliases ?? []).map(checkAlias)];
  const arabicName = aliases.find(isArabicScript);
  const englishName = aliases.find((a) => !isArabicScript(a)) ?? name;
  const record: EntityRecord = {
    id: `topic:${topicSlug(name)}`,
    kind,
    names: { en: englishName, ...(arabicName ? { ar: arabicName } : {}) },
    aliases: [...new Set(aliases)].map((text) => ({ text, ...(aliasLang(text) ? { lang: 'ar' } : {}) })),
    origin: 'user',
  };
  const existing = await getEntity(engine.store.db, record.id);
  if (existing) throw new TopicExists(record.id, existing.name_en);
  await engine.store.db.transaction().execute(async (trx) => {
    await insertEntityIfNew(trx, record, engine.now().toISOString());
  });
  const relinked = await relink(record);
  return { topic: record, addedAliases: record.aliases.map((a) => a.text), relinked };
}

export async function addTopicAliases(engine: Engine, idOrName: string, aliases: string[]): Promise<TopicChange> {
  if (aliases.length === 0) throw new InvalidInput('give at least one alias');
  const topic = await resolveTopic(engine, idOrName);
  const checked = aliases.map(checkAlias);
  const added = await engine.store.db.transaction().execute(async (trx) => {
    const fresh = await addAliases(trx, topic.id, checked.map((text) => ({ text, ...(aliasLang(text) ? { lang: 'ar' } : {}) })));
    if (topic.kind !== 'country' && !topic.names.ar) {
      const arabic = fresh.find(isArabicScript);
      if (arabic) await upsertEntities(trx, [{ ...topic, names: { ...topic.names, ar: arabic }, aliases: [...topic.aliases, ...fresh.map((text) => ({ text }))] }], engine.now().toISOString());
    }
    return fresh;
  });
  const updated = await resolveTopic(engine, topic.id);
  const relinked = await relinkTopic(engine, updated);
  return { topic: updated, addedAliases: added, relinked };
}

/**
 * The topic a query clearly names: exactly one exact name or alias, or — "khartoum" names the
 * Khartoum Process (0.9) well before Sudan through its capital (0.6) — a clear leader among topics
 * covering every word, matched by a name (not a keyword: "channel" is one of sea crossings', yet
 * rarely meant as that theme). Null when nothing or several topics fit.
 */
export function clearTopic(matches: readonly TopicMatch[]): EntityRecord | null {
  const exact = matches.filter((m) => m.weight >= 1);
  if (exact.length === 1) return exact[0]!.entity;
  if (exact.length > 1) return null;
  const [best, second] = matches.filter((m) => m.coversQuery);
  if (best && best.weight >= NAME_WEIGHT && (!second || best.weight - second.weight >= CLEAR_LEAD)) return best.entity;
  return null;
}

/**
 * Topics the query lexicon says a word names ("smuggling" → migrant smuggling, «passeurs» too): a
 * word of a longer name is no name (topic lookup rightly ignores it), but it is the best suggestion.
 */
let lexicon: ReturnType<typeof createQueryLexicon> | undefined;

function lexiconTopics(text: string, records: readonly EntityRecord[]): EntityRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  lexicon ??= createQueryLexicon(bundledQueryConcepts(), isQueryStopword);
  return lexicon.match(queryContentTokens(text)).flatMap((m) => m.concept.names.flatMap((id) => byId.get(id) ?? []));
}

/** Up to `limit` topics a misspelled query probably meant ("khartum", «ليبا»), closest first. */
export async function misspeltTopics(engine: Engine, query: string, limit: number): Promise<EntityRecord[]> {
  return (await topicSpelling(engine)).closest(query, limit);
}

/** A topic by exact id, or by a name that clearly names one topic (clearTopic); otherwise a NotFound naming the closest. */
export async function resolveTopic(engine: Engine, idOrName: string): Promise<EntityRecord> {
  const { records, byId: ids, lookup } = await topicIndex(engine);
  const byId = ids.get(idOrName.trim());
  if (byId) return byId;
  const matches = lookup.find(idOrName, isQueryStopword);
  const clear = clearTopic(matches);
  if (clear) return clear;
  const exact = matches.filter((m) => m.weight >= 1);
  if (exact.length > 1) {
    throw new InvalidInput(`${quoteInput(idOrName)} names several topics: ${exact.map((m) => `${m.entity.id} (${m.entity.names.en})`).join(', ')}; use an id`);
  }
  const close = [...new Set([...lexiconTopics(idOrName, records), ...matches.map((m) => m.entity)])].slice(0, 3).map((e) => `${e.id} (${e.names.en})`);
  throw new NotFound(`no topic named ${quoteInput(idOrName)}${close.length ? `; did you mean ${close.join(', ')}?` : ''}`);
}

/**
 * Links existing articles to a topic: candidates come from the full-text index (any alias), then the
 * real matcher (all entities, so longest-match and traps apply) confirms each one.
 */
export async function relinkTopic(engine: Engine, topic: EntityRecord): Promise<number> {
  const { db, dialect } = engine.store;
  const queries = topic.aliases.map((a) => queryTermGroups(a.text)).filter((g) => g.length > 0);
  const candidateIds = await articleIdsWithAnyTerm(db, dialect, queries, RELINK_CANDIDATES);
  const matcher = await loadEntityMatcher(engine);
  let linked = 0;
  for (let i = 0; i < candidateIds.length; i += RELINK_BATCH) {
    const articles = await getArticlesByIds(db, candidateIds.slice(i, i + RELINK_BATCH));
    const rows: NewMention[] = [];
    for (const article of articles) {
      const mentions = matcher.match(`${article.title}\n\n${article.text}`).filter((m) => m.entityId === topic.id);
      if (mentions.length === 0) continue;
      rows.push({
        article_id: article.id,
        entity_id: topic.id,
        mention_count: mentions.length,
        surfaces: JSON.stringify([...new Set(mentions.map((m) => m.surface))].slice(0, 8)),
        first_offset: Math.min(...mentions.map((m) => m.start)),
        sort_time: article.sort_time,
      });
    }
    linked += await db.transaction().execute((trx) => insertMentions(trx, rows));
  }
  // New mentions change which stories are about the topic, in whichever periods they fall.
  if (linked > 0) await markSummariesStaleForEntity(db, topic.id);
  return linked;
}

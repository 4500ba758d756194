/**
 * Which tracked topics (countries, people, organisations, processes, themes — gazetteer or user-added)
 * a user's query names, in any language: "khartoum" → the Khartoum Process (and Sudan, whose capital
 * it is), "الهجرة الدولية" → IOM, "trafficking" → the trafficking theme. This is what lets an English
 * query find Arabic articles and the reverse. A query reads its words as a bag, so a negating word
 * (../entities/negation.ts) is kept although it is a stopword, and a theme wording it stands before or
 * inside is not read: «الهجرة غير الشرعية» is irregular migration, never the «الهجرة الشرعية» (legal
 * migration) its words also spell.
 */
import { negatesNext } from '../entities/negation.js';
import { nameTokenKeys, personKey } from '../entities/person-key.js';
import type { EntityRecord } from '../entities/types.js';
import { normaliseForMatch } from '../text/normalise.js';
import { phraseKeys, textKeys, tokenise } from '../text/tokens.js';

export interface TopicMatch {
  entity: EntityRecord;
  /** 1 = the query is this topic's name; lower for partial or contained matches. */
  weight: number;
  /** Every word of the query belongs to this topic's name: the query asks for the topic itself. */
  coversQuery: boolean;
}

interface AliasEntry {
  entity: EntityRecord;
  keys: string[];
  /** The alias is one of the entity's names (not a demonym, capital or keyword). */
  isName: boolean;
}

const KIND_ORDER: Record<string, number> = { process: 0, organisation: 1, theme: 2, person: 3, country: 4 };
const MIN_PARTIAL_TOKEN = 3;
const MIN_PARTIAL_SHARE = 0.5;
/**
 * A country reached through its capital or demonym ("khartoum" → Sudan) ranks below a process or body
 * named the same way: users typing "khartoum" or "rabat" here mean the Khartoum or Rabat Process.
 */
const CAPITAL_OR_DEMONYM_WEIGHT = 0.6;

/** A key shorter than this (consonants) names too many people to be one. */
const MIN_PERSON_KEY = 4;
/** A surname alone ("Salvini") names the person a little less surely than the full name. */
const SURNAME_WEIGHT = 0.9;

/** People by the cross-script key of each of their names (src/entities/person-key.ts), and of its last word. */
function personKeyIndex(records: readonly EntityRecord[]): { full: Map<string, EntityRecord[]>; surname: Map<string, EntityRecord[]> } {
  const full = new Map<string, EntityRecord[]>();
  const surname = new Map<string, EntityRecord[]>();
  const put = (map: Map<string, EntityRecord[]>, key: string, entity: EntityRecord) => {
    const list = map.get(key) ?? [];
    if (!list.includes(entity)) list.push(entity);
    map.set(key, list);
  };
  for (const entity of records) {
    if (entity.kind !== 'person') continue;
    for (const name of [...Object.values(entity.names), ...entity.aliases.map((a) => a.text)]) {
      const keys = nameTokenKeys(name);
      if (keys.length === 0) continue;
      put(full, keys.join('-'), entity);
      if (keys.length > 1) put(surname, keys.at(-1)!, entity);
    }
  }
  return { full, surname };
}

/**
 * Whether a negator of the query (indices in `negators`) that is no word of the alias stands right
 * before the alias's words or among them: "non-refoulement" is no refoulement, «migration non légale»
 * no legal migration.
 */
function negated(aliasKeys: readonly string[], queryKeys: readonly ReadonlySet<string>[], negators: readonly number[]): boolean {
  if (negators.length === 0) return false;
  const at = queryKeys.flatMap((keys, i) => (aliasKeys.some((k) => keys.has(k)) ? [i] : []));
  if (at.length === 0) return false;
  const first = Math.min(...at);
  const last = Math.max(...at);
  return negators.some((i) => i >= first - 1 && i <= last && !at.includes(i));
}

export interface TopicLookup {
  find(query: string, isStopword: (norm: string) => boolean): TopicMatch[];
}

export function createTopicLookup(records: readonly EntityRecord[]): TopicLookup {
  const byToken = new Map<string, AliasEntry[]>();
  for (const entity of records) {
    const names = new Set(Object.values(entity.names).map((n) => phraseKeys(n).join(' ')));
    const seen = new Set<string>();
    for (const alias of [...entity.aliases, ...Object.values(entity.names).map((text) => ({ text }))]) {
      const keys = phraseKeys(alias.text);
      const joined = keys.join(' ');
      if (keys.length === 0 || seen.has(joined)) continue;
      seen.add(joined);
      const entry: AliasEntry = { entity, keys, isName: names.has(joined) };
      for (const key of new Set(keys)) {
        const list = byToken.get(key) ?? [];
        list.push(entry);
        byToken.set(key, list);
      }
    }
  }

  const personIndex = personKeyIndex(records);
  const personsByKey = (query: string): Array<[EntityRecord, number]> => {
    const key = personKey(query.slice(0, 200));
    if (key.replace(/-/g, '').length < MIN_PERSON_KEY) return [];
    return [...(personIndex.full.get(key) ?? []).map((e): [EntityRecord, number] => [e, 1]), ...(personIndex.surname.get(key) ?? []).map((e): [EntityRecord, number] => [e, SURNAME_WEIGHT])];
  };

  return {
    find(query, isStopword) {
      const tokens = tokenise(query.slice(0, 2_000)).slice(0, 12);
      const content = tokens.filter((_, i) => negatesNext(tokens, i) || !isStopword(tokens[i]!.norm));
      if (content.length === 0) return [];
      const queryKeys = content.map((t) => new Set(textKeys(t.norm)));
      const negators = content.flatMap((_, i) => (negatesNext(content, i) ? [i] : []));
      const best = new Map<string, TopicMatch>();
      const offer = (entity: EntityRecord, weight: number, coversQuery: boolean) => {
        const current = best.get(entity.id);
        if (!current || current.weight < weight) best.set(entity.id, { entity, weight, coversQuery });
      };

      // Whether the query can be a good part of a longer name: the same for every alias it is tried on.
      const longEnoughForPartial = content.every((t) => normaliseForMatch(t.norm).length >= MIN_PARTIAL_TOKEN);
      const candidates = new Set<AliasEntry>();
      for (const keys of queryKeys) for (const key of keys) for (const entry of byToken.get(key) ?? []) candidates.add(entry);

      for (const entry of candidates) {
        const covered = entry.keys.map((k) => queryKeys.some((q) => q.has(k)));
        const queryCovered = queryKeys.filter((q) => entry.keys.some((k) => q.has(k))).length;
        const aliasFullyInQuery = covered.every(Boolean) && !(entry.entity.kind === 'theme' && negated(entry.keys, queryKeys, negators));
        if (aliasFullyInQuery && queryCovered === queryKeys.length) {
          // The query is exactly this alias.
          offer(entry.entity, entry.entity.kind === 'country' && !entry.isName ? CAPITAL_OR_DEMONYM_WEIGHT : 1, true);
        } else if (aliasFullyInQuery) {
          // The query contains this alias ("smuggling in libya" → Libya, smuggling).
          offer(entry.entity, 0.75, false);
        } else if (entry.entity.kind !== 'theme' && queryCovered === queryKeys.length && longEnoughForPartial) {
          // The query is a good part of this alias ("khartoum" → Khartoum Process), not one word of a
          // long name ("migration" is not the International Organization for Migration). Not for a
          // theme: «réfugiés» is not «réfugiés climatiques»; the query lexicon names themes from words.
          const share = covered.filter(Boolean).length / entry.keys.length;
          if (share >= MIN_PARTIAL_SHARE) offer(entry.entity, entry.entity.kind === 'process' ? 0.9 : 0.5 + 0.3 * share, true);
        }
      }
      // A person typed in another script than the articles wrote them ("Salvini" for «سالفيني»): by key,
      // unless the query already names a topic as written ("Frontex" is the agency, whatever it sounds like).
      if (![...best.values()].some((match) => match.weight === 1 && match.coversQuery)) {
        for (const [entity, weight] of personsByKey(query)) offer(entity, weight, true);
      }
      return [...best.values()].sort(
        (a, b) => b.weight - a.weight || (KIND_ORDER[a.entity.kind] ?? 9) - (KIND_ORDER[b.entity.kind] ?? 9) || a.entity.id.localeCompare(b.entity.id),
      );
    },
  };
}

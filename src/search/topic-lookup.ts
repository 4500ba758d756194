/**
 * Which tracked topics (countries, people, organisations, processes, themes — gazetteer or user-added)
 * a user's query names, in any language: "khartoum" → the Khartoum Process (and Sudan, whose capital
 * it is), "الهجرة الدولية" → IOM, "trafficking" → the trafficking theme. This is what lets an English
 * query find Arabic articles and the reverse.
 */
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

  return {
    find(query, isStopword) {
      const tokens = tokenise(query.slice(0, 2_000)).slice(0, 12);
      const content = tokens.filter((t) => !isStopword(t.norm));
      if (content.length === 0) return [];
      const queryKeys = content.map((t) => new Set(textKeys(t.norm)));
      const best = new Map<string, TopicMatch>();
      const offer = (entity: EntityRecord, weight: number, coversQuery: boolean) => {
        const current = best.get(entity.id);
        if (!current || current.weight < weight) best.set(entity.id, { entity, weight, coversQuery });
      };

      const candidates = new Set<AliasEntry>();
      for (const keys of queryKeys) for (const key of keys) for (const entry of byToken.get(key) ?? []) candidates.add(entry);

      for (const entry of candidates) {
        const covered = entry.keys.map((k) => queryKeys.some((q) => q.has(k)));
        const queryCovered = queryKeys.filter((q) => entry.keys.some((k) => q.has(k))).length;
        const aliasFullyInQuery = covered.every(Boolean);
        if (aliasFullyInQuery && queryCovered === queryKeys.length) {
          // The query is exactly this alias.
          offer(entry.entity, entry.entity.kind === 'country' && !entry.isName ? CAPITAL_OR_DEMONYM_WEIGHT : 1, true);
        } else if (aliasFullyInQuery) {
          // The query contains this alias ("smuggling in libya" → Libya, smuggling).
          offer(entry.entity, 0.75, false);
        } else if (entry.entity.kind !== 'theme' && queryCovered === queryKeys.length && content.every((t) => normaliseForMatch(t.norm).length >= MIN_PARTIAL_TOKEN)) {
          // The query is a good part of this alias ("khartoum" → Khartoum Process), not one word of a
          // long name ("migration" is not the International Organization for Migration). Not for a
          // theme: «réfugiés» is not «réfugiés climatiques»; the query lexicon names themes from words.
          const share = covered.filter(Boolean).length / entry.keys.length;
          if (share >= MIN_PARTIAL_SHARE) offer(entry.entity, entry.entity.kind === 'process' ? 0.9 : 0.5 + 0.3 * share, true);
        }
      }
      return [...best.values()].sort(
        (a, b) => b.weight - a.weight || (KIND_ORDER[a.entity.kind] ?? 9) - (KIND_ORDER[b.entity.kind] ?? 9) || a.entity.id.localeCompare(b.entity.id),
      );
    },
  };
}

/**
 * Topics a misspelled query probably meant ("khartum" → Khartoum Process, «ليبا» → Libya, "egipt" →
 * Egypt): the names and aliases of every topic, compared by edit distance in matching form (case,
 * accents, Arabic letter variants folded, so «ليبيا» and «لیبیا» are one spelling), whole and word by
 * word. Used only when the query names no topic: a suggestion with its Follow button, never a silent
 * substitution. Distances come from fastest-levenshtein (a well-kept, dependency-free Myers
 * bit-vector implementation) rather than a hand-written loop.
 */
import { distance } from 'fastest-levenshtein';
import type { EntityKind, EntityRecord } from '../entities/types.js';
import { normaliseForMatch } from '../text/normalise.js';

/** Words shorter than this are never corrected: "us" → "uk" is a guess, not a correction. */
const MIN_LENGTH = 4;
/** A query longer than this is a sentence, not a misspelled name. */
const MAX_LENGTH = 60;

/** Edits allowed for a word of this length: one up to 5 letters, two up to 9, three beyond. */
function allowedEdits(length: number): number {
  return length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/** People found in text are many and rarely what a misspelling meant: the desk's named topics come first. */
const KIND_ORDER: Record<EntityKind, number> = { process: 0, country: 1, organisation: 2, theme: 3, person: 4 };

interface Spelling {
  text: string;
  entity: EntityRecord;
  /** A word of a longer name: "libya" of the Italy–Libya memorandum is a weaker reading than Libya itself. */
  word: boolean;
}

/** What a word-of-a-name reading costs against a whole name, in edits. */
const WORD_PENALTY = 0.5;

export interface TopicSpelling {
  /** Up to `limit` topics whose name is a few edits from the query, closest first. */
  closest(query: string, limit: number): EntityRecord[];
}

const matchingForm = (text: string) => normaliseForMatch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function createTopicSpelling(records: readonly EntityRecord[]): TopicSpelling {
  const spellings: Spelling[] = [];
  for (const entity of records) {
    const texts = new Map<string, boolean>();
    for (const name of [entity.names.en, entity.names.ar, entity.names.fr, ...entity.aliases.map((a) => a.text)]) {
      if (name === undefined) continue;
      const whole = matchingForm(name);
      if (whole.length < MIN_LENGTH) continue;
      texts.set(whole, false);
      // A word of a longer name ("khartoum" of "khartoum process"), so a one-word query can reach it.
      for (const word of whole.split(' ')) if (word.length >= MIN_LENGTH + 1 && !texts.has(word)) texts.set(word, true);
    }
    for (const [text, word] of texts) spellings.push({ text, entity, word });
  }

  return {
    closest(query, limit) {
      const wanted = matchingForm(query);
      if (wanted.length < MIN_LENGTH || wanted.length > MAX_LENGTH) return [];
      const allowed = allowedEdits(wanted.length);
      const best = new Map<string, { entity: EntityRecord; cost: number }>();
      for (const { text, entity, word } of spellings) {
        // Cheap length check first: most names are too long or too short to be within reach.
        if (Math.abs(text.length - wanted.length) > allowed) continue;
        const edits = distance(wanted, text);
        if (edits > allowed) continue;
        const cost = edits + (word ? WORD_PENALTY : 0);
        const seen = best.get(entity.id);
        if (!seen || cost < seen.cost) best.set(entity.id, { entity, cost });
      }
      return [...best.values()]
        .sort((a, b) => a.cost - b.cost || KIND_ORDER[a.entity.kind] - KIND_ORDER[b.entity.kind] || a.entity.names.en.localeCompare(b.entity.names.en))
        .slice(0, limit)
        .map((c) => c.entity);
    },
  };
}

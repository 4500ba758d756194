/**
 * Every topic with its aliases and the lookups over them, kept per open database and rebuilt only when
 * the entities change (entitiesStamp: also when another replica adds a topic, an alias or a person
 * found in text). With every country's national bodies the gazetteer holds thousands of entities and
 * tens of thousands of aliases: reading and indexing them for each Follow click or searcher would cost
 * the server's event loop ~100 ms a request.
 */
import type { Engine } from '../engine.js';
import type { EntityRecord } from '../entities/types.js';
import { entitiesStamp, loadEntityRecords } from '../storage/entity.repository.js';
import { createTopicLookup, type TopicLookup } from './topic-lookup.js';
import { createTopicSpelling, type TopicSpelling } from './topic-spelling.js';

export interface TopicIndex {
  /** The entitiesStamp it was built at. */
  stamp: string;
  records: EntityRecord[];
  byId: ReadonlyMap<string, EntityRecord>;
  lookup: TopicLookup;
  /** Built on the first misspelling only (most sessions never misspell). */
  spelling?: TopicSpelling;
}

const topicIndexes = new WeakMap<Engine['store'], TopicIndex>();

export async function topicIndex(engine: Engine): Promise<TopicIndex> {
  const stamp = await entitiesStamp(engine.store.db);
  const cached = topicIndexes.get(engine.store);
  if (cached?.stamp === stamp) return cached;
  const records = await loadEntityRecords(engine.store.db);
  const index: TopicIndex = { stamp, records, byId: new Map(records.map((r) => [r.id, r])), lookup: createTopicLookup(records) };
  topicIndexes.set(engine.store, index);
  return index;
}

/** The misspelling index of the current topics. */
export async function topicSpelling(engine: Engine): Promise<TopicSpelling> {
  const index = await topicIndex(engine);
  index.spelling ??= createTopicSpelling(index.records);
  return index.spelling;
}

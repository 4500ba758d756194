/**
 * Keeps the database's entities in step with the gazetteer data files and builds the matcher that
 * ingestion and re-linking use (gazetteer + user topics + people already found in text).
 */
import type { Engine } from '../engine.js';
import { getMeta, setMeta } from '../storage/meta.repository.js';
import { loadEntityRecords, upsertEntities } from '../storage/entity.repository.js';
import { gazetteerVersion, loadBlockers, loadGazetteer } from './gazetteer.js';
import { createEntityMatcher, type EntityMatcher } from './matcher.js';
import type { EntityRecord } from './types.js';

const GAZETTEER_VERSION_KEY = 'gazetteer_version';

export type { EntityMatcher };

/** Writes the gazetteer into the database when its data changed since the last run (one transaction). */
export async function syncGazetteer(engine: Engine): Promise<boolean> {
  const { db } = engine.store;
  const version = gazetteerVersion();
  if ((await getMeta(db, GAZETTEER_VERSION_KEY)) === version) return false;
  const records = loadGazetteer();
  const now = engine.now().toISOString();
  const synced = await db.transaction().execute(async (trx) => {
    // Asked again inside the transaction: another process opening the database may have just synced.
    if ((await getMeta(trx, GAZETTEER_VERSION_KEY)) === version) return false;
    await upsertEntities(trx, records, now);
    await setMeta(trx, GAZETTEER_VERSION_KEY, version);
    return true;
  });
  if (synced) engine.logger.debug({ entities: records.length, version }, 'gazetteer synced');
  return synced;
}

/** What a matcher is built from: every entity in the database (gazetteer, user, text) and the blockers. */
export async function loadMatcherInputs(engine: Engine): Promise<{ records: EntityRecord[]; blockers: string[] }> {
  return { records: await loadEntityRecords(engine.store.db), blockers: loadBlockers() };
}

export async function loadEntityMatcher(engine: Engine): Promise<EntityMatcher> {
  const { records, blockers } = await loadMatcherInputs(engine);
  return createEntityMatcher(records, blockers);
}

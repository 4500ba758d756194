/**
 * The port an adapter keeps its platform installations through (Slack's OAuth installs): neutral
 * records in, neutral records out. The core implements it over the database, sealing each record with
 * the secret box (src/storage/installation.repository.ts), so adapters never touch db/ or src/storage/.
 */
import type { Engine } from '../engine.js';
import type { SecretBox } from '../security/secret-box.js';
import { deleteInstallation, findInstallation, type Installation, type InstallationKey, saveInstallation, type StoredInstallation } from '../storage/installation.repository.js';

export type { Installation, InstallationKey, StoredInstallation };

export interface InstallationRecords {
  /** Saves the installation, or replaces the one under the same key. */
  save(installation: Installation): Promise<void>;
  find(key: InstallationKey): Promise<StoredInstallation | null>;
  /** Forgets it; whether there was one. */
  delete(key: InstallationKey): Promise<boolean>;
}

export function createInstallationRecords(engine: Engine, box: SecretBox): InstallationRecords {
  const { db } = engine.store;
  return {
    save: (installation) => saveInstallation(db, box, installation, engine.now().toISOString()),
    find: (key) => findInstallation(db, box, key),
    delete: (key) => deleteInstallation(db, key),
  };
}

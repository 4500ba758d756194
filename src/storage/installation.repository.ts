/**
 * Installations of the app per workspace. The platform's installation record (which holds the tokens)
 * is sealed with the secret box on the way in and opened on the way out, here and nowhere else, so no
 * code path can write a token in plaintext. The box's context is the row's key: a sealed record copied
 * into another workspace's row does not open.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type SecretBox, SecretUnreadable } from '../security/secret-box.js';

export interface InstallationKey {
  platform: string;
  /** A Slack team id, or the enterprise id of an org-wide install. */
  workspaceId: string;
}

export interface Installation extends InstallationKey {
  orgWide: boolean;
  botUserId: string | null;
  botId: string | null;
  scopes: readonly string[];
  installedBy: string | null;
  /** The platform's installation record, tokens included (plaintext in memory, sealed at rest). */
  record: string;
}

export interface StoredInstallation extends Installation {
  installedAt: string;
  updatedAt: string;
}

const contextOf = (key: InstallationKey): string => `installation:${key.platform}:${key.workspaceId}`;

/** Inserts or replaces a workspace's installation (a reinstall keeps the first installed_at). */
export async function saveInstallation(db: Kysely<Database>, box: SecretBox, installation: Installation, now: string): Promise<void> {
  const changes = {
    org_wide: installation.orgWide ? 1 : 0,
    bot_user_id: installation.botUserId,
    bot_id: installation.botId,
    scopes: installation.scopes.join(','),
    installed_by: installation.installedBy,
    secret: box.seal(installation.record, contextOf(installation)),
    updated_at: now,
  };
  await db
    .insertInto('installations')
    .values({ platform: installation.platform, workspace_id: installation.workspaceId, ...changes, installed_at: now })
    .onConflict((oc) => oc.columns(['platform', 'workspace_id']).doUpdateSet(changes))
    .execute();
}

/** The workspace's installation, or null when the app is not installed there. */
export async function findInstallation(db: Kysely<Database>, box: SecretBox, key: InstallationKey): Promise<StoredInstallation | null> {
  const row = await db.selectFrom('installations').selectAll().where('platform', '=', key.platform).where('workspace_id', '=', key.workspaceId).executeTakeFirst();
  if (!row) return null;
  let record: string;
  try {
    record = box.open(row.secret, contextOf(key));
  } catch (error) {
    if (error instanceof SecretUnreadable) throw new SecretUnreadable(`${key.platform} installation of ${key.workspaceId}: ${error.message}`, { cause: error });
    throw error;
  }
  return {
    platform: row.platform,
    workspaceId: row.workspace_id,
    orgWide: row.org_wide === 1,
    botUserId: row.bot_user_id,
    botId: row.bot_id,
    scopes: row.scopes === '' ? [] : row.scopes.split(','),
    installedBy: row.installed_by,
    record,
    installedAt: row.installed_at,
    updatedAt: row.updated_at,
  };
}

/** Forgets a workspace's installation (the app was removed); true when there was one. */
export async function deleteInstallation(db: Kysely<Database>, key: InstallationKey): Promise<boolean> {
  const result = await db.deleteFrom('installations').where('platform', '=', key.platform).where('workspace_id', '=', key.workspaceId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

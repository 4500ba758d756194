/**
 * Bolt's InstallationStore over our database: OAuth installs (/slack/install) are saved here, and every
 * request from a workspace is authorised from here (its bot token). The Installation Bolt hands us is
 * kept whole, sealed with MAWJAZ_ENCRYPTION_KEY by the core (the InstallationRecords port it hands us); the ids and scopes beside it
 * are plain for operators. Keys follow Bolt's: the enterprise id for an org-wide install, else the team.
 * https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth/
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Engine } from '../../src/engine.js';
import { createInstallationRecords, type InstallationKey, type InstallationRecords } from '../../src/installations/installation-records.js';
import { createSecretBox } from '../../src/security/secret-box.js';
import type { SlackInstallMode } from './slack-settings.js';
import { resumeWorkspace } from '../../src/subscriptions/workspace.service.js';
import { FIXED_BY_INSTALL } from './pause-reasons.js';
import type { SlackTokens } from './slack-delivery.js';

export interface SlackInstallationStore extends InstallationStore {
  deleteInstallation(query: InstallationQuery<boolean>): Promise<void>;
  /** The workspace's bot token, or undefined when the app is not installed there. */
  botTokenFor(teamId: string): Promise<string | undefined>;
}

const key = (workspaceId: string): InstallationKey => ({ platform: 'slack', workspaceId });

function keyOfInstallation(installation: Installation): InstallationKey {
  const id = installation.isEnterpriseInstall ? installation.enterprise?.id : installation.team?.id;
  if (!id) throw new Error('Slack installation without a team or enterprise id');
  return key(id);
}

function keyOfQuery(query: InstallationQuery<boolean>): InstallationKey {
  const id = query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
  if (!id) throw new Error('Slack installation query without a team or enterprise id');
  return key(id);
}

export function createSlackInstallationStore(engine: Engine, records: InstallationRecords): SlackInstallationStore {
  async function load(installationKey: InstallationKey): Promise<Installation | undefined> {
    const stored = await records.find(installationKey);
    // The record is authenticated by the secret box and written only by storeInstallation below.
    return stored ? (JSON.parse(stored.record) as Installation) : undefined;
  }

  return {
    async storeInstallation(installation) {
      const installationKey = keyOfInstallation(installation);
      await records.save({
        ...installationKey,
        orgWide: installation.isEnterpriseInstall === true,
        botUserId: installation.bot?.userId ?? null,
        botId: installation.bot?.id ?? null,
        scopes: installation.bot?.scopes ?? [],
        installedBy: installation.user.id,
        record: JSON.stringify(installation),
      });
      // Installed again after a removal: the deliveries its removal paused go out again.
      const resumed = await resumeWorkspace(engine, 'slack', installationKey.workspaceId, FIXED_BY_INSTALL);
      engine.logger.info({ workspace: installationKey.workspaceId, resumed }, 'slack app installed');
    },

    async fetchInstallation(query) {
      const found = (await load(keyOfQuery(query))) ?? (query.enterpriseId ? await load(key(query.enterpriseId)) : undefined);
      if (!found) throw new Error(`Mawjaz is not installed in Slack workspace ${query.teamId ?? query.enterpriseId ?? '?'}`);
      return found;
    },

    async deleteInstallation(query) {
      await records.delete(keyOfQuery(query));
    },

    async botTokenFor(teamId) {
      return (await load(key(teamId)))?.bot?.token;
    },
  };
}

/** The store for OAuth installs, over the core's installation records sealed with MAWJAZ_ENCRYPTION_KEY. */
export function oauthInstallationStore(engine: Engine, encryptionKey: string): SlackInstallationStore {
  return createSlackInstallationStore(engine, createInstallationRecords(engine, createSecretBox(encryptionKey)));
}

/** The tokens briefs and alerts are posted with, for the configured install mode. */
export function slackTokens(engine: Engine, mode: SlackInstallMode): SlackTokens {
  if (mode.kind === 'single-workspace') return { botToken: mode.botToken };
  const store = oauthInstallationStore(engine, mode.encryptionKey);
  return { botTokenFor: (teamId) => store.botTokenFor(teamId) };
}

/**
 * Teams' part of the one configuration schema (src/config.ts), read by the adapter itself.
 *
 * How the Teams adapter is built (from MICROSOFT_APP_*, MAWJAZ_TEAMS_*), platform-neutral: the bot's
 * credentials, or the Bot Framework Emulator's unauthenticated mode, which must be asked for; and the
 * Bot Connector URLs the operator allows beside Microsoft's own.
 */
import type { Config } from '../../src/config.js';
import { InvalidInput } from '../../src/errors.js';

export type TeamsCredentials =
  | {
      kind: 'bot';
      appId: string;
      appPassword?: string;
      tenantId?: string;
      appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    }
  /** No credentials: unauthenticated, from this machine only, replying to this machine only. */
  | { kind: 'emulator' };

export interface TeamsSettings {
  credentials: TeamsCredentials;
  /** MAWJAZ_TEAMS_SERVICE_URLS: more Bot Connector URLs (origin and optional path prefix) the bot may post to. Unused by the Emulator mode. */
  extraServiceUrls: readonly string[];
  /** MICROSOFT_OPENID_METADATA_URL: where the Connector's signing keys are read, instead of Microsoft's public cloud. */
  openIdMetadataUrl?: string;
}

/**
 * How Teams is served, or null when it is off: with MICROSOFT_APP_ID, authenticated; without, only
 * when the Emulator mode is asked for (MAWJAZ_TEAMS_EMULATOR or --teams-emulator) — an endpoint
 * without authentication is never the default. Contradictions stop the program with the variable named.
 */
export function teamsSettings(config: Config, flags: { teamsEmulator?: boolean } = {}): TeamsSettings | null {
  const emulator = config.MAWJAZ_TEAMS_EMULATOR || flags.teamsEmulator === true;
  const common = {
    extraServiceUrls: config.MAWJAZ_TEAMS_SERVICE_URLS ?? [],
    ...(config.MICROSOFT_OPENID_METADATA_URL !== undefined ? { openIdMetadataUrl: config.MICROSOFT_OPENID_METADATA_URL } : {}),
  };
  if (config.MICROSOFT_APP_ID === undefined) {
    if (!emulator) return null;
    if (config.NODE_ENV === 'production') {
      throw new InvalidInput('the Teams Emulator mode (MAWJAZ_TEAMS_EMULATOR or --teams-emulator) serves /api/messages without authentication and is refused with NODE_ENV=production: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD instead');
    }
    return { credentials: { kind: 'emulator' }, ...common };
  }
  if (emulator) throw new InvalidInput('MICROSOFT_APP_ID is set and the Teams Emulator mode (MAWJAZ_TEAMS_EMULATOR or --teams-emulator) is asked for: choose one');
  if (config.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && config.MICROSOFT_APP_PASSWORD === undefined) {
    throw new InvalidInput(`MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: a ${config.MICROSOFT_APP_TYPE} bot needs its client secret`);
  }
  if (config.MICROSOFT_APP_TYPE !== 'MultiTenant' && config.MICROSOFT_APP_TENANT_ID === undefined) {
    throw new InvalidInput(`MICROSOFT_APP_TYPE is ${config.MICROSOFT_APP_TYPE} but MICROSOFT_APP_TENANT_ID is not set`);
  }
  return {
    credentials: {
      kind: 'bot',
      appId: config.MICROSOFT_APP_ID,
      appType: config.MICROSOFT_APP_TYPE,
      ...(config.MICROSOFT_APP_PASSWORD !== undefined ? { appPassword: config.MICROSOFT_APP_PASSWORD } : {}),
      ...(config.MICROSOFT_APP_TENANT_ID !== undefined ? { tenantId: config.MICROSOFT_APP_TENANT_ID } : {}),
    },
    ...common,
  };
}

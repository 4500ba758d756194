/**
 * How the Teams adapter is built (from MICROSOFT_APP_*, MAWJAZ_TEAMS_*), platform-neutral: the bot's
 * credentials, or the Bot Framework Emulator's unauthenticated mode, which must be asked for; and the
 * Bot Connector URLs the operator allows beside Microsoft's own.
 */
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

/** The Bot Framework credentials the Teams adapter is built with (MICROSOFT_APP_*), platform-neutral. */
export interface TeamsCredentials {
  /** Unset: the Bot Framework Emulator, unauthenticated, loopback only. */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/**
 * Why a workspace's Slack deliveries were paused (kept on each delivery target), in one place: a new installation
 * clears exactly the reasons it fixes (src/subscriptions/workspace.service.ts resumeWorkspace).
 */
import type { PauseCause } from '../../src/i18n/interface-text.js';

export const UNINSTALLED = 'Slack: the app was uninstalled from this workspace';
export const TOKENS_REVOKED = "Slack: the app's tokens were revoked";
export const NOT_INSTALLED = 'Slack: the app is not installed in this workspace (install it at /slack/install)';

/** A Web API error after which nothing more can be posted there (see slack-delivery.ts). */
export const platformGone = (code: string): string => `Slack: ${code}`;

/** A stored reason as people say it: the Web API's codes are for operators (`subscriptions list`, `deliveries list`). */
export function pauseCauseOf(reason: string): PauseCause {
  if (reason === UNINSTALLED) return 'uninstalled';
  if (reason === TOKENS_REVOKED || reason === platformGone('token_revoked') || reason === platformGone('invalid_auth')) return 'tokens-revoked';
  if (reason === NOT_INSTALLED) return 'not-installed';
  if (reason === platformGone('is_archived')) return 'archived';
  if (reason === platformGone('channel_not_found') || reason === platformGone('not_in_channel')) return 'removed';
  return 'refused';
}

/** Reasons that end when the app is installed (again) in the workspace; an archived channel's do not. */
export const FIXED_BY_INSTALL: readonly string[] = [UNINSTALLED, TOKENS_REVOKED, NOT_INSTALLED, platformGone('token_revoked'), platformGone('invalid_auth')];

/**
 * The app uninstalled or its bot token revoked: nothing can be posted to that workspace any more, so its
 * deliveries are paused with the reason (shown by `list`; a new install un-pauses them) instead of
 * failing weekly, and with OAuth installs the workspace's installation is deleted.
 * https://api.slack.com/events/app_uninstalled · https://api.slack.com/events/tokens_revoked
 */
import type { App, EnvelopedEvent } from '@slack/bolt';
import { pauseWorkspace } from '../../../../src/subscriptions/workspace.service.js';
import { TOKENS_REVOKED, UNINSTALLED } from '../../pause-reasons.js';
import { firstDelivery, type ListenerDeps } from '../deps.js';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_uninstalled', async ({ body }) => {
    if (!(await firstDelivery(deps, body.event_id))) return;
    await removed(deps, body, UNINSTALLED);
  });

  app.event('tokens_revoked', async ({ body, event }) => {
    // Revoked user tokens (event.tokens.oauth) leave the bot working; the app asks for none anyway.
    if ((event.tokens.bot ?? []).length === 0) return;
    if (!(await firstDelivery(deps, body.event_id))) return;
    await removed(deps, body, TOKENS_REVOKED);
  });
}

async function removed(deps: ListenerDeps, body: EnvelopedEvent, reason: string): Promise<void> {
  const { engine, installations } = deps;
  const paused = await pauseWorkspace(engine, 'slack', body.team_id, reason);
  if (installations) {
    const isEnterpriseInstall = body.authorizations?.[0]?.is_enterprise_install === true;
    await installations.deleteInstallation({ teamId: body.team_id, enterpriseId: body.enterprise_id, isEnterpriseInstall });
  }
  engine.logger.warn({ team: body.team_id, paused, reason }, 'slack app removed; deliveries paused');
}

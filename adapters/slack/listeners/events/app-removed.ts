/**
 * The app uninstalled or its tokens revoked: nothing can be posted to that workspace any more, so its
 * deliveries are paused with the reason (shown by `list` if it comes back) instead of failing weekly.
 * https://api.slack.com/events/app_uninstalled · https://api.slack.com/events/tokens_revoked
 */
import type { App } from '@slack/bolt';
import { pauseWorkspace } from '../../../../src/subscriptions/workspace.service.js';
import { firstDelivery, type ListenerDeps } from '../deps.js';

export function register(app: App, deps: ListenerDeps): void {
  const { engine } = deps;
  app.event('app_uninstalled', async ({ body }) => {
    if (!(await firstDelivery(deps, body.event_id))) return;
    const paused = await pauseWorkspace(engine, 'slack', body.team_id, 'Slack: the app was uninstalled from this workspace');
    engine.logger.warn({ team: body.team_id, paused }, 'slack app uninstalled; deliveries paused');
  });

  app.event('tokens_revoked', async ({ body }) => {
    if (!(await firstDelivery(deps, body.event_id))) return;
    const paused = await pauseWorkspace(engine, 'slack', body.team_id, "Slack: the app's tokens were revoked");
    engine.logger.warn({ team: body.team_id, paused }, 'slack tokens revoked; deliveries paused');
  });
}

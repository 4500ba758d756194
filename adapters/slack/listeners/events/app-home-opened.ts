/** Opening the Home tab draws it afresh. https://api.slack.com/events/app_home_opened */
import type { App } from '@slack/bolt';
import { firstDelivery, type ListenerDeps, publishHome } from '../deps.js';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home' || !(await firstDelivery(deps, body.event_id))) return;
    await publishHome(deps, client, body.team_id, event.user);
  });
}
